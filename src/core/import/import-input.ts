/** Larger inputs are refused before parsing: no statement with its signatories comes near this. */
export const maxImportBytes = 2 * 1024 * 1024;

export type InputProblem = { kind: "empty" } | { kind: "binary" } | { kind: "too-large"; bytes: number; limit: number };

/** Decodes the bytes of an import as UTF-8 text, or says why they are not a statement. */
export function decodeImportInput(bytes: Uint8Array): { text: string } | { problem: InputProblem } {
	if (bytes.length > maxImportBytes)
		return { problem: { kind: "too-large", bytes: bytes.length, limit: maxImportBytes } };
	if (bytes.includes(0)) return { problem: { kind: "binary" } };
	let text: string;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return { problem: { kind: "binary" } };
	}
	let controls = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		// Tabs, line feeds and carriage returns are text; other control characters are not.
		if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 127) controls++;
	}
	if (controls > Math.max(8, text.length / 100)) return { problem: { kind: "binary" } };
	if (text.trim() === "") return { problem: { kind: "empty" } };
	return { text };
}
