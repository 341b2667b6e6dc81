import { z } from "zod";
import { campaignName, organizesAny, organizesCampaign } from "../campaigns/access.js";
import { actorOf, type CommandContext, requesterKey } from "../context.js";
import { paragraph, type Reply, span } from "../reply.js";
import { type UserError, userError } from "../user-error.js";

/** An announcement an organizer has seen the preview of, waiting for their /confirm. */
const pendingAnnouncementSchema = z.strictObject({
	campaign: z.string(),
	text: z.string().max(3500),
	at: z.iso.datetime(),
	/** An operator's choice for the Telegram sends: paid broadcasts or not; absent, the deployment's default. */
	paid: z.boolean().optional(),
});
export type PendingAnnouncement = z.infer<typeof pendingAnnouncementSchema>;

/** Long enough to read the preview and think again; short enough that a forgotten one does not go out later. */
const pendingSeconds = 15 * 60;

const pendingKey = (context: CommandContext) => `announcement:${requesterKey(context)}`;

/** Keeps the announcement and shows what it will say and how many chats it will reach. */
export async function previewAnnouncement(pending: PendingAnnouncement, context: CommandContext): Promise<Reply> {
	await context.deps.conversations.set(pendingKey(context), pendingAnnouncementSchema.parse(pending), pendingSeconds);
	const followers = await context.deps.chats.followerCount(pending.campaign);
	const text = context.text.broadcasts;
	const name = campaignName(await context.deps.campaigns.list(), pending.campaign);
	const at = new Date(pending.at);
	const when = at <= context.deps.now() ? text.now : text.at(pending.at.slice(0, 16).replace("T", " "));
	return {
		blocks: [
			paragraph(span(text.previewHeading(name, followers, when), { bold: true })),
			paragraph(span(pending.text)),
			...(pending.paid === undefined
				? []
				: [paragraph(span(pending.paid ? text.previewPaid : text.previewUnpaid, { bold: true }))]),
			paragraph(span(text.previewConfirm, { italic: true })),
		],
		buttons: [
			{ label: text.sendButton, action: "confirm" },
			{ label: text.dropButton, action: "cancel" },
		],
		confirm: "confirm",
	};
}

/**
 * Sends the announcement waiting for this person's confirmation, if there is one: the person must
 * still organize its campaign, and the campaign be within its hourly limit.
 */
export async function confirmAnnouncement(context: CommandContext): Promise<Reply | UserError | undefined> {
	// Only an organizer can have one to send: a member's /confirm does not look.
	const access = await context.access();
	if (!organizesAny(access)) return undefined;
	const parsed = pendingAnnouncementSchema.safeParse(await context.deps.conversations.get(pendingKey(context)));
	if (!parsed.success) return undefined;
	const pending = parsed.data;
	const name = campaignName(await context.deps.campaigns.list(), pending.campaign);
	if (!organizesCampaign(access, pending.campaign)) return userError("campaignOrganizersOnly", name);
	if (pending.paid !== undefined && !access.operator) return userError("paidBroadcastOperatorsOnly");
	const limit = context.deps.announcementsPerHour;
	if (!(await context.deps.rateLimits.take(`announcements:${pending.campaign}`, limit, 3600)))
		return userError("announcementsRateLimited", limit, name);
	await context.deps.conversations.delete(pendingKey(context));
	const at = new Date(Math.max(new Date(pending.at).getTime(), context.deps.now().getTime()));
	const { chats } = await context.deps.broadcaster.announce({
		text: pending.text,
		at,
		campaign: pending.campaign,
		requestedBy: actorOf(context),
		...(pending.paid === undefined ? {} : { paid: pending.paid }),
	});
	const when = at.toISOString().slice(0, 16).replace("T", " ");
	return { blocks: [paragraph(span(context.text.broadcasts.scheduled(when, chats)))] };
}

/** Drops the announcement waiting for confirmation; true when there was one. */
export async function dropAnnouncement(context: CommandContext): Promise<boolean> {
	const key = pendingKey(context);
	const had = (await context.deps.conversations.get(key)) !== undefined;
	if (had) await context.deps.conversations.delete(key);
	return had;
}
