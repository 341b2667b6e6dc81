/** Larger inputs are refused before parsing: no statement with its signatories comes near this. */
export const maxImportBytes = 2 * 1024 * 1024;

/** What is wrong with a text as a statement, whatever it came from. */
export type TextProblem =
	| { kind: "empty" }
	| { kind: "binary" }
	| { kind: "nul" }
	| { kind: "control-characters"; count: number; first: string };

export type InputProblem = TextProblem | { kind: "too-large"; bytes: number; limit: number };

/** Bytes that were not UTF-8 arrive from a chat as U+FFFD; a few can be a copy-paste accident. */
const replacementCharacter = 0xfffd;

/**
 * The checks every import gets, from a file (the CLI) or pasted in a chat: text, not binary, no
 * NULs, no control characters but tabs, line and page breaks. The problem says which it is.
 */
export function checkImportText(text: string): { text: string } | { problem: TextProblem } {
	let controls = 0;
	let replacements = 0;
	let first = "";
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === replacementCharacter) replacements++;
		// Tabs, line feeds, form feeds and carriage returns are text; other control characters are not.
		const control =
			(code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || (code >= 127 && code < 160);
		if (control) {
			controls++;
			first ||= `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
		}
	}
	// Random bytes have NULs and control characters too: binary is the problem to name then.
	if (replacements > Math.max(8, text.length / 100)) return { problem: { kind: "binary" } };
	if (text.includes("\0")) return { problem: { kind: "nul" } };
	if (controls > 0) return { problem: { kind: "control-characters", count: controls, first } };
	if (text.trim() === "") return { problem: { kind: "empty" } };
	return { text };
}

/** Decodes the bytes of an import as UTF-8 text, or says why they are not a statement. */
export function decodeImportInput(bytes: Uint8Array): { text: string } | { problem: InputProblem } {
	if (bytes.length > maxImportBytes)
		return { problem: { kind: "too-large", bytes: bytes.length, limit: maxImportBytes } };
	let text: string;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return { problem: { kind: "binary" } };
	}
	return checkImportText(text);
}
