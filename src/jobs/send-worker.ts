import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { ChatRepository } from "../core/ports.js";
import type { Platform } from "../core/request.js";
import type { Logger } from "../logger.js";
import { type SendJob, sendJobSchema } from "./broadcast.js";
import type { BroadcastCache } from "./broadcast-cache.js";
import type { RecordedOutcome } from "./broadcast-ledger.js";
import { type ProgressDependencies, updateProgress } from "./broadcast-progress.js";
import { type BroadcastQueues, type SendLane, telegramPaidRate } from "./broadcast-queues.js";

export interface SendDependencies extends ProgressDependencies {
	queues: BroadcastQueues;
	chats: ChatRepository;
	logger: Logger;
	/** Sends a second per platform, kept by the pace in the ledger's step before each send. */
	rates: Readonly<Record<Exclude<Platform, "web">, number>>;
	/** Sends a second in Telegram's paid lane; Telegram's ceiling (1,000) when absent. */
	paidRate?: number;
}

/** The sends a second a lane keeps to: its platform's rate, or the paid ceiling for paid broadcasts. */
export const laneRate = (lane: SendLane, deps: Pick<SendDependencies, "rates" | "paidRate">): number =>
	lane.paid ? (deps.paidRate ?? telegramPaidRate) : deps.rates[lane.platform];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether this attempt is the job's last: BullMQ counts the attempts that failed before it. */
const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/**
 * One message to one chat. The ledger is read before and written after, with the counts in the
 * same atomic step, so a retry or a restart after a crash neither sends again nor counts twice;
 * only a send in flight at the moment of a crash can repeat (Discord's nonce catches even that).
 * A failure is recorded here, by the attempt that gives up, not by an event a crash could skip.
 * The read before also gives the send its place in the platform's pace: the sends of every worker
 * leave evenly spaced at the rate, so no sliding second holds more than the platform allows.
 */
export async function send(job: Job, deps: SendDependencies, cache: BroadcastCache, lane: SendLane): Promise<string> {
	const data = sendJobSchema.parse(job.data);
	const broadcast = await cache.broadcast(data.broadcastId);
	const sender = deps.senders.get(data.platform);
	if (!sender || data.platform !== lane.platform) throw new Error(`no ${data.platform} sender in this worker`);
	const rate = laneRate(lane, deps);
	const before = await deps.ledger.beforeSend(data.broadcastId, data.platform, data.chatId, rate, lane.name);
	if ("recorded" in before) {
		// A crash may have come between the record and the progress edit: make the edit now.
		await updateProgress(broadcast, deps);
		return `already ${before.recorded}`;
	}
	const message = await cache.message(broadcast, data.language);
	if (before.waitMs >= 1) await wait(before.waitMs);
	// The lane carries the broadcast's paid choice: a paid lane's sends go with allow_paid_broadcast.
	const outcome = await sender.send(data.chatId, message, `${data.broadcastId}:${data.chatId}`, {
		paid: lane.paid,
	});
	if (outcome.kind === "sent") return settle(data, "sent", deps, cache);
	if (outcome.kind === "rate-limited") {
		// The whole queue waits, on every worker; this job goes back and does not use up an attempt.
		await deps.queues.send.get(lane.name)?.rateLimit(outcome.retryAfterMs);
		throw Worker.RateLimitError();
	}
	if (outcome.kind === "gone") {
		await deps.chats.unsubscribe(data.platform, data.chatId);
		deps.logger.info({ platform: data.platform, chat: data.chatId, reason: outcome.reason }, "chat gone: unsubscribed");
		return settle(data, "gone", deps, cache);
	}
	if (outcome.retryable && !isLastAttempt(job)) throw new Error(outcome.reason);
	await settle(data, "failed", deps, cache);
	throw new UnrecoverableError(outcome.reason);
}

async function settle(
	data: SendJob,
	outcome: RecordedOutcome,
	deps: SendDependencies,
	cache: BroadcastCache,
): Promise<RecordedOutcome> {
	const stats = await deps.ledger.record(data.broadcastId, data.platform, data.chatId, outcome);
	await updateProgress(await cache.broadcast(data.broadcastId), deps, stats);
	return outcome;
}

/**
 * Called on every failed attempt. A send that failed for good was recorded by its last attempt;
 * this catches what ended without one (an error thrown before the send, a job stalled too often),
 * and recording twice counts once.
 */
export function countFinalFailure(
	job: Job | undefined,
	error: Error,
	platform: Platform,
	deps: SendDependencies,
): void {
	if (!job || !(error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) return;
	const data = sendJobSchema.safeParse(job.data);
	if (data.success) {
		const { broadcastId, chatId } = data.data;
		void (async () => {
			if (await deps.ledger.outcomeOf(broadcastId, platform, chatId)) return;
			const stats = await deps.ledger.record(broadcastId, platform, chatId, "failed");
			const broadcast = await deps.ledger.get(broadcastId);
			if (broadcast) await updateProgress(broadcast, deps, stats);
		})().catch((failure) => deps.logger.warn({ err: failure, jobId: job.id }, "could not record a failed send"));
	}
	deps.logger.warn({ err: error, platform, jobId: job.id }, "send failed for good");
}
