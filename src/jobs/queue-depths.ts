import type { Queue } from "bullmq";
import type { BroadcastQueues } from "./broadcast-queues.js";

export interface QueueDepth {
	queue: string;
	state: string;
	count: number;
}

const states = ["waiting", "active", "delayed", "failed", "prioritized"] as const;

/** Jobs per queue and state, for /metrics: a growing `waiting` means the workers fall behind. */
export async function queueDepths(queues: BroadcastQueues): Promise<QueueDepth[]> {
	const all: Queue[] = [queues.broadcasts, queues.planner, ...queues.send.values()];
	const counts = await Promise.all(all.map(async (queue) => ({ queue, counts: await queue.getJobCounts(...states) })));
	return counts.flatMap(({ queue, counts: byState }) =>
		Object.entries(byState).map(([state, count]) => ({ queue: queue.name, state, count })),
	);
}
