import { Queue } from "bullmq";
import type { RedisOptions } from "ioredis";
import type { Platform } from "../core/request.js";
import { type Broadcast, fanOutJobSchema } from "./broadcast.js";
import { bullQueueConnection, closeBullPart } from "./bull-connection.js";
import { bullPrefix, queueNames } from "./queue-names.js";

/** The platforms a broadcast can reach; the console has no chats to send to. */
export const broadcastPlatforms = ["telegram", "discord"] as const satisfies readonly Platform[];

export interface BroadcastQueues {
	broadcasts: Queue;
	planner: Queue;
	send: Map<Platform, Queue>;
	close(): Promise<void>;
}

export function createBroadcastQueues(options: RedisOptions): BroadcastQueues {
	const connection = bullQueueConnection(options);
	const send = new Map(
		broadcastPlatforms.map((platform) => [
			platform,
			new Queue(queueNames.send(platform), { connection, prefix: bullPrefix }),
		]),
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
