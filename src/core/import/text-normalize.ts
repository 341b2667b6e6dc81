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

/** Single spaces, none at either end. Most texts folded already are so, and scanning them is cheaper than a replace. */
function tidySpaces(text: string): string {
	return isTidy(text) ? text : text.replace(/\s+/g, " ").trim();
}

/** Whether `text` has no whitespace but single spaces between other characters. */
function isTidy(text: string): boolean {
	const last = text.length - 1;
	for (let index = 0; index <= last; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x20) {
			if (index === 0 || index === last || text.charCodeAt(index - 1) === 0x20) return false;
		} else if (isOtherSpace(code)) return false;
	}
	return true;
}

/** The characters \s matches, but for the plain space. */
function isOtherSpace(code: number): boolean {
	if (code < 0xa0) return code >= 0x09 && code <= 0x0d;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
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
