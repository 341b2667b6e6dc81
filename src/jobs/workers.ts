import type { Worker } from "bullmq";
import type { RedisOptions } from "ioredis";
import type { Environment } from "../config.js";
import type { CoreDependencies } from "../core/context.js";
import type { Logger } from "../logger.js";
import type { BroadcastLedger } from "./broadcast-ledger.js";
import type { BroadcastQueues } from "./broadcast-queues.js";
import { startBroadcastWorkers } from "./broadcast-workers.js";
import { closeBullPart } from "./bull-connection.js";
import type { BullReminderPlanner } from "./bull-reminder-planner.js";
import { startVoteDeadlineWorker } from "./vote-deadline-jobs.js";

/** What the workers need, and nothing else: the caller wires it, so jobs never import the runtime. */
export interface WorkerDependencies {
	/** The platform tokens the senders use, and each platform's send rate. */
	config: Pick<
		Environment,
		| "TELEGRAM_BOT_TOKEN"
		| "TELEGRAM_API_ROOT"
		| "DISCORD_TOKEN"
		| "DISCORD_API_BASE"
		| "TELEGRAM_SEND_RATE"
		| "TELEGRAM_PAID_BROADCAST"
		| "DISCORD_SEND_RATE"
	>;
	/** Where BullMQ connects; it opens connections of its own. */
	connection: RedisOptions;
	deps: CoreDependencies;
	queues: BroadcastQueues;
	ledger: BroadcastLedger;
	planner: Pick<BullReminderPlanner, "replan" | "keepPlanning">;
	logger: Logger;
}

export interface Workers {
	/** Lets jobs in progress finish, then stops taking new ones. */
	close(): Promise<void>;
}

/**
 * Every BullMQ worker of the app. The platform clients (discord.js alone takes over a second to
 * load) are loaded only when a token is set, so the console starts without them.
 */
export async function startWorkers(options: WorkerDependencies): Promise<Workers> {
	const { config, connection, deps, logger } = options;
	const senders =
		config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN
			? (await import("./platform-senders.js")).createPlatformSenders(config, deps.chats, logger)
			: new Map();
	const workers: Worker[] = [startVoteDeadlineWorker(connection, deps, logger)];
	const broadcasts = startBroadcastWorkers({
		options: connection,
		queues: options.queues,
		ledger: options.ledger,
		chats: deps.chats,
		days: deps.days,
		statements: deps.statements,
		senders,
		planner: options.planner,
		// TELEGRAM_SEND_RATE is the free rate; paid broadcasts (an operator's choice, or every
		// broadcast that makes none when TELEGRAM_PAID_BROADCAST is on) go by a lane at Telegram's
		// paid ceiling.
		paidByDefault: config.TELEGRAM_PAID_BROADCAST,
		rates: {
			telegram: config.TELEGRAM_SEND_RATE,
			discord: config.DISCORD_SEND_RATE,
			console: 1,
		},
		logger,
	});
	logger.info({ platforms: [...senders.keys()] }, "job workers started");
	return {
		close: async () => {
			await Promise.all([broadcasts.close(), ...workers.map(closeBullPart)]);
		},
	};
}
