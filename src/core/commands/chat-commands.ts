import { z } from "zod";
import { campaignName } from "../campaigns/access.js";
import { campaignArgument, findCampaign } from "../campaigns/find-campaign.js";
import { timeZoneSchema } from "../chats/subscription.js";
import type { CommandContext } from "../context.js";
import { requesterKey } from "../context.js";
import { languageName, localeFrom } from "../i18n/messages.js";
import { paragraph, span } from "../reply.js";
import { isUserError, userError } from "../user-error.js";
import { defineCommand, parameter } from "./command.js";
import { campaignParameter, languageParameter } from "./parameters.js";

const reply = (text: string) => ({ blocks: [paragraph(span(text))] });

export const moderateHereCommand = defineCommand({
	name: "moderatehere",
	aliases: ["moderaraqui"],
	description: {
		en: "Make this chat a moderation chat of a campaign: its new adherences arrive here to approve or reject",
		es: "Haz de este chat uno de moderación de una campaña: aquí llegan sus nuevas adhesiones para aprobarlas o rechazarlas",
	},
	parameters: z.object({ campaign: campaignParameter }),
	role: "organizer",
	campaignOf: campaignArgument,
	async run(args, context) {
		const campaign = await findCampaign(context.deps.campaigns, args.campaign);
		if (isUserError(campaign)) return campaign;
		const { origin } = context;
		await context.deps.chats.addModerationChat(campaign.id, {
			platform: origin.platform,
			chatId: origin.chatId,
			...(origin.scopeId ? { scopeId: origin.scopeId } : {}),
		});
		return reply(context.text.chats.organizerChatSet(campaign.name));
	},
});

/** A word that names a campaign rather than a time zone or a language. */
const campaignWord = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
	.refine((word) => !/^[a-z]{2}$/.test(word) && word !== "utc");

/** The campaign a chat admin names, or the only one there is; otherwise the question which. */
async function campaignToFollow(typed: string | undefined, context: CommandContext) {
	if (typed) return findCampaign(context.deps.campaigns, typed);
	const all = await context.deps.campaigns.list();
	const [only] = all;
	if (all.length === 1 && only) return only;
	return userError("invalidArgument", context.text.argumentNames.campaign, "/subscribe <campaign>");
}

export const subscribeCommand = defineCommand({
	name: "subscribe",
	aliases: ["suscribir"],
	description: {
		en: "Follow a campaign in this chat: its announcements and solidarity-day reminders, in this chat's time zone",
		es: "Sigue una campaña en este chat: sus anuncios y recordatorios de días de solidaridad, en la zona horaria del chat",
	},
	parameters: z.object({
		campaign: parameter(campaignWord.optional(), {
			type: "string",
			description: {
				en: "The campaign to follow, as /campaigns lists it",
				es: "La campaña que seguir, como la muestra /campaigns",
			},
		}),
		timezone: parameter(
			// Any word that is not a language code is taken as the zone, so a wrong one is answered clearly.
			z
				.string()
				.refine((word) => !/^[a-zA-Z]{2}$/.test(word))
				.optional(),
			{
				type: "string",
				description: { en: "IANA time zone, e.g. America/Lima", es: "Zona horaria IANA, p. ej. America/Lima" },
			},
		),
		lang: languageParameter,
	}),
	role: "chat-admin",
	async run(args, context) {
		const { origin } = context;
		const existing = await context.deps.chats.subscription(origin.platform, origin.chatId);
		const zone = args.timezone ?? existing?.timeZone ?? context.deps.defaultTimeZone;
		if (!timeZoneSchema.safeParse(zone).success) return userError("timeZoneInvalid", zone.slice(0, 60));
		const followed = existing?.campaigns ?? [];
		const campaign =
			args.campaign || followed.length === 0 ? await campaignToFollow(args.campaign, context) : undefined;
		if (isUserError(campaign)) {
			const all = await context.deps.campaigns.list();
			return campaign.code === "invalidArgument"
				? reply(
						context.text.chats.whichCampaign(all.map((candidate) => `${candidate.id} (${candidate.name})`).join(", ")),
					)
				: campaign;
		}
		const campaigns = campaign && !followed.includes(campaign.id) ? [...followed, campaign.id] : followed;
		const language = localeFrom(args.lang) ?? existing?.language ?? context.locale;
		await context.deps.chats.subscribe({
			platform: origin.platform,
			chatId: origin.chatId,
			...(origin.scopeId ? { scopeId: origin.scopeId } : {}),
			timeZone: zone,
			language,
			campaigns,
			subscribedBy: requesterKey(context),
			subscribedAt: context.deps.now().toISOString(),
		});
		// A new time zone or campaign needs its own reminder jobs.
		await context.deps.reminders.replan();
		const all = await context.deps.campaigns.list();
		const names = campaigns.map((id) => campaignName(all, id)).join(", ");
		return reply(context.text.chats.subscribed(names, zone, languageName(language, context.locale)));
	},
});

export const unsubscribeCommand = defineCommand({
	name: "unsubscribe",
	aliases: ["desuscribir"],
	description: {
		en: "Stop following a campaign in this chat, or every campaign",
		es: "Deja de seguir una campaña en este chat, o todas",
	},
	parameters: z.object({
		campaign: parameter(campaignWord.optional(), {
			type: "string",
			description: {
				en: "The campaign to stop following; all when none",
				es: "La campaña que dejar de seguir; todas si no se indica",
			},
		}),
	}),
	role: "chat-admin",
	async run(args, context) {
		const { origin } = context;
		const existing = await context.deps.chats.subscription(origin.platform, origin.chatId);
		const rest = existing?.campaigns.filter((id) => id !== args.campaign) ?? [];
		if (existing && args.campaign && rest.length > 0 && rest.length < existing.campaigns.length) {
			await context.deps.chats.subscribe({ ...existing, campaigns: rest });
			await context.deps.reminders.replan();
			const all = await context.deps.campaigns.list();
			return reply(
				context.text.chats.unsubscribedFrom(
					campaignName(all, args.campaign),
					rest.map((id) => campaignName(all, id)).join(", "),
				),
			);
		}
		if (existing && args.campaign && rest.length === existing.campaigns.length)
			return reply(context.text.chats.notSubscribed);
		const removed = await context.deps.chats.unsubscribe(origin.platform, origin.chatId);
		return reply(removed ? context.text.chats.unsubscribed : context.text.chats.notSubscribed);
	},
});
