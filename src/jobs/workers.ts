import type { Worker } from "bullmq";
import type { Runtime } from "../runtime.js";
import { startBroadcastWorkers } from "./broadcast-jobs.js";
import { createPlatformSenders } from "./platform-senders.js";
import { startVoteDeadlineWorker } from "./vote-deadline-jobs.js";

export interface Workers {
	/** Lets jobs in progress finish, then stops taking new ones. */
	close(): Promise<void>;
}

/** Every BullMQ worker of the app, on the runtime's Redis. */
export function startWorkers(runtime: Runtime): Workers {
	const workers: Worker[] = [startVoteDeadlineWorker(runtime.redis.options, runtime.deps, runtime.logger)];
	const { config } = runtime;
	const senders = createPlatformSenders(config, runtime.deps.chats, runtime.logger);
	const broadcasts = startBroadcastWorkers({
		redis: runtime.redis.redis,
		options: runtime.redis.options,
		queues: runtime.broadcastQueues,
		store: runtime.broadcastStore,
		chats: runtime.deps.chats,
		days: runtime.deps.days,
		statements: runtime.deps.statements,
		senders,
		planner: runtime.reminders,
		rates: { telegram: config.TELEGRAM_SEND_RATE, discord: config.DISCORD_SEND_RATE, console: 1 },
		logger: runtime.logger,
	});
	runtime.logger.info({ platforms: [...senders.keys()] }, "job workers started");
	return {
		close: async () => {
			await Promise.all([broadcasts.close(), ...workers.map((worker) => worker.close())]);
		},
	};
}
