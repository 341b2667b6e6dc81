import { z } from "zod";
import { actorSchema, platformSchema } from "../core/adherences/adherence.js";

/** What a broadcast says and to whom; stored in Redis so every worker can build each chat's message. */
export const broadcastSchema = z.strictObject({
	id: z.string().regex(/^[\w.-]{1,200}$/),
	kind: z.enum(["announcement", "reminder"]),
	/** The announcement's text, as the organizer wrote it. */
	text: z.string().max(3500).optional(),
	/** A reminder's day, occurrence and offset. */
	reminder: z
		.strictObject({ day: z.string(), date: z.iso.date(), offset: z.number().int(), timeZone: z.string() })
		.optional(),
	/** The campaign it speaks for: only the chats that follow it receive it. */
	campaign: z.string().max(40),
	at: z.iso.datetime(),
	requestedBy: actorSchema.optional(),
	/**
	 * An operator's choice for this broadcast's Telegram sends: paid broadcasts (true) or not (false);
	 * absent, TELEGRAM_PAID_BROADCAST decides when it fans out. Stored once here, never per send job.
	 */
	paid: z.boolean().optional(),
	/** The organizer's progress message, once it has been sent. */
	progress: z.strictObject({ platform: platformSchema, chatId: z.string(), messageId: z.string() }).optional(),
});
export type Broadcast = z.infer<typeof broadcastSchema>;

export const fanOutJobSchema = z.strictObject({ broadcastId: z.string() });
export const sendJobSchema = z.strictObject({
	broadcastId: z.string(),
	platform: platformSchema,
	chatId: z.string(),
	/** The chat's language when it was planned, so a send needs no lookup. */
	language: z.enum(["en", "es"]).default("en"),
});
export type SendJob = z.infer<typeof sendJobSchema>;

/** BullMQ job ids may not contain ":"; chat ids and zones are made safe, and stay distinct. */
export const jobIdPart = (text: string) =>
	text.replace(/[^\w.-]/g, (character) => `_${character.charCodeAt(0).toString(16)}`);
