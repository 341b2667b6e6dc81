import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { ChatRepository } from "../core/ports.js";
import type { Platform } from "../core/request.js";
import type { Logger } from "../logger.js";
import { sendJobSchema } from "./broadcast.js";
import type { BroadcastCache } from "./broadcast-cache.js";
import { type ProgressDependencies, updateProgress } from "./broadcast-progress.js";
import type { BroadcastQueues } from "./broadcast-queues.js";

export interface SendDependencies extends ProgressDependencies {
	queues: BroadcastQueues;
	chats: ChatRepository;
	logger: Logger;
}

/**
 * One message to one chat. The ledger is read before and written after, so a retry or a
 * restart after a crash does not send again; only a send in flight at the moment of a crash
 * can repeat (Discord's nonce catches even that).
 */
export async function send(job: Job, deps: SendDependencies, cache: BroadcastCache): Promise<string> {
	const data = sendJobSchema.parse(job.data);
	const broadcast = await cache.broadcast(data.broadcastId);
	if (await deps.ledger.isDelivered(data.broadcastId, data.platform, data.chatId)) return "already delivered";
	const sender = deps.senders.get(data.platform);
	if (!sender) throw new Error(`no ${data.platform} sender in this worker`);
	const message = await cache.message(broadcast, data.language);
	const outcome = await sender.send(data.chatId, message, `${data.broadcastId}:${data.chatId}`);
	if (outcome.kind === "sent") {
		await deps.ledger.markDelivered(data.broadcastId, data.platform, data.chatId);
		await deps.ledger.count(data.broadcastId, "sent");
		await updateProgress(broadcast, deps, false);
		return "sent";
	}
	if (outcome.kind === "rate-limited") {
		// The whole queue waits, on every worker; this job goes back and does not use up an attempt.
		await deps.queues.send.get(data.platform)?.rateLimit(outcome.retryAfterMs);
		throw Worker.RateLimitError();
	}
	if (outcome.kind === "gone") {
		await deps.chats.unsubscribe(data.platform, data.chatId);
		await deps.ledger.count(data.broadcastId, "gone");
		await updateProgress(broadcast, deps, false);
		deps.logger.info({ platform: data.platform, chat: data.chatId, reason: outcome.reason }, "chat gone: unsubscribed");
		return "gone";
	}
	if (!outcome.retryable) throw new UnrecoverableError(outcome.reason);
	throw new Error(outcome.reason);
}

/** Called on every failed attempt; counts the send as failed only once BullMQ gives up on it. */
export function countFinalFailure(
	job: Job | undefined,
	error: Error,
	platform: Platform,
	deps: SendDependencies,
): void {
	if (!job || !(error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) return;
	const data = sendJobSchema.safeParse(job.data);
	if (data.success) {
		void deps.ledger.count(data.data.broadcastId, "failed").then(async () => {
			const broadcast = await deps.ledger.get(data.data.broadcastId);
			if (broadcast) await updateProgress(broadcast, deps, false);
		});
	}
	deps.logger.warn({ err: error, platform, jobId: job.id }, "send failed for good");
}
