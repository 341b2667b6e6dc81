import { z } from "zod";

/** A campaign's id: the slug organizers type in /subscribe, /moderatehere and /organizer. */
export const campaignIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug of lower-case letters, digits and hyphens")
	.max(40);

/** "discord:<id>", "telegram:<id>" or "console:local": one account of a person on one platform. */
export const accountKeySchema = z
	.string()
	.regex(
		/^(discord:\d{1,20}|telegram:-?\d{1,20}|console:[\w-]{1,40})$/,
		"expected discord:<id>, telegram:<id> or console:local",
	);

/** The team behind some statements (ICOR, Red Muqui, the WFTU), and who organizes it. */
export const campaignSchema = z.strictObject({
	id: campaignIdSchema,
	name: z.string().trim().min(1).max(100),
	/** The organizers the file names; grants from chat add to them and may remove them. */
	organizers: z.array(accountKeySchema).max(200).default([]),
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignsFileSchema = z.strictObject({ campaigns: z.array(campaignSchema).min(1) });

/** One change to who organizes a campaign, as the audit keeps it. */
export const organizerChangeSchema = z.strictObject({
	at: z.iso.datetime(),
	who: z.string(),
	action: z.enum(["organizer-add", "organizer-remove"]),
	campaignId: z.string(),
	account: z.string(),
	before: z.array(z.string()),
	after: z.array(z.string()),
});
export type OrganizerChange = z.infer<typeof organizerChangeSchema>;
