/** Line breaks, no-break spaces and invisible characters as web pages and PDFs leave them, made plain. */
export function normalizeText(text: string): string {
	return text
		.replace(/^\uFEFF/, "")
		.replace(/\r\n?/g, "\n")
		.replace(/[\u00A0\u2007\u202F\t]/g, " ")
		.replace(/[\u200B-\u200D\u2060\u00AD]/g, "");
}

function foldCharacters(text: string): string {
	return text
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[’‘`´]/g, "'");
}

/**
 * Folds of ASCII, the accented Latin letters most names carry (Latin-1 to Latin Extended-B) and the
 * curly apostrophes, worked out once at load: the same short strings are folded again and again while a
 * list is read. For these characters NFD, mark removal, lower-casing and the apostrophe all act one
 * character at a time (no Greek final sigma, no mark to reorder), so folding each on its own gives what
 * folding the whole string gives.
 */
const characterFolds: ReadonlyMap<number, string> = new Map(
	[...Array.from({ length: 0x250 }, (_, code) => code), 0x2018, 0x2019].map((code) => [
		code,
		foldCharacters(String.fromCharCode(code)),
	]),
);

function tidySpaces(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** For comparing: no accents, lower case, one kind of apostrophe, single spaces. */
export function fold(text: string): string {
	let result = "";
	// Runs of characters that fold to themselves are copied whole rather than one by one.
	let copied = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 0x61 && code <= 0x7a) continue;
		const folded = characterFolds.get(code);
		if (folded === undefined) return tidySpaces(foldCharacters(text));
		if (folded.length === 1 && folded.charCodeAt(0) === code) continue;
		result += text.slice(copied, index) + folded;
		copied = index + 1;
	}
	return tidySpaces(copied === 0 ? text : result + text.slice(copied));
}

export function wordsOf(text: string): string[] {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
