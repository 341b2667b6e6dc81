import { z } from "zod";
import { campaignOfStatement } from "../campaigns/statement-campaign.js";
import type { CommandContext } from "../context.js";
import { requesterKey } from "../context.js";
import { paragraph, span } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import type { StatementStatus } from "../statements/statement.js";
import { isUserError, userError } from "../user-error.js";
import { type CommandDefinition, defineCommand } from "./command.js";
import { statementIdParameter } from "./parameters.js";

function statusCommand(
	name: string,
	alias: string,
	description: CommandDefinition["description"],
	from: readonly StatementStatus[],
	to: StatementStatus,
	say: (context: CommandContext, title: string) => string,
): CommandDefinition {
	return defineCommand({
		name,
		aliases: [alias],
		description,
		parameters: z.object({ id: statementIdParameter }),
		role: "organizer",
		campaignOf: campaignOfStatement,
		async run(args, context) {
			// Drafts are found here: publishing one is the point.
			const statement = await findStatement(context.deps.statements, args.id, "with-drafts", context);
			if (isUserError(statement)) return statement;
			const title = titleFor(statement, context.locale);
			if (!from.includes(statement.status)) {
				return userError("statementStatusUnchanged", title, context.text.statements.status[statement.status]);
			}
			const now = context.deps.now().toISOString();
			await context.deps.statementState.setStatus(statement.id, to, {
				who: requesterKey(context),
				at: now,
			});
			return { blocks: [paragraph(span(say(context, title)))] };
		},
	});
}

export const openCommand = statusCommand(
	"open",
	"abrir",
	{
		en: "Publish a draft or reopen a statement: it takes signatures",
		es: "Publica un borrador o reabre una declaración: admite firmas",
	},
	["draft", "closed"],
	"open",
	(context, title) => context.text.statementStatus.opened(title),
);

export const closeCommand = statusCommand(
	"close",
	"cerrar",
	{ en: "Close a statement: it takes no more signatures", es: "Cierra una declaración: no admite más firmas" },
	["open"],
	"closed",
	(context, title) => context.text.statementStatus.closed(title),
);
