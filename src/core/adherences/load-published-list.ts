import type { CoreDependencies } from "../context.js";
import { listedOf } from "../statements/published-list-cache.js";
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

/**
 * After a decision, or a signature approved at once, makes the new list and its listed entries (in the
 * deployment's language) once the reply has gone, off any request's path: the next submission's duplicate
 * check then finds them made instead of making them, some 0.6 ms on a list of 500. It waits for the
 * repository to bring its copy of the records up to date, and reads nothing itself. A decision that leaves
 * the list as it was costs a comparison. Nothing is lost when it fails or comes late: a request makes
 * whatever it does not find.
 */
export function prepareListAfterChange(
	deps: Pick<CoreDependencies, "adherences" | "statementState" | "publishedLists" | "defaultLocale">,
	statement: Statement,
): void {
	const cache = deps.publishedLists;
	if (!cache) return;
	setImmediate(() => {
		deps.adherences
			.caughtUp(statement.id)
			.then(() => loadPublishedList(deps, statement))
			.then((list) => listedOf(cache, list, deps.defaultLocale))
			.catch(() => undefined);
	});
}
