import type { CoreDependencies } from "../context.js";
import type { Locale } from "../i18n/locale.js";
import { titleFor } from "../statements/language-version.js";
import type { Statement } from "../statements/statement.js";
import { type ExportFormat, exportSignatories } from "./export-signatories.js";
import { loadPublishedList } from "./load-published-list.js";

/** A statement's list as it stands now, exported; contacts only where the caller is an organizer's tool. */
export async function exportStatementList(
	deps: Pick<CoreDependencies, "adherences" | "statementState">,
	statement: Statement,
	options: { format: ExportFormat; withContacts: boolean; locale: Locale },
): Promise<string> {
	const [list, adherences] = await Promise.all([
		loadPublishedList(deps, statement),
		deps.adherences.list(statement.id),
	]);
	return exportSignatories(
		{
			statementId: statement.id,
			title: titleFor(statement, options.locale),
			list,
			adherences: new Map(adherences.map((adherence) => [adherence.number, adherence])),
			withContacts: options.withContacts,
			locale: options.locale,
		},
		options.format,
	);
}
