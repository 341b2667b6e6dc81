import { distance } from "fastest-levenshtein";
import { type Access, organizesCampaign } from "../campaigns/access.js";
import type { Locale } from "../i18n/locale.js";
import type { StatementRepository } from "../ports.js";
import { type UserError, userError } from "../user-error.js";
import { titleFor } from "./language-version.js";
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
 * Which statements a request may reach:
 * - "published": any but drafts (what members read);
 * - "with-drafts": drafts too (organizers publishing, reviewing or putting one to a vote);
 * - "for-role": drafts for the organizers of their campaign only, hidden from everyone else;
 * - "taking-adherences": one that takes signatures now; a draft, a vote or a closed one says why not.
 */
export type StatementPolicy = "published" | "with-drafts" | "for-role" | "taking-adherences";

/**
 * The statement with this id under a policy, or the error that tells the user why not, with the
 * ids that come close when it is unknown. The one lookup every command uses.
 */
export async function findStatement(
	repository: StatementRepository,
	id: string,
	policy: StatementPolicy,
	reader: { access(): Promise<Access>; locale: Locale },
): Promise<Statement | UserError> {
	const statement = await repository.get(id);
	const draftsShown =
		policy === "with-drafts" ||
		policy === "taking-adherences" ||
		(policy === "for-role" &&
			statement?.status === "draft" &&
			organizesCampaign(await reader.access(), statement.campaign));
	if (statement && (statement.status !== "draft" || draftsShown)) {
		if (policy !== "taking-adherences" || statement.status === "open") return statement;
		if (statement.status === "draft") return userError("statementDraft", id);
		if (statement.status === "closed") return userError("statementClosed", titleFor(statement, reader.locale));
		return userError("statementVoting", titleFor(statement, reader.locale));
	}
	const ids = (await repository.list()).filter((candidate) => candidate.status !== "draft").map((s) => s.id);
	const suggestions = closestIds(id, ids);
	return suggestions.length > 0
		? userError("unknownStatementSuggest", id, suggestions.join(", "))
		: userError("unknownStatement", id);
}
