import { checkAbbreviation, checkCountry, checkKind, checkName } from "../adherences/submission-fields.js";
import type { SignatoryDoubt } from "../import/import-draft.js";
import { doubtsOfPrinted } from "../import/signatory-doubts.js";
import type { Signatory, SignatorySection, Statement } from "../statements/statement.js";
import { isUserError, type UserError, userError } from "../user-error.js";

/** Where signatory n (1-based, running through the sections in order) sits. */
export interface DraftPlace {
	section: number;
	index: number;
	signatory: Signatory;
}

/** The numbering the import reply and /draft show: one running count, so n names one signatory. */
export function numberedSignatories(statement: Statement): DraftPlace[] {
	return statement.sections.flatMap((section, sectionIndex) =>
		section.signatories.map((signatory, index) => ({ section: sectionIndex, index, signatory })),
	);
}

/**
 * What an organizer should look at twice: the importer could not place the printed country, or the
 * name is so long that several names or a person's role probably ran together.
 */
export function isUncertain(signatory: Signatory): boolean {
	return uncertainties(signatory).length > 0;
}

export type Uncertainty = SignatoryDoubt | "unknown-country";

/** Why an organizer should look at a signatory twice; empty when nothing is in doubt. */
export function uncertainties(signatory: Signatory): Uncertainty[] {
	const found: Uncertainty[] = signatory.asWritten ? doubtsOfPrinted(signatory.asWritten, signatory.kind) : [];
	if (signatory.countryAsWritten && !signatory.country) found.push("unknown-country");
	if (
		(signatory.name.split(/\s+/).length > 12 || /\s[–—-]\s.*\s[–—-]\s/.test(signatory.name)) &&
		!found.includes("run-together")
	)
		found.push("run-together");
	return found;
}

/** "name; abbreviation; country" checked as a chat submission is: the same hostile-input rules. */
export function parseDetails(
	details: string,
	displayName: (code: string) => string,
): Pick<Signatory, "name" | "abbreviation" | "country"> | UserError {
	const [rawName = "", rawAbbreviation = "", rawCountry = "", ...extra] = details.split(";");
	if (extra.length > 0) return userError("draftDetailsInvalid");
	const name = checkName(rawName);
	if (isUserError(name)) return name;
	const abbreviation = checkAbbreviation(rawAbbreviation);
	if (isUserError(abbreviation)) return abbreviation;
	const country = rawCountry.trim() === "" || rawCountry.trim() === "-" ? null : checkCountry(rawCountry, displayName);
	if (isUserError(country)) return country;
	return { name, abbreviation: abbreviation ?? undefined, country: country ?? undefined };
}

/** Which signatory line of a several-line /draft add was refused (1 for the first given), and why. */
export interface LineProblem {
	line: number;
	problem: UserError;
}

/** One signatory per line, each "name; abbreviation; country"; one bad line refuses them all and is named. */
export function parseDetailLines(
	details: string,
	displayName: (code: string) => string,
): Pick<Signatory, "name" | "abbreviation" | "country">[] | UserError | LineProblem {
	// Counted over the signatories' own lines, blank ones skipped: the same whether the first came on the command's
	// line or on the next.
	const lines = details.split(/\r\n?|\n/).filter((text) => text.trim() !== "");
	const typed = lines.map((text, index) => ({ text, line: index + 1 }));
	if (typed.length <= 1) {
		const fields = parseDetails(typed[0]?.text ?? "", displayName);
		return isUserError(fields) ? fields : [fields];
	}
	const parsed: Pick<Signatory, "name" | "abbreviation" | "country">[] = [];
	for (const { text, line } of typed) {
		const fields = parseDetails(text, displayName);
		if (isUserError(fields)) return { line, problem: fields };
		parsed.push(fields);
	}
	return parsed;
}

function withSections(statement: Statement, sections: SignatorySection[]): Statement {
	return { ...statement, sections };
}

function replaceAt(statement: Statement, place: DraftPlace, replacement: Signatory[]): Statement {
	return withSections(
		statement,
		statement.sections.map((section, index) =>
			index !== place.section
				? section
				: {
						...section,
						signatories: [
							...section.signatories.slice(0, place.index),
							...replacement,
							...section.signatories.slice(place.index + 1),
						],
					},
		),
	);
}

/** A typed-over signatory loses what it was printed as: the list shows the corrected name. */
function edited(signatory: Signatory, fields: Pick<Signatory, "name" | "abbreviation" | "country">): Signatory {
	const {
		asWritten: _printed,
		countryAsWritten: _country,
		nameEn: _english,
		abbreviation: _a,
		country: _c,
		...kept
	} = signatory;
	const result: Signatory = { ...kept, name: fields.name };
	if (fields.abbreviation) result.abbreviation = fields.abbreviation;
	if (fields.country) result.country = fields.country;
	return result;
}

/** The draft after a correction, and each signatory it changed, as the audit keeps them. */
export type DraftChange = {
	statement: Statement;
	changes: Array<{ before: Signatory | null; after: Signatory | null }>;
};

export function placeOf(statement: Statement, number: number): DraftPlace | UserError {
	const places = numberedSignatories(statement);
	const place = places[number - 1];
	return place && Number.isInteger(number) ? place : userError("draftNoSuchSignatory", number, places.length);
}

export function editSignatory(
	statement: Statement,
	number: number,
	fields: Pick<Signatory, "name" | "abbreviation" | "country">,
): DraftChange | UserError {
	const place = placeOf(statement, number);
	if (isUserError(place)) return place;
	const after = edited(place.signatory, fields);
	return { statement: replaceAt(statement, place, [after]), changes: [{ before: place.signatory, after }] };
}

export function setKind(statement: Statement, number: number, raw: string): DraftChange | UserError {
	const place = placeOf(statement, number);
	if (isUserError(place)) return place;
	const kind = checkKind(raw);
	if (isUserError(kind)) return kind;
	// The organizer has decided the kind: the printed line's doubts no longer stand.
	const { asWritten: _printed, ...kept } = place.signatory;
	const after: Signatory = { ...kept, kind };
	if (kind === "organization") {
		delete after.title;
		delete after.organization;
	}
	return { statement: replaceAt(statement, place, [after]), changes: [{ before: place.signatory, after }] };
}

/**
 * "3", "3 5 8-12" or "3, 5, 8–12": the signatories to remove, by the numbers the listing shows, each once and
 * in order. A number the draft does not have refuses the whole list, so a typo removes nothing.
 */
export function parseNumbers(typed: string, count: number): number[] | UserError {
	const words = typed
		.trim()
		.split(/[\s,;]+/)
		.filter(Boolean);
	if (words.length === 0) return userError("draftNumbersInvalid");
	const numbers = new Set<number>();
	for (const word of words) {
		const match = /^(\d{1,7})(?:[-–—](\d{1,7}))?$/.exec(word);
		if (!match) return userError("draftNumbersInvalid");
		const first = Number(match[1]);
		const last = match[2] === undefined ? first : Number(match[2]);
		if (last < first) return userError("draftNumbersInvalid");
		for (const number of [first, last])
			if (number < 1 || number > count) return userError("draftNoSuchSignatory", number, count);
		for (let number = first; number <= last; number++) numbers.add(number);
	}
	return [...numbers].sort((a, b) => a - b);
}

/** Several at once, numbered as before any of them went, so "3 5" removes what the listing shows as 3 and 5. */
export function removeSignatories(statement: Statement, typed: string): DraftChange | UserError {
	const places = numberedSignatories(statement);
	const numbers = parseNumbers(typed, places.length);
	if (isUserError(numbers)) return numbers;
	const removed = numbers.flatMap((number) => places[number - 1] ?? []);
	const gone = new Set(removed.map((place) => place.signatory));
	return {
		statement: withSections(
			statement,
			statement.sections.map((section) => ({
				...section,
				signatories: section.signatories.filter((signatory) => !gone.has(signatory)),
			})),
		),
		changes: removed.map((place) => ({ before: place.signatory, after: null })),
	};
}

/** Added in order to the end of the last section, or of a new one when the draft has no list. */
export function addSignatories(
	statement: Statement,
	added: readonly Pick<Signatory, "name" | "abbreviation" | "country">[],
): DraftChange {
	const signatories = added.map((fields) => edited({ name: fields.name, kind: "organization" }, fields));
	const sections: SignatorySection[] =
		statement.sections.length > 0
			? statement.sections
			: [{ heading: null, listStyle: "numbered", role: "main", acceptsAdherences: false, signatories: [] }];
	const last = sections.length - 1;
	return {
		statement: withSections(
			statement,
			sections.map((section, index) =>
				index === last ? { ...section, signatories: [...section.signatories, ...signatories] } : section,
			),
		),
		changes: signatories.map((after) => ({ before: null, after })),
	};
}

/** The section by its number (1-based, as listed) or by its heading, with or without its colon. */
export function findSection(statement: Statement, typed: string): number | UserError {
	const wanted = typed
		.trim()
		.replace(/\s*:\s*$/, "")
		.toLowerCase();
	if (/^\d+$/.test(wanted)) {
		const index = Number(wanted) - 1;
		if (index >= 0 && index < statement.sections.length) return index;
	}
	const index = statement.sections.findIndex(
		(section) => (section.heading ?? "").replace(/\s*:\s*$/, "").toLowerCase() === wanted,
	);
	return index >= 0 ? index : userError("draftNoSuchSection", typed.trim().slice(0, 60), statement.sections.length);
}

export function moveSignatory(statement: Statement, number: number, sectionTyped: string): DraftChange | UserError {
	const place = placeOf(statement, number);
	if (isUserError(place)) return place;
	const target = findSection(statement, sectionTyped);
	if (isUserError(target)) return target;
	const without = replaceAt(statement, place, []);
	return {
		statement: withSections(
			without,
			without.sections.map((section, index) =>
				index === target ? { ...section, signatories: [...section.signatories, place.signatory] } : section,
			),
		),
		changes: [{ before: place.signatory, after: place.signatory }],
	};
}
