import type { Adherence } from "../adherences/adherence.js";
import type { CoreDependencies } from "../context.js";
import { type PublishedList, publishedList } from "../statements/signatory-list.js";
import type { Statement } from "../statements/statement.js";

/**
 * Lists made from an adherence list the repository hands out. It hands out the same array until a
 * record changes, so a list is made once per change and statement, not once per request: every
 * /signatories and every submission's duplicate check reads it. Keyed weakly on that array, the
 * entries go when the repository drops it, so this holds no state of its own.
 */
const made = new WeakMap<readonly Adherence[], Map<Statement, { asOf: string | undefined; list: PublishedList }>>();

/** The list as it stands now: the document's signatories, approved adherences, and the published date. */
export async function loadPublishedList(
	deps: Pick<CoreDependencies, "adherences" | "statementState">,
	statement: Statement,
): Promise<PublishedList> {
	const [adherences, asOf] = await Promise.all([
		deps.adherences.list(statement.id),
		deps.statementState.asOf(statement.id),
	]);
	let byStatement = made.get(adherences);
	if (!byStatement) {
		byStatement = new Map();
		made.set(adherences, byStatement);
	}
	const cached = byStatement.get(statement);
	if (cached && cached.asOf === asOf) return cached.list;
	const list = publishedList(statement, adherences, asOf);
	if (byStatement.size > 50) byStatement.clear();
	byStatement.set(statement, { asOf, list });
	return list;
}
