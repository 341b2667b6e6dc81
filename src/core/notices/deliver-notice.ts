import type { Adherence } from "../adherences/adherence.js";
import { adherenceLine, moderationCard } from "../adherences/moderation-card.js";
import type { CoreDependencies } from "../context.js";
import { messages } from "../i18n/messages.js";
import { paragraph, span } from "../reply.js";
import { titleFor } from "../statements/language-version.js";
import type { Statement } from "../statements/statement.js";
import { type Notice, type NoticeOutbox, noticeId } from "./notice.js";

export type NoticeDependencies = Pick<CoreDependencies, "statements" | "adherences" | "notifier" | "defaultLocale"> & {
	outbox: NoticeOutbox;
};

/** A notifier that cannot deliver now says when to try again this way (a platform's 429). */
const retryAfterOf = (error: unknown): number => {
	const ms = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
	return typeof ms === "number" && ms > 0 ? ms : 0;
};

/** The records a notice is about, as the change that wrote it left them. */
export interface NoticeRecords {
	adherence: Adherence;
	statement: Statement;
}

/**
 * Renders a notice from the records as they are now, in the submitter's language, and hands it to
 * the notifier. A card for an adherence no longer pending is not sent: the organizers decided.
 */
async function send(notice: Notice, deps: NoticeDependencies, written?: NoticeRecords): Promise<void> {
	const [adherence, statement] = written
		? [written.adherence, written.statement]
		: await Promise.all([
				deps.adherences.get(notice.statementId, notice.number),
				deps.statements.get(notice.statementId),
			]);
	if (!adherence || !statement) return;
	const locale = adherence.submittedBy.locale ?? deps.defaultLocale;
	const text = messages(locale).adherence;
	if (notice.kind === "moderation-card") {
		if (adherence.status !== "pending") return;
		const card = moderationCard(adherence, statement, { locale, text: messages(locale) });
		await deps.notifier.notifyOrganizers(statement.id, adherence.submittedBy, card);
		return;
	}
	const line = adherenceLine(adherence, { locale });
	const title = titleFor(statement, locale);
	const blocks =
		notice.decision === "approved"
			? [paragraph(span(text.toSubmitterApproved(line, title)))]
			: notice.decision === "rejected"
				? [paragraph(span(text.toSubmitterRejected(line, title)))]
				: [paragraph(span(text.toSubmitterWithdrawn(line, title)))];
	if (notice.decision === "rejected" && notice.reason)
		blocks.push(paragraph(span(text.toSubmitterReason(notice.reason))));
	await deps.notifier.notifyUser(adherence.submittedBy, { blocks });
}

/**
 * Delivers a notice already taken from the outbox and acknowledges it; on a failure it goes back
 * with a back-off, for this process or another to try again. Resolves false when it failed.
 * The acknowledgement is not waited for: it is written with others (see NoticeOutbox.delivered),
 * and until the lease ends nobody else takes the notice; should it be lost, the notice is sent
 * again (a repeat, never a loss).
 */
export async function deliverClaimed(
	notice: Notice,
	deps: NoticeDependencies,
	written?: NoticeRecords,
): Promise<boolean> {
	const id = noticeId(notice);
	try {
		await send(notice, deps, written);
	} catch (error) {
		await deps.outbox.retryLater(id, retryAfterOf(error));
		return false;
	}
	deps.outbox.delivered(id).catch(() => undefined);
	return true;
}

/**
 * Right after the change that wrote it, leased to this process in that same step: delivers it
 * without a claim of its own, so the request that made the change waits on one fsync, its own.
 * The change hands over the records it wrote, and the notice is rendered from them without reading
 * them back. Should an organizer decide in the instant between, the card's buttons answer that it
 * was already decided. It never rejects: a failure goes back to the outbox, so a caller need not wait.
 */
export async function deliverLeased(notice: Notice, deps: NoticeDependencies, written: NoticeRecords): Promise<void> {
	await deliverClaimed(notice, deps, written).catch(() => false);
}

/**
 * Right after the change that wrote it: delivers the notice now if nobody else has taken it, so a
 * card normally arrives with the reply. Whatever fails stays in the outbox for its worker.
 */
export async function deliverNow(notice: Notice, deps: NoticeDependencies): Promise<void> {
	try {
		const claimed = await deps.outbox.claim(noticeId(notice));
		if (claimed) await deliverClaimed(claimed, deps);
	} catch {
		// The change and its notice are on disk: the outbox worker delivers it when it can.
	}
}
