import { heading, paragraph, span } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import { isUserError } from "../user-error.js";
import type { CommandDefinition, Platform } from "./command.js";
import { statementIdParameter } from "./parameters.js";

/** Makes the link that opens the adherence flow for a statement on one platform. */
export type AdherenceLinkMaker = (statementId: string) => string;

/**
 * Only a running adapter knows its platform's link (Telegram's needs the bot's username, learnt at
 * start), and the core must not know any platform: adapters register a maker here when they start.
 */
const linkMakers = new Map<Platform, AdherenceLinkMaker>();

/** Registers the platform's link maker; the returned function removes it again (on stop). */
export function registerAdherenceLink(platform: Platform, maker: AdherenceLinkMaker): () => void {
	linkMakers.set(platform, maker);
	return () => {
		if (linkMakers.get(platform) === maker) linkMakers.delete(platform);
	};
}

export const linkCommand: CommandDefinition = {
	name: "link",
	aliases: ["enlace"],
	description: {
		en: "The link to publish so that organizations can sign a statement",
		es: "El enlace que publicar para que las organizaciones firmen una declaración",
	},
	parameters: [statementIdParameter],
	role: "organizer",
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, String(args.id).toLowerCase());
		if (isUserError(statement)) return statement;
		const text = context.text.link;
		const title = titleFor(statement, context.locale);
		const maker = linkMakers.get(context.origin.platform);
		if (!maker)
			return { blocks: [heading(text.heading(title)), paragraph(span(text.noLinkHere(`/adhere ${statement.id}`)))] };
		const link = maker(statement.id);
		return {
			blocks: [heading(text.heading(title)), paragraph(span(link, { href: link })), paragraph(span(text.publish))],
		};
	},
};
