import { Worker } from "bullmq";
import type { RedisOptions } from "ioredis";
import { BroadcastCache } from "./broadcast-cache.js";
import type { BroadcastMessageSources } from "./broadcast-message.js";
import { sendLanes } from "./broadcast-queues.js";
import { bullConnection, closeBullPart } from "./bull-connection.js";
import type { BullReminderPlanner } from "./bull-reminder-planner.js";
import { type FanOutDependencies, fanOut } from "./fan-out-worker.js";
import { bullPrefix, queueNames } from "./queue-names.js";
import { countFinalFailure, laneRate, type SendDependencies, send } from "./send-worker.js";

export interface BroadcastWorkerDependencies extends FanOutDependencies, SendDependencies {
	statements: BroadcastMessageSources["statements"];
	/** Where BullMQ connects; it opens connections of its own. */
	options: RedisOptions;
	planner: Pick<BullReminderPlanner, "replan" | "keepPlanning">;
}

export interface BroadcastWorkers {
	close(): Promise<void>;
}

/** The fan-out, planner and send workers of one process; they share one cache, dropped with them. */
export function startBroadcastWorkers(deps: BroadcastWorkerDependencies): BroadcastWorkers {
	const connection = bullConnection(deps.options);
	const cache = new BroadcastCache(deps.ledger, deps);
	const workers: Worker[] = [];
	workers.push(
		new Worker(queueNames.broadcasts, (job) => fanOut(job, deps), {
			connection,
			prefix: bullPrefix,
			concurrency: 2,
			maxStalledCount: 10,
		}),
	);
	workers.push(
		new Worker(queueNames.reminderPlanner, () => deps.planner.replan(), {
			connection,
			prefix: bullPrefix,
			concurrency: 1,
		}),
	);
	for (const lane of sendLanes) {
		const { platform } = lane;
		if (!deps.senders.has(platform)) continue;
		const rate = laneRate(lane, deps);
		const worker = new Worker(queueNames.send(lane.name), (job) => send(job, deps, cache, lane), {
			connection,
			prefix: bullPrefix,
			// A tenth of a second's worth in flight: enough to keep the pace while each send waits on
			// Redis's fsyncs and the platform's answer; 200 keep two cores busy with the limit lifted.
			concurrency: Math.min(200, Math.max(5, Math.ceil(rate / 10))),
			// The pace in the ledger's step spaces the sends (send-worker.ts). BullMQ's limiter, at
			// twice the rate, is a net that never binds while the pace holds; it is what makes a 429's
			// pause (queue.rateLimit) hold every worker of the queue.
			limiter: { max: Math.max(2, Math.round(rate / 5)), duration: 100 },
			// A worker that dies (SIGKILL, a lost machine) gives its jobs back within seconds, not a minute.
			lockDuration: 15_000,
			stalledInterval: 5_000,
			// A send stalls only when its worker dies; several crashes in a row must not fail it unsent.
			maxStalledCount: 10,
		});
		worker.on("failed", (job, error) => countFinalFailure(job, error, platform, deps));
		workers.push(worker);
	}
	for (const worker of workers)
		worker.on("error", (error) => deps.logger.warn({ err: error, queue: worker.name }, "worker error"));
	void deps.planner
		.keepPlanning()
		.catch((error) => deps.logger.warn({ err: error }, "could not schedule the reminder planner"));
	return {
		close: async () => {
			await Promise.all(workers.map(closeBullPart));
		},
	};
}
