import { splitTopLevel } from "./brackets.js";
import { startsWithGivenName } from "./given-names.js";
import type { DraftSignatory } from "./import-draft.js";
import { isPersonLike, isRoleText, opensWithRoleWord, personTitle } from "./person-names.js";
import { takePersonTitles } from "./person-role.js";
import { wordsOf } from "./text-normalize.js";

/** "VÌCTOR FLORES PAILLACHEO" reads as a name too: two to four words, capitalized or all capitals. */
export function looksLikePersonLine(text: string): boolean {
	// "Executive Secretary-Treasurer" is capitalized like a name but is a function.
	if (isRoleText(text) && !personTitle.test(text)) return false;
	const titled = takePersonTitles(text).name;
	if (isPersonLike(titled) || (personTitle.test(text) && wordsOf(titled).length >= 2 && !/[,;]/.test(titled)))
		return true;
	const words = titled.split(/\s+/);
	if (words.length < 2 || words.length > 4 || !/^[\p{Lu}\s.'’-]+$/u.test(titled)) return false;
	// In capitals, "FIOM CGIL" is two acronyms: a name in capitals must open with a given name.
	const titleCased = titled.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (first) => first.toUpperCase());
	return isPersonLike(titleCased) && startsWithGivenName(titleCased);
}

export function looksLikeBareName(name: string): boolean {
	const words = name.split(/\s+/);
	return (
		words.length >= 2 && words.length <= 4 && isPersonLike(name.replace(/^\p{Ll}/u, (first) => first.toUpperCase()))
	);
}

/** "Jordi Pedret (PSC)": for a person, the acronym in brackets is the body they belong to, not their own. */
export function movePersonAcronym(signatory: DraftSignatory): void {
	if (signatory.kind !== "individual" || !signatory.abbreviation) return;
	signatory.organization = signatory.organization ?? signatory.abbreviation;
	signatory.abbreviation = null;
}

/**
 * "Marie Yared, Directrice, Avaaz": a name and its role on one line is a whole entry, neither the head of a
 * two-line signature block nor the role line under another name. "J. David Cox, Sr." is only a name.
 */
export function isCompleteEntry(text: string): boolean {
	const [head = "", ...rest] = splitTopLevel(text, /,/);
	if (rest.length === 0 || /^(jr|sr|jnr|snr)\.?$/i.test(rest[0]?.trim() ?? "")) return false;
	// "General Secretary, Dockworkers Union" is a role line under a name, not an entry of its own.
	return isPersonLike(head) && !opensWithRoleWord(head);
}
