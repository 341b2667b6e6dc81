import { z } from "zod";
import { timeZoneSchema } from "../chats/subscription.js";
import { requesterKey } from "../context.js";
import { languageName, localeFrom } from "../i18n/messages.js";
import { paragraph, span } from "../reply.js";
import { userError } from "../user-error.js";
import { defineCommand, noParameters, parameter } from "./command.js";
import { languageParameter } from "./parameters.js";

const reply = (text: string) => ({ blocks: [paragraph(span(text))] });

export const moderateHereCommand = defineCommand({
	name: "moderatehere",
	aliases: ["moderaraqui"],
	description: {
		en: "Make this chat the organizers' chat: new adherences arrive here to approve or reject",
		es: "Haz de este chat el de los organizadores: aquí llegan las nuevas adhesiones para aprobarlas o rechazarlas",
	},
	parameters: noParameters,
	role: "organizer",
	async run(_args, context) {
		const { origin } = context;
		await context.deps.chats.setOrganizerChat(origin.platform, origin.scopeId, origin.chatId);
		return reply(context.text.chats.organizerChatSet);
	},
});

export const subscribeCommand = defineCommand({
	name: "subscribe",
	aliases: ["suscribir"],
	description: {
		en: "Send this chat announcements and solidarity-day reminders, in its time zone",
		es: "Envía a este chat anuncios y recordatorios de días de solidaridad, en su zona horaria",
	},
	parameters: z.object({
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
	role: "organizer",
	async run(args, context) {
		const zone = args.timezone ?? context.deps.defaultTimeZone;
		if (!timeZoneSchema.safeParse(zone).success) return userError("timeZoneInvalid", zone.slice(0, 60));
		const language = localeFrom(args.lang) ?? context.locale;
		const { origin } = context;
		const existing = await context.deps.chats.subscription(origin.platform, origin.chatId);
		await context.deps.chats.subscribe({
			platform: origin.platform,
			chatId: origin.chatId,
			...(origin.scopeId ? { scopeId: origin.scopeId } : {}),
			timeZone: zone,
			language,
			topics: existing?.topics ?? [],
			subscribedBy: requesterKey(context),
			subscribedAt: context.deps.now().toISOString(),
		});
		// A new time zone needs its own reminder jobs.
		await context.deps.reminders.replan();
		return reply(context.text.chats.subscribed(zone, languageName(language, context.locale)));
	},
});

export const unsubscribeCommand = defineCommand({
	name: "unsubscribe",
	aliases: ["desuscribir"],
	description: {
		en: "Stop announcements and reminders in this chat",
		es: "Deja de enviar anuncios y recordatorios a este chat",
	},
	parameters: noParameters,
	role: "organizer",
	async run(_args, context) {
		const removed = await context.deps.chats.unsubscribe(context.origin.platform, context.origin.chatId);
		return reply(removed ? context.text.chats.unsubscribed : context.text.chats.notSubscribed);
	},
});
