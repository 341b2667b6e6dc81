import { distance } from "fastest-levenshtein";
import type { StatementRepository } from "../ports.js";
import { type UserError, userError } from "../user-error.js";
import type { Statement } from "./statement.js";

const maxSuggestions = 3;

/** Ids that look like what was typed: containing it, contained in it, or a few typos away. */
export function closestIds(typed: string, ids: readonly string[]): string[] {
	const query = typed.trim().toLowerCase();
	if (query === "") return [];
	const tolerance = Math.max(2, Math.floor(query.length * 0.4));
	return ids
		.map((id) => {
			const contains = id.includes(query) || query.includes(id);
			const words = id.split("-");
			const wordDistance = Math.min(...words.map((word) => distance(word, query)));
			return { id, score: contains ? 0 : Math.min(distance(id, query), wordDistance + 1) };
		})
		.filter((candidate) => candidate.score <= tolerance)
		.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
		.slice(0, maxSuggestions)
		.map((candidate) => candidate.id);
}

/**
 * The statement with this id, or the error that tells the user which ids come close. Drafts are
 * hidden from members; organizers, who review them, may ask for them.
 */
export async function findStatement(
	repository: StatementRepository,
	id: string,
	options: { includeDrafts?: boolean } = {},
): Promise<Statement | UserError> {
	const statement = await repository.get(id);
	if (statement && (statement.status !== "draft" || options.includeDrafts)) return statement;
	const ids = (await repository.list()).filter((candidate) => candidate.status !== "draft").map((s) => s.id);
	const suggestions = closestIds(id, ids);
	return suggestions.length > 0
		? userError("unknownStatementSuggest", id, suggestions.join(", "))
		: userError("unknownStatement", id);
}
