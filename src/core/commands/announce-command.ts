import { z } from "zod";
import { checkCalendarDate } from "../calendar-date.js";
import { actorOf } from "../context.js";
import { paragraph, span } from "../reply.js";
import { isUserError, userError } from "../user-error.js";
import { defineCommand, parameter } from "./command.js";

const scheduledAt = /\s+at\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))$/;
const lastWordLooksLikeTime = /\s+at\s+\S*\d\S*$/;

export const announceCommand = defineCommand({
	name: "announce",
	aliases: ["anunciar"],
	description: {
		en: "Send an announcement to every subscribed chat, now or at a time",
		es: "Envía un anuncio a todos los chats suscritos, ahora o a una hora",
	},
	parameters: z.object({
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
		const { chats } = await context.deps.broadcaster.announce({ text, at, requestedBy: actorOf(context) });
		const when = at.toISOString().slice(0, 16).replace("T", " ");
		return { blocks: [paragraph(span(context.text.broadcasts.scheduled(when, chats)))] };
	},
});
