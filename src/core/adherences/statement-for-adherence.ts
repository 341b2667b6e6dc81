import type { Locale } from "../i18n/locale.js";
import type { StatementRepository } from "../ports.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import type { Statement } from "../statements/statement.js";
import { isUserError, type UserError, userError } from "../user-error.js";

/** The statement if it takes signatures now; otherwise the reply that says why not. */
export async function statementForAdherence(
	statements: StatementRepository,
	id: string,
	locale: Locale,
): Promise<Statement | UserError> {
	// Drafts are found, to be told apart from an unknown id.
	const statement = await findStatement(statements, id, { includeDrafts: true });
	if (isUserError(statement)) return statement;
	if (statement.status === "draft") return userError("statementDraft", id);
	if (statement.status === "closed") return userError("statementClosed", titleFor(statement, locale));
	if (statement.status === "voting") return userError("statementVoting", titleFor(statement, locale));
	return statement;
}
