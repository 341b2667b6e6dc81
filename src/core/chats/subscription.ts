import { z } from "zod";
import { platformSchema } from "../adherences/adherence.js";
import { campaignIdSchema } from "../campaigns/campaign.js";
import { localeSchema } from "../i18n/locale.js";

/**
 * The canonical zones, read once. Building an Intl.DateTimeFormat costs tens of kilobytes of ICU
 * memory that the garbage collector frees late, and every subscription read from the store is
 * checked: a fan-out to 100,000 chats would build 100,000 of them. Only a zone outside this table
 * (an alias such as "America/Buenos_Aires") is checked by building one.
 */
const canonicalZones: ReadonlySet<string> = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);

function isTimeZone(zone: string): boolean {
	if (canonicalZones.has(zone)) return true;
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
	} catch {
		return false;
	}
	return zone.includes("/") || zone === "UTC";
}

export const timeZoneSchema = z
	.string()
	.refine(isTimeZone, { message: "expected an IANA time zone such as America/Lima" });

/** A chat that receives announcements and solidarity-day reminders. */
export const subscriptionSchema = z.strictObject({
	platform: platformSchema,
	chatId: z.string().min(1).max(64),
	/** Discord server id; absent on Telegram. */
	scopeId: z.string().max(64).optional(),
	timeZone: timeZoneSchema,
	language: localeSchema,
	/** The campaigns whose announcements and solidarity days this chat receives; none, nothing. */
	campaigns: z.array(campaignIdSchema).max(50).default([]),
	subscribedBy: z.string(),
	subscribedAt: z.iso.datetime(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;
