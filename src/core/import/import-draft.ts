import { z } from "zod";

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
	/** A person's role or affiliation ("Professor of Law, …"), from the same line or the next. */
	role: z.string().nullable(),
	/** The line as printed, without its list marker. */
	asWritten: z.string(),
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
	language: z.enum(["en", "es", "fr", "pt"]),
	issuer: z.string(),
	/** What the title or header calls the document; the JSON output leaves it out. */
	kind: z.enum(["resolution", "declaration", "statement", "call"]),
	body: z.string(),
	sections: z.array(draftSectionSchema),
	/** Lines that are neither body nor a recognized signatory, in document order. */
	unrecognized: z.array(z.string()),
});

export type DraftSignatory = z.infer<typeof draftSignatorySchema>;
export type DraftSection = z.infer<typeof draftSectionSchema>;
export type ImportDraft = z.infer<typeof importDraftSchema>;
export type DraftLanguage = ImportDraft["language"];

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
				}),
			),
		}),
	),
	unrecognized: z.array(z.string()),
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
			})),
		})),
		unrecognized: draft.unrecognized,
	};
}
