import type { Worker } from "bullmq";
import type { Runtime } from "../runtime.js";
import { startVoteDeadlineWorker } from "./vote-deadline-jobs.js";

export interface Workers {
	/** Lets jobs in progress finish, then stops taking new ones. */
	close(): Promise<void>;
}

/** Every BullMQ worker of the app, on the runtime's Redis. */
export function startWorkers(runtime: Runtime): Workers {
	const workers: Worker[] = [startVoteDeadlineWorker(runtime.redis.options, runtime.deps, runtime.logger)];
	runtime.logger.info({ workers: workers.map((worker) => worker.name) }, "job workers started");
	return {
		close: async () => {
			await Promise.all(workers.map((worker) => worker.close()));
		},
	};
}
