// The bot's side of bench/broadcast.ts, in a process of its own and nothing else in it: the core,
// the broadcast workers and the Telegram sender on the bench's Redis, as `npm start` runs them
// (compiled, see bot-process-build.ts). It announces, waits for every send's outcome, and reports
// its peak RSS as the kernel counts it (VmHWM), so the figure is this process's whole peak and
// not a sample between two ticks. The bench seeds the chats before starting it: their data is
// the bench's, not the bot's.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import { startBroadcastWorkers } from "../../src/jobs/broadcast-workers.js";
import { createPlatformSenders } from "../../src/jobs/platform-senders.js";
import { createLogger } from "../../src/logger.js";
import { benchCoreDependencies } from "./bench-core-dependencies.js";

export interface BotRunOptions {
	socketPath: string;
	apiRoot: string;
	token: string;
	/** Telegram sends a second the bot is configured for (Telegram's own 30, scaled). */
	rate: number;
	timeoutMs: number;
}

export interface BotRunReport {
	/** Date.now() when the announcement was made. */
	announcedAt: number;
	/** RSS once wired and idle, before the announcement, and the process's peak RSS (VmHWM). */
	idleRssBytes: number;
	peakRssBytes: number;
}

const kernelPeakRss = () =>
	Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) * 1024;

const options = JSON.parse(process.argv[2] ?? "{}") as BotRunOptions;
const logger = createLogger({ level: "warn", fd: 2, pretty: false });
const redisOptions = { path: options.socketPath };
const redis = new Redis(redisOptions);
const wired = benchCoreDependencies({ client: redis, options: redisOptions });
const { repositories, broadcastQueues: queues, broadcastStore: store } = wired;
const senders = createPlatformSenders(
	{ TELEGRAM_BOT_TOKEN: options.token, TELEGRAM_API_ROOT: options.apiRoot },
	repositories.chats,
	logger,
);
const workers = startBroadcastWorkers({
	options: redisOptions,
	queues,
	ledger: store,
	chats: repositories.chats,
	days: repositories.days,
	statements: repositories.statements,
	senders,
	planner: wired.reminders,
	rates: { telegram: options.rate, discord: options.rate, console: 1 },
	logger,
});
await redis.ping();
const idleRssBytes = process.memoryUsage().rss;
const announcedAt = Date.now();
const started = performance.now();
const { id } = await wired.deps.broadcaster.announce({
	text: "Solidarity with the people of Peru",
	at: new Date(),
	campaign: "wftu",
});
for (;;) {
	const stats = await store.stats(id);
	if (stats.total > 0 && stats.sent + stats.failed + stats.gone >= stats.total) break;
	if (performance.now() - started > options.timeoutMs)
		throw new Error(`broadcast did not finish in ${options.timeoutMs / 1000} s`);
	await new Promise((resolve) => setTimeout(resolve, 50));
}
const report: BotRunReport = { announcedAt, idleRssBytes, peakRssBytes: kernelPeakRss() };
await workers.close();
await wired.close();
redis.disconnect();
process.send?.({ report }, () => process.exit(0));
