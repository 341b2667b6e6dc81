import { Queue, Worker } from "bullmq";
import type { RedisOptions } from "ioredis";
import { z } from "zod";
import type { CoreDependencies } from "../core/context.js";
import type { VoteDeadlineScheduler } from "../core/ports.js";
import { closeVote } from "../core/votes/close-vote.js";
import type { Logger } from "../logger.js";
import { bullConnection, bullQueueConnection } from "./bull-connection.js";
import { bullPrefix, queueNames } from "./queue-names.js";

const voteDeadlineJobSchema = z.strictObject({ statementId: z.string(), openedAt: z.iso.datetime() });

/** One delayed job per vote; the id is derived from the vote, so scheduling twice never makes two. */
export class BullVoteDeadlineScheduler implements VoteDeadlineScheduler {
	constructor(
		private readonly queue: Queue,
		private readonly now: () => Date,
	) {}

	async schedule(statementId: string, openedAt: string, deadline: Date): Promise<void> {
		await this.queue.add("close-vote", voteDeadlineJobSchema.parse({ statementId, openedAt }), {
			jobId: `vote-close-${statementId}-${openedAt.replace(/[^0-9]/g, "")}`,
			delay: Math.max(0, deadline.getTime() - this.now().getTime()),
			attempts: 5,
			backoff: { type: "exponential", delay: 1000 },
			removeOnComplete: 1000,
			removeOnFail: 1000,
		});
	}
}

export function createVoteDeadlineQueue(options: RedisOptions): Queue {
	return new Queue(queueNames.voteDeadlines, { connection: bullQueueConnection(options), prefix: bullPrefix });
}

/**
 * Closes votes at their deadline. Several workers may run: BullMQ gives a job to one of them,
 * and closeVote itself closes once even if a retry or an organizer gets there too.
 */
export function startVoteDeadlineWorker(options: RedisOptions, deps: CoreDependencies, logger: Logger): Worker {
	const worker = new Worker(
		queueNames.voteDeadlines,
		async (job) => {
			const data = voteDeadlineJobSchema.parse(job.data);
			const vote = await deps.votes.get(data.statementId);
			// A vote opened again after this job was planned has a deadline of its own.
			if (!vote || vote.openedAt !== data.openedAt) return "superseded";
			const outcome = await closeVote(deps, data.statementId, "deadline");
			logger.info({ statementId: data.statementId, outcome: outcome.kind }, "vote deadline reached");
			return outcome.kind;
		},
		{ connection: bullConnection(options), prefix: bullPrefix, concurrency: 4 },
	);
	worker.on("failed", (job, error) => logger.warn({ err: error, jobId: job?.id }, "vote deadline job failed"));
	worker.on("error", (error) => logger.warn({ err: error }, "vote deadline worker error"));
	return worker;
}
