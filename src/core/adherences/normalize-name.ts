const COMBINING_MARKS = /\p{M}+/gu;
// Invisible characters pasted from chat clients and word processors would otherwise hide a duplicate.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]+/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * What one non-ASCII character becomes. NFKD, lower-casing and mark removal all act character by character,
 * so folding each character on its own gives the same result as running them on the whole name.
 */
function foldOne(codePoint: number): string {
	return (
		String.fromCodePoint(codePoint)
			.normalize("NFKD")
			.toLowerCase()
			.replace(COMBINING_MARKS, "")
			.replace(INVISIBLE, "")
			// NFKD leaves dotless ı and ß whole; final ς would make "ΚΚΕ ΟΔΟΣ" and "ΚΚΕΟΔΟΣ" differ once spaces go.
			.replace(/ı/g, "i")
			.replace(/ß/g, "ss")
			.replace(/ς/g, "σ")
			.replace(NOT_LETTER_OR_DIGIT, "")
	);
}

/**
 * The Latin letters with accents that most names carry (Latin-1 to Latin Extended-B), folded once at
 * load: several times faster than NFKD on each, and checkDuplicate normalizes the entire list on every call.
 */
const latinFolds: ReadonlyMap<number, string> = new Map(
	Array.from({ length: 0x250 - 0x80 }, (_, offset) => [0x80 + offset, foldOne(0x80 + offset)]),
);

function foldCharacter(codePoint: number): string {
	return latinFolds.get(codePoint) ?? foldOne(codePoint);
}

/** The form organization names are compared in: "CPSA (ML)", "CPSA(ML)" and "cpsa-ml" all give "cpsaml". */
export function normalizeName(text: string): string {
	// toLowerCase, unlike toLocaleLowerCase, is locale-independent.
	const lower = text.toLowerCase();
	let result = "";
	let runStart = -1;
	for (let index = 0; index < lower.length; index++) {
		const code = lower.charCodeAt(index);
		if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
			if (runStart < 0) runStart = index;
			continue;
		}
		if (runStart >= 0) {
			result += lower.slice(runStart, index);
			runStart = -1;
		}
		if (code < 0x80) continue;
		let codePoint = code;
		if (code >= 0xd800 && code <= 0xdbff && index + 1 < lower.length) {
			codePoint = lower.codePointAt(index) ?? code;
			if (codePoint > 0xffff) index++;
		}
		result += foldCharacter(codePoint);
	}
	if (runStart === 0) return lower;
	if (runStart > 0) result += lower.slice(runStart);
	return result;
}

/**
 * Keys for the atomic duplicate index: two submissions of one organization written differently share at least
 * one. The abbreviation key carries the country because parties in different countries share abbreviations.
 */
export function identityKeys(signatory: {
	name: string;
	abbreviation?: string;
	nameEn?: string;
	country?: string;
}): string[] {
	const keys = new Set<string>();
	const addName = (text: string | undefined) => {
		if (text === undefined) return;
		const normalized = normalizeName(text);
		if (normalized !== "") keys.add(`n:${normalized}`);
	};
	// A bare acronym for a name ("PML") names different parties in different countries, so it is
	// keyed with its country, like an abbreviation.
	const acronym = signatory.abbreviation === undefined && /^[^\p{Ll}]{1,16}$/u.test(signatory.name.trim());
	const acronymKey = acronym ? normalizeName(signatory.name) : "";
	if (acronymKey !== "" && acronymKey.length <= 8) keys.add(`a:${acronymKey}:${signatory.country ?? ""}`);
	else addName(signatory.name);
	addName(signatory.nameEn);
	if (signatory.abbreviation !== undefined) {
		// "RM" + "Rode Morgen" meets a later "RM Rode Morgen" submitted without an abbreviation.
		addName(`${signatory.abbreviation} ${signatory.name}`);
		const abbreviation = normalizeName(signatory.abbreviation);
		if (abbreviation !== "") keys.add(`a:${abbreviation}:${signatory.country ?? ""}`);
	}
	return [...keys];
}
