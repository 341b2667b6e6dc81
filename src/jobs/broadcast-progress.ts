import { messages } from "../core/i18n/messages.js";
import type { ChatSender } from "../core/ports.js";
import { paragraph, span } from "../core/reply.js";
import type { Platform } from "../core/request.js";
import type { Broadcast } from "./broadcast.js";
import type { BroadcastLedger, BroadcastStats } from "./broadcast-ledger.js";

/** Thousands of sends each could edit it; the platforms would rate-limit the organizer's chat. */
const progressEditEveryMs = 2000;

export interface ProgressDependencies {
	ledger: BroadcastLedger;
	senders: ReadonlyMap<Platform, ChatSender>;
}

/**
 * Once the fan-out knows the audience: the organizer's progress message, "0 sent of N" (or what
 * is sent by then), remembered so sends can edit it. Sends that finished before it was remembered
 * could not edit it, so when sends are under way it is brought up to date at once.
 */
export async function sendProgressMessage(
	broadcast: Broadcast,
	sendsUnderWay: boolean,
	deps: ProgressDependencies,
): Promise<void> {
	const requester = broadcast.requestedBy;
	if (!requester || broadcast.progress) return;
	const text = messages(requester.locale ?? "en").broadcasts;
	const stats = await deps.ledger.stats(broadcast.id);
	const sent = await deps.senders.get(requester.platform)?.send(requester.chatId, {
		blocks: [paragraph(span(text.progress(stats.sent, stats.failed, stats.gone, stats.total)))],
	});
	if (sent?.kind === "sent" && sent.messageId) {
		const progress = { platform: requester.platform, chatId: requester.chatId, messageId: sent.messageId };
		await deps.ledger.setProgress(broadcast.id, progress);
		if (sendsUnderWay) await updateProgress({ ...broadcast, progress }, deps);
	}
}

const isDone = (stats: BroadcastStats) => stats.sent + stats.failed + stats.gone >= stats.total;

/**
 * After a send's outcome: the progress message shows the counts, throttled unless the broadcast is
 * done. Edits from several workers can land out of order, so one that showed a running count looks
 * again afterwards and shows "done" if the last outcome came meanwhile. A "done" edit that fails
 * throws: the send job is retried, finds its outcome recorded, and edits again.
 */
export async function updateProgress(
	broadcast: Broadcast,
	deps: ProgressDependencies,
	counted?: BroadcastStats,
): Promise<void> {
	if (!broadcast.requestedBy) return;
	// The progress message may have been sent after this worker first read the broadcast.
	const progress = broadcast.progress ?? (await deps.ledger.get(broadcast.id))?.progress;
	if (!progress) return;
	const text = messages(broadcast.requestedBy?.locale ?? "en").broadcasts;
	const edit = async (stats: BroadcastStats) => {
		const line = isDone(stats)
			? text.progressDone(stats.sent, stats.total)
			: text.progress(stats.sent, stats.failed, stats.gone, stats.total);
		const edited = await deps.senders
			.get(progress.platform)
			?.edit(progress.chatId, progress.messageId, { blocks: [paragraph(span(line))] });
		if (edited === false && isDone(stats)) throw new Error(`could not show broadcast ${broadcast.id} as done`);
	};
	const stats = counted ?? (await deps.ledger.stats(broadcast.id));
	if (isDone(stats)) return edit(stats);
	if (!(await deps.ledger.mayEditProgress(broadcast.id, progressEditEveryMs))) return;
	await edit(stats);
	const after = await deps.ledger.stats(broadcast.id);
	if (isDone(after)) await edit(after);
}
