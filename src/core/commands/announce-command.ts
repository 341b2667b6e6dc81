import { z } from "zod";
import { previewAnnouncement } from "../announcements/pending-announcement.js";
import { checkCalendarDate } from "../calendar-date.js";
import { campaignArgument, findCampaign } from "../campaigns/find-campaign.js";
import { isUserError, userError } from "../user-error.js";
import { defineCommand, parameter } from "./command.js";
import { campaignParameter } from "./parameters.js";

const scheduledAt = /\s+at\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))$/;
const lastWordLooksLikeTime = /\s+at\s+\S*\d\S*$/;

export const announceCommand = defineCommand({
	name: "announce",
	aliases: ["anunciar"],
	description: {
		en: "Announce to the chats that follow a campaign, now or at a time; you confirm after a preview",
		es: "Anuncia a los chats que siguen una campaña, ahora o a una hora; confirmas tras ver cómo queda",
	},
	parameters: z.object({
		campaign: campaignParameter,
		paid: parameter(
			z
				.string()
				.transform((word) => word.toLowerCase())
				.pipe(z.enum(["yes", "no"]))
				.transform((choice) => choice === "yes")
				.optional(),
			{
				type: "string",
				named: true,
				description: {
					en: "Operators only: paid=yes, a Telegram paid broadcast (1,000/s, 0.1 Star a message); paid=no, never",
					es: "Solo operadores: paid=yes, difusión de pago en Telegram (1.000/s, 0,1 Star/mensaje); paid=no, nunca",
				},
			},
		),
		text: parameter(z.string().trim().min(1).max(3500), {
			type: "text",
			rest: true,
			description: {
				en: "The announcement; end with at 2026-12-01T09:00Z to send it later",
				es: "El anuncio; termina con at 2026-12-01T09:00Z para enviarlo más tarde",
			},
		}),
	}),
	role: "organizer",
	campaignOf: campaignArgument,
	// Paid broadcasts are charged to the bot's Stars balance: the deployment's money, the operators' call.
	operatorChoice: (args) => (args.paid === undefined ? undefined : userError("paidBroadcastOperatorsOnly")),
	async run(args, context) {
		let { text } = args;
		const now = context.deps.now();
		let at = now;
		const time = scheduledAt.exec(text);
		if (time?.[1]) {
			const day = checkCalendarDate(time[1].slice(0, 10));
			if (isUserError(day)) return day;
			at = new Date(time[1]);
			if (Number.isNaN(at.getTime()) || at < now) return userError("announceTimeInvalid");
			text = text.slice(0, time.index).trim();
		} else if (lastWordLooksLikeTime.test(text)) {
			return userError("announceTimeInvalid");
		}
		const campaign = await findCampaign(context.deps.campaigns, args.campaign);
		if (isUserError(campaign)) return campaign;
		const paid = args.paid === undefined ? {} : { paid: args.paid };
		return previewAnnouncement({ campaign: campaign.id, text, at: at.toISOString(), ...paid }, context);
	},
});
