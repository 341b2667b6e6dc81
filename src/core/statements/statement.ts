// The plain index, not the Node entry that loads every language: only codes are checked here.
import countries from "i18n-iso-countries/index.js";
import { z } from "zod";

/** ISO 639-1 code of a language version, e.g. "en". */
export const languageCodeSchema = z
	.string()
	.regex(/^[a-z]{2}$/, "expected a two-letter language code such as en or es");

/** ISO 3166-1 alpha-2 code; display names come from Intl.DisplayNames. */
export const countryCodeSchema = z
	.string()
	.regex(/^[A-Z]{2}$/, "expected a two-letter ISO 3166 country code such as PE")
	.refine((code) => countries.isValid(code), { message: "not an ISO 3166 country code" });

export const isoDateSchema = z.iso.date({ message: "expected a date as YYYY-MM-DD" });

export const statementIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug of lower-case letters, digits and hyphens")
	.max(48, "keep the id under 48 characters so it fits in a chat button");

export const statementKindSchema = z.enum(["resolution", "declaration", "statement", "call"]);
export const statementStatusSchema = z.enum(["draft", "voting", "open", "closed"]);
export const adherencePolicySchema = z.enum(["moderated", "open"]);

export const signatorySchema = z.strictObject({
	/** The name as the organization writes it, in its own language. */
	name: z.string().trim().min(1).max(300),
	abbreviation: z.string().trim().min(1).max(40).optional(),
	/** The English name the document gives in brackets, when it gives one. */
	nameEn: z.string().trim().min(1).max(300).optional(),
	country: countryCodeSchema.optional(),
	/** The country as the document prints it ("Turkey-Kurdistan", "Bolivia/UK"). */
	countryAsWritten: z.string().trim().min(1).max(100).optional(),
	kind: z.enum(["organization", "individual"]).default("organization"),
	/** For a person: the title or function as written ("Prof. Dr.", "secrétaire général"). */
	title: z.string().trim().min(1).max(200).optional(),
	/** For a person: the organization they sign for, as written ("Attac France"). */
	organization: z.string().trim().min(1).max(300).optional(),
	/** The line exactly as the document prints it, so the published layout is reproduced verbatim. */
	asWritten: z.string().trim().min(1).max(600).optional(),
});

export const signatorySectionSchema = z.strictObject({
	/** The heading as the document prints it; null when the list has none. */
	heading: z.string().trim().min(1).nullable().default(null),
	/** How the document prints the list: "1. …", "• …" or one name per line. */
	listStyle: z.enum(["numbered", "bulleted", "plain"]).default("numbered"),
	/**
	 * main: the list published "as of" a date; subsequent: signatures after that date;
	 * other: any further list (e.g. "organizations that launched the statement").
	 */
	role: z.enum(["main", "subsequent", "other"]).default("main"),
	/** Where approved adherences are appended when the statement has no "as of" date. */
	acceptsAdherences: z.boolean().default(false),
	signatories: z.array(signatorySchema).default([]),
});

export const languageVersionSchema = z.strictObject({
	title: z.string().trim().min(1).max(300),
	/** Markdown: paragraphs separated by blank lines, "1." and "-" list items. */
	body: z.string(),
	/** True when this version is a translation made for the bot, not published by the issuer. */
	unofficialTranslation: z.boolean().default(false),
});

export const statementSchema = z.strictObject({
	id: statementIdSchema,
	kind: statementKindSchema,
	issuer: z.string().trim().min(1).max(300),
	/** The campaign whose organizers act on it (config/campaigns.yaml). */
	campaign: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected the id of a campaign in config/campaigns.yaml")
		.max(40),
	date: isoDateSchema.nullable(),
	status: statementStatusSchema,
	adherencePolicy: adherencePolicySchema.default("moderated"),
	/** Language the issuer wrote it in; may be absent from versions when only translations were published. */
	originalLanguage: languageCodeSchema,
	asOf: isoDateSchema.nullable().default(null),
	sourceUrl: z.url().optional(),
	sections: z.array(signatorySectionSchema).default([]),
	versions: z.record(languageCodeSchema, languageVersionSchema),
});

export type Signatory = z.infer<typeof signatorySchema>;
export type SignatorySection = z.infer<typeof signatorySectionSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type StatementStatus = z.infer<typeof statementStatusSchema>;
