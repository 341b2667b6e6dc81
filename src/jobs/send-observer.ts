import { QueueEvents } from "bullmq";
import type { RedisOptions } from "ioredis";
import type { Platform } from "../core/request.js";
import { sendLanes } from "./broadcast-queues.js";
import { bullConnection, closeBullPart } from "./bull-connection.js";
import { bullPrefix, queueNames } from "./queue-names.js";

export interface SendObservations {
	/** A send finished: sent, gone (the chat blocked or removed the bot), failed for good, already delivered. */
	send(platform: Platform, outcome: string): void;
	/** The platform answered 429: the job went back to the queue and the queue waits. */
	rateLimited(platform: Platform): void;
}

/**
 * Watches the send queues' event streams from outside the workers, so metrics need no hook in
 * the send path: a completed job's return value is its outcome, a final failure is "failed", and
 * a job moved from active back to waiting is a 429 (BullMQ's RateLimitError does that).
 */
export function observeSends(options: RedisOptions, observe: SendObservations): { close(): Promise<void> } {
	// Telegram's paid lane counts as Telegram: the metrics are per platform.
	const listeners = sendLanes.map(({ name, platform }) => {
		const events = new QueueEvents(queueNames.send(name), {
			connection: bullConnection(options),
			prefix: bullPrefix,
		});
		events.on("completed", ({ returnvalue }) => observe.send(platform, String(returnvalue ?? "sent")));
		events.on("failed", () => observe.send(platform, "failed"));
		events.on("waiting", ({ prev }) => {
			if (prev === "active") observe.rateLimited(platform);
		});
		events.on("error", () => {});
		return events;
	});
	return { close: async () => void (await Promise.all(listeners.map(closeBullPart))) };
}
