import { z } from "zod";
import { organizesAny } from "../campaigns/access.js";
import { requesterKey } from "../context.js";
import { heading, paragraph, span } from "../reply.js";
import { userError } from "../user-error.js";
import { defineCommand } from "./command.js";

/** How long a sign-in link stays good: long enough to open it, too short to be worth stealing. */
export const webLoginTtlSeconds = 10 * 60;

export const webLoginCommand = defineCommand({
	name: "weblogin",
	aliases: ["accesoweb"],
	description: {
		en: "A private one-time link to the organizers' web pages",
		es: "Un enlace privado, de un solo uso, a las páginas web de los organizadores",
	},
	parameters: z.object({}),
	// Anyone may ask; only an organizer or operator gets a link, and only where no one else sees it.
	role: "member",
	async run(_args, context) {
		if (!organizesAny(await context.access())) return userError("webLoginOrganizersOnly");
		const text = context.text.webLogin;
		const address = context.deps.links.webAddress();
		if (!address) return { blocks: [paragraph(span(text.noWeb))], private: true };
		if (!context.origin.privateReplies) return { blocks: [paragraph(span(text.privateOnly))], private: true };
		const token = await context.deps.webSessions.issueLogin(requesterKey(context), webLoginTtlSeconds);
		const link = `${address}/weblogin/${token}`;
		return {
			blocks: [heading(text.heading), paragraph(span(text.link)), paragraph(span(link, { href: link }))],
			private: true,
		};
	},
});
