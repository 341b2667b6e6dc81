import type { CoreDependencies } from "../context.js";
import { type PublishedList, publishedList } from "../statements/signatory-list.js";
import type { Statement } from "../statements/statement.js";

/** The list as it stands now: the document's signatories, approved adherences, and the published date. */
export async function loadPublishedList(
	deps: Pick<CoreDependencies, "adherences" | "statementState" | "publishedLists">,
	statement: Statement,
): Promise<PublishedList> {
	const [adherences, asOf] = await Promise.all([
		deps.adherences.list(statement.id),
		deps.statementState.asOf(statement.id),
	]);
	return deps.publishedLists?.list(statement, adherences, asOf) ?? publishedList(statement, adherences, asOf);
}
