import { z } from "zod";
import { campaignOfStatement } from "../campaigns/statement-campaign.js";
import { heading, paragraph, span } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import { isUserError } from "../user-error.js";
import { defineCommand } from "./command.js";
import { statementIdParameter } from "./parameters.js";

export const linkCommand = defineCommand({
	name: "link",
	aliases: ["enlace"],
	description: {
		en: "The link to publish so that organizations can sign a statement",
		es: "El enlace que publicar para que las organizaciones firmen una declaración",
	},
	parameters: z.object({ id: statementIdParameter }),
	role: "organizer",
	campaignOf: campaignOfStatement,
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "published", context);
		if (isUserError(statement)) return statement;
		const text = context.text.link;
		const title = titleFor(statement, context.locale);
		const link = context.deps.links.linkFor(context.origin.platform, statement.id);
		const webLink = context.deps.links.linkFor("web", statement.id);
		const webBlocks = webLink ? [paragraph(span(text.webPage)), paragraph(span(webLink, { href: webLink }))] : [];
		if (!link)
			return {
				blocks: [
					heading(text.heading(title)),
					...(webLink ? [] : [paragraph(span(text.noLinkHere(`/adhere ${statement.id}`)))]),
					...webBlocks,
				],
			};
		return {
			blocks: [
				heading(text.heading(title)),
				paragraph(span(link, { href: link })),
				paragraph(span(text.publish)),
				...webBlocks,
			],
		};
	},
});
