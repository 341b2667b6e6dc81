import { z } from "zod";
import { type UserError, userError } from "../user-error.js";
import { fieldLimits } from "./adherence.js";
import { lookupCountry } from "./country-lookup.js";

/**
 * Checks on what a submitter types. Text is stored as given and escaped when shown; what is
 * refused here is what no real name has and what could deceive a reader: invisible and
 * text-direction control characters, @mentions, a name without letters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;
/** Zero-width joiners (U+200C, U+200D) stay allowed: Persian, Indic scripts and emoji need them. */
const hiddenCharacters = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const mention = /(^|[\s(])@[\p{L}\p{N}_]/u;
const letter = /\p{L}/u;

/** A field as the submitter meant it, or what is wrong with it. */
export type FieldResult<T> = T | UserError;

const ok = <T>(value: T): FieldResult<T> => value;
const fail = (error: UserError): FieldResult<never> => error;

export function checkName(raw: string): FieldResult<string> {
	const name = raw.trim().replace(/\s+/g, " ");
	if (name === "") return fail(userError("nameMissing"));
	if (name.length > fieldLimits.name) return fail(userError("nameTooLong", fieldLimits.name));
	if (controlCharacters.test(name) || hiddenCharacters.test(name)) return fail(userError("nameHiddenCharacters"));
	if (mention.test(name)) return fail(userError("nameMentions"));
	if (!letter.test(name)) return fail(userError("nameNeedsLetters"));
	return ok(name);
}

/** "-" or nothing means the organization has no abbreviation. */
export function checkAbbreviation(raw: string): FieldResult<string | null> {
	const abbreviation = raw.trim();
	if (abbreviation === "" || abbreviation === "-") return ok(null);
	const bad =
		abbreviation.length > fieldLimits.abbreviation ||
		controlCharacters.test(abbreviation) ||
		hiddenCharacters.test(abbreviation) ||
		mention.test(abbreviation) ||
		!letter.test(abbreviation);
	return bad ? fail(userError("abbreviationInvalid", fieldLimits.abbreviation)) : ok(abbreviation);
}

export function checkCountry(raw: string, displayName: (code: string) => string): FieldResult<string> {
	const typed = raw.trim();
	const shown = typed.slice(0, 60);
	if (hiddenCharacters.test(typed) || controlCharacters.test(typed)) return fail(userError("countryUnknown", ""));
	const found = lookupCountry(typed);
	if (found.kind === "found") return ok(found.code);
	if (found.suggestions.length === 0) return fail(userError("countryUnknown", shown));
	return fail(userError("countryUnknownSuggest", shown, found.suggestions.map(displayName).join(", ")));
}

const kindWords: Record<string, "organization" | "individual"> = {
	organization: "organization",
	organisation: "organization",
	org: "organization",
	o: "organization",
	organizacion: "organization",
	organización: "organization",
	individual: "individual",
	individuo: "individual",
	persona: "individual",
	person: "individual",
	i: "individual",
};

export function checkKind(raw: string): FieldResult<"organization" | "individual"> {
	const kind = kindWords[raw.trim().toLowerCase()];
	return kind ? ok(kind) : fail(userError("kindInvalid"));
}

export function isKindWord(raw: string): boolean {
	return raw.trim().toLowerCase() in kindWords;
}

const emailSchema = z.email().max(fieldLimits.email);

/** "-" or nothing skips the contact. */
export function checkEmail(raw: string): FieldResult<string | null> {
	const email = raw.trim();
	if (email === "" || email === "-") return ok(null);
	return emailSchema.safeParse(email).success ? ok(email) : fail(userError("emailInvalid"));
}
