import type { CommandContext } from "../context.js";
import { findStatement } from "../statements/find-statement.js";
import { isUserError, type UserError } from "../user-error.js";

/** The campaign of the statement a command names: whose organizers may act on it, drafts included. */
export async function campaignOfStatement(args: { id: string }, context: CommandContext): Promise<string | UserError> {
	const statement = await findStatement(context.deps.statements, args.id, "with-drafts", context);
	return isUserError(statement) ? statement : statement.campaign;
}
