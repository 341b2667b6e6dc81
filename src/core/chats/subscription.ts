import { z } from "zod";
import { platformSchema } from "../adherences/adherence.js";
import { campaignIdSchema } from "../campaigns/campaign.js";
import { localeSchema } from "../i18n/locale.js";

export const timeZoneSchema = z.string().refine(
	(zone) => {
		try {
			new Intl.DateTimeFormat("en", { timeZone: zone });
			return zone.includes("/") || zone === "UTC";
		} catch {
			return false;
		}
	},
	{ message: "expected an IANA time zone such as America/Lima" },
);

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
