import { z } from "zod";
import { countryCodeSchema } from "../statements/statement.js";

export const adherenceStatusSchema = z.enum(["pending", "approved", "rejected", "withdrawn"]);
export type AdherenceStatus = z.infer<typeof adherenceStatusSchema>;

export const platformSchema = z.enum(["console", "discord", "telegram", "web"]);

/** Who did something: enough to tell them the outcome, and for the audit trail. */
export const actorSchema = z.strictObject({
	platform: platformSchema,
	userId: z.string().min(1).max(64),
	chatId: z.string().min(1).max(64),
	displayName: z.string().max(200).optional(),
	locale: z.enum(["en", "es"]).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** "telegram:123": the person in audit entries, rate limits and the roll's representatives. */
export function actorKey(actor: Pick<Actor, "platform" | "userId">): string {
	return `${actor.platform}:${actor.userId}`;
}

/** Field limits: long enough for any real organization, short enough that no chat can be flooded. */
export const fieldLimits = { name: 200, abbreviation: 30, email: 254, reason: 500 } as const;

/** What a submitter gives; stored as given, rendered escaped. */
export const submissionSchema = z.strictObject({
	name: z.string().min(1).max(fieldLimits.name),
	abbreviation: z.string().min(1).max(fieldLimits.abbreviation).optional(),
	country: countryCodeSchema,
	kind: z.enum(["organization", "individual"]),
	/** Private to organizers: never shown in a chat, only in the organizers' CLI export. */
	contactEmail: z.email().max(fieldLimits.email).optional(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const adherenceSchema = z.strictObject({
	statementId: z.string(),
	/** Per statement, in order of submission: "#7" in moderation commands. */
	number: z.number().int().positive(),
	submission: submissionSchema,
	status: adherenceStatusSchema,
	submittedBy: actorSchema,
	submittedAt: z.iso.datetime(),
	/** The listed signatory it resembles, shown to organizers when they moderate. */
	possibleDuplicateOf: z.string().optional(),
	decidedBy: actorSchema.optional(),
	decidedAt: z.iso.datetime().optional(),
	rejectionReason: z.string().max(fieldLimits.reason).optional(),
	withdrawnBy: actorSchema.optional(),
	withdrawnAt: z.iso.datetime().optional(),
});
export type Adherence = z.infer<typeof adherenceSchema>;

/** One entry of a statement's audit trail. */
export const auditEntrySchema = z.strictObject({
	at: z.iso.datetime(),
	who: z.string(),
	action: z.string(),
	statementId: z.string(),
	number: z.number().int().optional(),
	before: z.unknown().optional(),
	after: z.unknown().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
