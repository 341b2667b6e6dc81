/** Line breaks, no-break spaces and invisible characters as web pages and PDFs leave them, made plain. */
export function normalizeText(text: string): string {
	return text
		.replace(/^\uFEFF/, "")
		.replace(/\r\n?/g, "\n")
		.replace(/[\u00A0\u2007\u202F\t]/g, " ")
		.replace(/[\u200B-\u200D\u2060\u00AD]/g, "");
}

// The same short strings (words, names, countries) are folded again and again while a list is read.
const folded = new Map<string, string>();

/** For comparing: no accents, lower case, one kind of apostrophe, single spaces. */
export function fold(text: string): string {
	const known = folded.get(text);
	if (known !== undefined) return known;
	if (folded.size > 20000) folded.clear();
	const result = foldUncached(text);
	folded.set(text, result);
	return result;
}

function foldUncached(text: string): string {
	return text
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/\s+/g, " ")
		.trim();
}

export function wordsOf(text: string): string[] {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
