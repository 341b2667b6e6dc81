import type { CommandContext } from "../context.js";
import { actorOf } from "../context.js";
import { deliverLeased, deliverNow } from "../notices/deliver-notice.js";
import { moderationCardNotice } from "../notices/notice.js";
import { paragraph, type Reply, span } from "../reply.js";
import { titleFor } from "../statements/language-version.js";
import { listedOf } from "../statements/published-list-cache.js";
import { listedSignatories, signatoryLine } from "../statements/signatory-list.js";
import type { Statement } from "../statements/statement.js";
import { type UserError, userError } from "../user-error.js";
import { type Adherence, actorKey, type Submission, submissionSchema } from "./adherence.js";
import type { AdherenceConversation } from "./adherence-flow.js";
import { checkDuplicate, type DuplicateVerdict } from "./duplicate-check.js";
import { loadPublishedList, prepareListAfterChange } from "./load-published-list.js";
import { identityKeys } from "./normalize-name.js";

/**
 * Where an organization stands against the published list: the verdict, and when it is already on
 * it, the "already signed as No. 17 …" reply.
 */
async function againstTheList(
	statement: Statement,
	signatory: { name: string; abbreviation?: string; country?: string },
	context: CommandContext,
): Promise<{ verdict: DuplicateVerdict; alreadySigned?: Reply }> {
	const list = await loadPublishedList(context.deps, statement);
	const cache = context.deps.publishedLists;
	const verdict = checkDuplicate(signatory, listedOf(cache, list, context.locale), cache?.duplicates);
	if (verdict.kind !== "duplicate") return { verdict };
	const line = signatoryLine({ ...signatory, kind: "organization" }, context.locale);
	const title = titleFor(statement, context.locale);
	return {
		verdict,
		alreadySigned: {
			blocks: [paragraph(span(context.text.adherence.alreadySigned(line, title, verdict.match.label)))],
		},
	};
}

/** "Already signed as No. 17 …" when the organization is on the list, before anything is written. */
export async function alreadyListedReply(
	statement: Statement,
	signatory: { name: string; abbreviation?: string; country?: string },
	context: CommandContext,
): Promise<Reply | undefined> {
	return (await againstTheList(statement, signatory, context)).alreadySigned;
}

/** What became of a sent adherence, for a page that shows more than the chat's one sentence. */
export type SentAdherence =
	| { kind: "received" | "signed" | "already-pending"; number: number; reply: Reply }
	| { kind: "already-signed"; number?: number; reply: Reply };

/**
 * Sends a confirmed adherence: checked against the list (an organization already on it is told so
 * and nothing is added; a near match goes to the organizers flagged), then written with its audit
 * entry in one atomic step. The reply comes only after Redis has the record.
 *
 * `conversationId` is the conversation that ends with the submission, in its one write (or here
 * when nothing is written). Made from this process's copy of it, the write checks the copy is
 * current; when it is not, nothing is written and the answer is `stale-conversation`, for the
 * caller to read it and send again. `forceModeration` holds an adherence for the organizers even
 * on an open statement: the web form uses it when no proof of work came with it.
 */
export async function sendAdherence(
	statement: Statement,
	conversation: AdherenceConversation,
	context: CommandContext,
	options: { forceModeration: boolean },
): Promise<SentAdherence | UserError>;
export async function sendAdherence(
	statement: Statement,
	conversation: AdherenceConversation,
	context: CommandContext,
	options: { conversationId: string },
): Promise<SentAdherence | UserError | "stale-conversation">;
export async function sendAdherence(
	statement: Statement,
	conversation: AdherenceConversation,
	context: CommandContext,
	options: { forceModeration?: boolean; conversationId?: string },
): Promise<SentAdherence | UserError | "stale-conversation"> {
	const text = context.text.adherence;
	const title = titleFor(statement, context.locale);
	const submission: Submission = submissionSchema.parse({
		name: conversation.name,
		abbreviation: conversation.abbreviation ?? undefined,
		country: conversation.country,
		kind: conversation.kind,
		contactEmail: conversation.contactEmail ?? undefined,
	});
	const line = signatoryLine(submission, context.locale);
	const { verdict, alreadySigned } = await againstTheList(statement, submission, context);
	if (alreadySigned) {
		if (options.conversationId !== undefined) await context.deps.conversations.delete(options.conversationId);
		return { kind: "already-signed", reply: alreadySigned };
	}

	const actor = actorOf(context);
	const open = statement.adherencePolicy === "open" && verdict.kind === "none" && !options.forceModeration;
	const now = context.deps.now().toISOString();
	const draft: Omit<Adherence, "number"> = {
		statementId: statement.id,
		submission,
		status: open ? "approved" : "pending",
		submittedBy: actor,
		submittedAt: now,
		...(open ? { decidedAt: now, decidedBy: actor } : {}),
		...(verdict.kind === "near" ? { possibleDuplicateOf: verdict.match.label } : {}),
	};
	const outcome = await context.deps.adherences.submit(
		draft,
		identityKeys(submission),
		{
			key: actorKey(actor),
			limit: context.deps.submissionsPerHour,
			windowSeconds: 3600,
		},
		options.conversationId,
	);
	if (outcome.kind === "stale-conversation") return "stale-conversation";
	if (outcome.kind === "rate-limited") return userError("rateLimited", context.deps.submissionsPerHour);
	if (outcome.kind === "duplicate") {
		const existing = await context.deps.adherences.get(statement.id, outcome.number);
		if (existing?.status === "pending" && actorKey(existing.submittedBy) === actorKey(actor)) {
			// The same person sending it again, most likely because the first "Received" never reached
			// them: it is theirs, received; and its card goes out now if it never did. As with a first card,
			// the member does not wait on the organizers' chat, which may be the one not answering.
			const card = moderationCardNotice(statement.id, existing.number);
			await context.deps.outbox.ensure(card);
			void deliverNow(card, context.deps);
			return {
				kind: "received",
				number: existing.number,
				reply: {
					blocks: [
						paragraph(span(text.received(signatoryLine(existing.submission, context.locale), title, existing.number))),
					],
				},
			};
		}
		if (existing?.status === "pending")
			return {
				kind: "already-pending",
				number: outcome.number,
				reply: { blocks: [paragraph(span(text.alreadyPending(title, outcome.number)))] },
			};
		const place = listedSignatories(await loadPublishedList(context.deps, statement), context.locale).find(
			(entry) => entry.ref === `adherence:${outcome.number}`,
		);
		return {
			kind: "already-signed",
			number: outcome.number,
			reply: { blocks: [paragraph(span(text.alreadySigned(line, title, place?.label ?? `#${outcome.number}`)))] },
		};
	}
	const adherence = outcome.adherence;
	if (adherence.status === "approved") {
		prepareListAfterChange(context.deps, statement);
		return { kind: "signed", number: adherence.number, reply: { blocks: [paragraph(span(text.signed(line, title)))] } };
	}
	// The card was written to the outbox with the record. It is sent as the reply is, not before it: the member
	// does not wait on a message to the organizers' chat, nor on its retry being booked when that fails.
	void deliverLeased(moderationCardNotice(statement.id, adherence.number), context.deps, { adherence, statement });
	return {
		kind: "received",
		number: adherence.number,
		reply: { blocks: [paragraph(span(text.received(line, title, adherence.number)))] },
	};
}
