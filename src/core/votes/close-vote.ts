import type { Actor } from "../adherences/adherence.js";
import { identityKeys } from "../adherences/normalize-name.js";
import type { CoreDependencies } from "../context.js";
import { messages } from "../i18n/messages.js";
import { paragraph, type Reply, span } from "../reply.js";
import { titleFor } from "../statements/language-version.js";
import type { VoteResult } from "./vote.js";
import { countVote } from "./vote-rule.js";

export type CloseOutcome = { kind: "closed"; result: VoteResult } | { kind: "already-closed" } | { kind: "no-vote" };

export function resultReply(title: string, result: VoteResult, locale: Actor["locale"]): Reply {
	const text = messages(locale ?? "en").vote;
	const counts = [result.approve, result.attending, result.reject, result.abstain, result.notVoted] as const;
	const blocks = [
		paragraph(
			span(result.adopted ? text.adopted(title, ...counts) : text.notAdopted(title, ...counts), { bold: true }),
		),
	];
	if (!result.quorumMet) blocks.push(paragraph(span(text.quorumMissed(result.attending, result.members))));
	return { blocks };
}

/**
 * Closes a vote once, whoever asks (an organizer, the deadline job, two workers at the same
 * time): ballots stop, the count is made, an adopted draft opens for signatures with the
 * approving organizations as its first signatories, and the one caller that finishes it
 * announces the result in the chat where the vote was opened. Every step may be repeated, so
 * a closer that crashed half way is finished by the next.
 */
export async function closeVote(deps: CoreDependencies, statementId: string, closedBy: string): Promise<CloseOutcome> {
	const frozen = await deps.votes.freeze(statementId);
	if (frozen !== "frozen") return { kind: frozen };
	const vote = await deps.votes.get(statementId);
	if (!vote) return { kind: "no-vote" };
	const now = deps.now().toISOString();
	const result = countVote(vote, await deps.votes.ballots(statementId), closedBy, now);
	if (result.adopted) {
		const approving = new Set(
			(await deps.votes.ballots(statementId))
				.filter((b) => b.choice === "approve" && vote.attending.includes(b.organization))
				.map((b) => b.organization),
		);
		const roll = (await deps.roll.list()).filter((member) => approving.has(member.id));
		for (const member of roll) {
			const submission = {
				name: member.name,
				...(member.abbreviation ? { abbreviation: member.abbreviation } : {}),
				country: member.country,
				kind: "organization" as const,
			};
			// Identity keys make a repeat (a second closer, a retry) a no-op rather than a second signature.
			await deps.adherences.submit(
				{
					statementId,
					submission,
					status: "approved",
					submittedBy: vote.openedBy,
					submittedAt: now,
					decidedBy: vote.openedBy,
					decidedAt: now,
				},
				identityKeys(submission),
				{ key: `vote:${statementId}`, limit: 1_000_000, windowSeconds: 60 },
			);
		}
		await deps.statementState.setStatus(statementId, "open", { who: closedBy, at: now });
	} else {
		await deps.statementState.setStatus(statementId, "draft", { who: closedBy, at: now });
	}
	if (!(await deps.votes.finish(statementId, result))) return { kind: "already-closed" };
	const statement = await deps.statements.get(statementId);
	const locale = vote.openedBy.locale ?? deps.defaultLocale;
	// The vote is closed whatever happens to the announcement; the notifier logs what went wrong.
	await deps.notifier
		.notifyUser(vote.openedBy, resultReply(statement ? titleFor(statement, locale) : statementId, result, locale))
		.catch(() => undefined);
	return { kind: "closed", result };
}
