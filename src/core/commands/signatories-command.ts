import { z } from "zod";
import { loadPublishedList } from "../adherences/load-published-list.js";
import { heading } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import { listBlocksOf } from "../statements/published-list-cache.js";
import { isUserError } from "../user-error.js";
import { defineCommand } from "./command.js";
import { statementIdParameter } from "./parameters.js";

export const signatoriesCommand = defineCommand({
	name: "signatories",
	aliases: ["firmantes"],
	description: {
		en: "The numbered list of a statement's signatories",
		es: "La lista numerada de firmantes de una declaración",
	},
	parameters: z.object({ id: statementIdParameter }),
	role: "member",
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "for-role", context);
		if (isUserError(statement)) return statement;
		const list = await loadPublishedList(context.deps, statement);
		return {
			blocks: [
				heading(titleFor(statement, context.locale)),
				...listBlocksOf(context.deps.publishedLists, list, context.locale),
			],
		};
	},
});
