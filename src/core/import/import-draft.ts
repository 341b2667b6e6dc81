import { z } from "zod";

/** How one line of the pasted text was used. */
export const lineAccountSchema = z.strictObject({
	/** 1-based line number in the pasted text. */
	line: z.number().int().positive(),
	text: z.string(),
	as: z.enum(["header", "body", "heading", "signatory", "furniture", "unrecognized"]),
	/** For furniture: the rule that dropped the line ("share-button", "view-counter", …). */
	rule: z.string().nullable(),
});

/**
 * What makes a reading uncertain: the kind rests on a weak cue (a given name alone, the rest of the list),
 * the entry was cut from a longer line at a guessed separator or at the end of a name, or the name looks
 * like a title, a body and a person run together.
 */
export const signatoryDoubtSchema = z.enum(["weak-kind", "guessed-split", "run-on", "run-together"]);
export type SignatoryDoubt = z.infer<typeof signatoryDoubtSchema>;

/** One signatory as the importer read it; the fields beyond the JSON shape help the organizer review. */
export const draftSignatorySchema = z.strictObject({
	name: z.string().min(1),
	abbreviation: z.string().nullable(),
	/** The English name the document gives in brackets. */
	nameEn: z.string().nullable(),
	/** The country as the document prints it ("Bolivia/UK", "Turkey-Kurdistan"). */
	country: z.string().nullable(),
	/** ISO 3166-1 alpha-2, when the printed country is a known one. */
	countryCode: z.string().nullable(),
	kind: z.enum(["organization", "individual"]),
	/** A person's role or affiliation ("Professor of Law, …"), from the same line or the next, as printed. */
	role: z.string().nullable(),
	/** A person's title or function as written ("Prof. Dr.", "secrétaire général"); null for an organization. */
	title: z.string().nullable(),
	/** The organization a person signs for, as written ("Attac France"); null for an organization. */
	organization: z.string().nullable(),
	/** The line as printed, without its list marker. */
	asWritten: z.string(),
	/** Why an organizer should check this one; absent or empty when the reading rests on clear cues. */
	doubts: z.array(signatoryDoubtSchema).optional(),
});

export const draftSectionSchema = z.strictObject({
	heading: z.string().nullable(),
	listStyle: z.enum(["numbered", "bulleted", "plain"]),
	signatories: z.array(draftSignatorySchema),
});

export const importDraftSchema = z.strictObject({
	title: z.string(),
	date: z.iso.date().nullable(),
	/** ISO 639-1, detected from the text. */
	language: z.enum(["en", "es", "fr", "pt", "de", "it"]),
	issuer: z.string(),
	/** What the title or header calls the document; the JSON output leaves it out. */
	kind: z.enum(["resolution", "declaration", "statement", "call"]),
	body: z.string(),
	sections: z.array(draftSectionSchema),
	/** Lines that are neither body nor a recognized signatory, in document order. */
	unrecognized: z.array(z.string()),
	/** What became of every non-blank line after the header: nothing is dropped without saying why. */
	accounting: z.array(lineAccountSchema),
	/** Set when the text reads like a sign-on but no list was found: the lines that looked closest to one. */
	missingList: z.strictObject({ candidates: z.array(z.string()) }).nullable(),
});

export type DraftSignatory = z.infer<typeof draftSignatorySchema>;

/** Records a doubt once. */
export function addDoubt(signatory: DraftSignatory, doubt: SignatoryDoubt): void {
	if (!signatory.doubts) signatory.doubts = [];
	if (!signatory.doubts.includes(doubt)) signatory.doubts.push(doubt);
}
export type DraftSection = z.infer<typeof draftSectionSchema>;
export type ImportDraft = z.infer<typeof importDraftSchema>;
export type DraftLanguage = ImportDraft["language"];
export type LineAccount = z.infer<typeof lineAccountSchema>;

/** What `solidarity statement import --json` prints: exactly these keys, nothing else. */
export const importJsonSchema = z.strictObject({
	title: z.string(),
	date: z.iso.date().nullable(),
	language: z.string().regex(/^[a-z]{2}$/),
	issuer: z.string(),
	body: z.string(),
	sections: z.array(
		z.strictObject({
			heading: z.string().nullable(),
			signatories: z.array(
				z.strictObject({
					name: z.string(),
					abbreviation: z.string().nullable(),
					country: z.string().nullable(),
					kind: z.enum(["organization", "individual"]),
					title: z.string().nullable(),
					organization: z.string().nullable(),
				}),
			),
		}),
	),
	unrecognized: z.array(z.string()),
	accounting: z.array(lineAccountSchema),
	missingList: z.strictObject({ candidates: z.array(z.string()) }).nullable(),
});

export type ImportJson = z.infer<typeof importJsonSchema>;

export function toImportJson(draft: ImportDraft): ImportJson {
	return {
		title: draft.title,
		date: draft.date,
		language: draft.language,
		issuer: draft.issuer,
		body: draft.body,
		sections: draft.sections.map((section) => ({
			heading: section.heading,
			signatories: section.signatories.map((signatory) => ({
				name: signatory.name,
				abbreviation: signatory.abbreviation,
				country: signatory.country,
				kind: signatory.kind,
				title: signatory.title,
				organization: signatory.organization,
			})),
		})),
		unrecognized: draft.unrecognized,
		accounting: draft.accounting,
		missingList: draft.missingList,
	};
}
