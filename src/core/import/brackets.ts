import { startsWithGivenName } from "./given-names.js";

/** Round brackets opened less those closed: above 0, some are left open; below 0, some close what was not opened. */
export function bracketBalance(text: string): number {
	let balance = 0;
	for (const char of text) {
		if (char === "(") balance++;
		else if (char === ")") balance--;
	}
	return balance;
}

/** Closes brackets a document left open: "Guild (Gremio Nacional, USA" reads as if it ended with ")". */
export function closeBrackets(text: string): string {
	let depth = 0;
	for (const char of text) {
		if (char === "(") depth++;
		else if (char === ")" && depth > 0) depth--;
	}
	return depth > 0 ? text + ")".repeat(depth) : text;
}

/** The text cut at `cuts` outside brackets, the openers in `ignored` not counted; and how many brackets stay open. */
function cutOutside(
	text: string,
	cuts: readonly { index: number; length: number }[],
	ignored: ReadonlySet<number>,
): { parts: string[]; open: number } {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	let cut = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if ((char === "(" || char === "[") && !ignored.has(index)) depth++;
		else if ((char === ")" || char === "]") && depth > 0) depth--;
		const next = cuts[cut];
		if (next && next.index === index) {
			if (depth === 0) {
				parts.push(text.slice(start, index));
				start = index + next.length;
			}
			cut++;
		}
		while (cuts[cut] && (cuts[cut]?.index ?? 0) < index) cut++;
	}
	parts.push(text.slice(start));
	return { parts: parts.map((part) => part.trim()), open: depth };
}

/** Splits on a separator only where it is outside brackets, so "(Marxist-Leninist), Peru" keeps its hyphen. */
export function splitTopLevel(text: string, separator: RegExp): string[] {
	// Most texts hold no separator at all; search() reads neither the global flag nor lastIndex.
	if (text.search(separator) === -1) return [text.trim()];
	const global = new RegExp(separator.source, separator.flags.includes("g") ? separator.flags : `${separator.flags}g`);
	const cuts: { index: number; length: number }[] = [];
	for (let match = global.exec(text); match; match = global.exec(text)) {
		if (match[0].length === 0) {
			global.lastIndex++;
			continue;
		}
		cuts.push({ index: match.index, length: match[0].length });
	}
	const cut = cutOutside(text, cuts, new Set());
	if (cut.open === 0) return cut.parts;
	// "Caio Toledo (Unicamp), Paulo Silveira (vice-presidente da SEPLA, Helder Gomes, …": a bracket the text never
	// closes, with a person named after one of the separators after it, holds nothing; those separators part the
	// entries as if it were not there, and the entry that opened it reads as if it had closed it. One with no one
	// named after it ("No Te Prives (Colectivo de Lesbianas, Gays, Trans …") holds the rest of the entry.
	const open: number[] = [];
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === "(" || char === "[") open.push(index);
		else if (char === ")" || char === "]") open.pop();
	}
	const peopleAfter = (opener: number) =>
		cuts.some((next) => next.index > opener && startsWithGivenName(text.slice(next.index + next.length).trim()));
	const unclosed = new Set(open.filter(peopleAfter));
	return unclosed.size === 0 ? cut.parts : cutOutside(text, cuts, unclosed).parts.map(closeBrackets);
}

/** The last top-level "( … )" group when the text ends with it: its content and the text before it. */
export function trailingGroup(text: string): { before: string; content: string } | undefined {
	const trimmed = text.trimEnd();
	if (!trimmed.endsWith(")")) return undefined;
	let depth = 0;
	for (let index = trimmed.length - 1; index >= 0; index--) {
		const char = trimmed[index];
		if (char === ")") depth++;
		else if (char === "(") {
			depth--;
			if (depth === 0) return { before: trimmed.slice(0, index).trim(), content: trimmed.slice(index + 1, -1).trim() };
		}
	}
	return undefined;
}

/** Words, with a bracket group counted as one word: "PC (ML) Partido" is three tokens. */
export function tokens(text: string): string[] {
	const result: string[] = [];
	let current = "";
	let depth = 0;
	for (const char of text) {
		if (char === "(") depth++;
		if (char === ")" && depth > 0) depth--;
		if (/\s/.test(char) && depth === 0) {
			if (current) result.push(current);
			current = "";
		} else current += char;
	}
	if (current) result.push(current);
	return result;
}
