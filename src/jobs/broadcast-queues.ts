import { Queue } from "bullmq";
import type { RedisOptions } from "ioredis";
import type { Platform } from "../core/request.js";
import { type Broadcast, fanOutJobSchema } from "./broadcast.js";
import { bullQueueConnection, closeBullPart } from "./bull-connection.js";
import { bullPrefix, queueNames } from "./queue-names.js";

/**
 * A send queue with its own pace: one per platform, and one more for Telegram's paid broadcasts,
 * which may go at up to 1,000 a second beside the free 30. Apart, a paid broadcast never waits
 * behind a free one's backlog, a free one keeps its own pace and concurrency, and a 429 on one
 * pauses only that one.
 */
export const sendLanes = [
	{ name: "telegram", platform: "telegram", paid: false },
	{ name: "telegram-paid", platform: "telegram", paid: true },
	{ name: "discord", platform: "discord", paid: false },
] as const satisfies readonly { name: string; platform: Platform; paid: boolean }[];
export type SendLane = (typeof sendLanes)[number];
export type SendLaneName = SendLane["name"];

/** Messages a second Telegram allows a bot's sends with allow_paid_broadcast. */
export const telegramPaidRate = 1000;

/** The lane a broadcast's sends to a platform go by: Telegram's paid one when the broadcast is paid. */
export function laneFor(platform: Platform, paid: boolean): SendLane | undefined {
	return sendLanes.find((lane) => lane.platform === platform && lane.paid === (platform === "telegram" && paid));
}

export interface BroadcastQueues {
	broadcasts: Queue;
	planner: Queue;
	send: Map<SendLaneName, Queue>;
	close(): Promise<void>;
}

export function createBroadcastQueues(options: RedisOptions): BroadcastQueues {
	const connection = bullQueueConnection(options);
	const send = new Map(
		sendLanes.map(({ name }) => [name, new Queue(queueNames.send(name), { connection, prefix: bullPrefix })]),
	);
	const broadcasts = new Queue(queueNames.broadcasts, { connection, prefix: bullPrefix });
	const planner = new Queue(queueNames.reminderPlanner, { connection, prefix: bullPrefix });
	return {
		broadcasts,
		planner,
		send,
		close: async () => {
			await Promise.all([broadcasts, planner, ...send.values()].map(closeBullPart));
		},
	};
}

const fanOutJobOptions = {
	removeOnComplete: 10_000,
	removeOnFail: 10_000,
	attempts: 5,
	backoff: { type: "exponential", delay: 1000 },
};

/** The fan-out job of a broadcast, delayed to its time; its id is the broadcast's, so adding it twice adds one. */
export async function scheduleFanOut(queues: BroadcastQueues, broadcast: Broadcast, now: Date): Promise<void> {
	await queues.broadcasts.add("fan-out", fanOutJobSchema.parse({ broadcastId: broadcast.id }), {
		...fanOutJobOptions,
		jobId: `fanout-${broadcast.id}`,
		delay: Math.max(0, new Date(broadcast.at).getTime() - now.getTime()),
	});
}
