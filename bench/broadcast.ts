// bench/broadcast: one announcement to many subscribed Telegram chats through the real BullMQ
// pipeline (fan-out, send queue, ledger) on the embedded Redis (AOF, fsync on every write), against
// a fake Telegram Bot API in a process of its own (bench/lib/fake-telegram-process.ts) that
// answers 429 above its limit. This process is the bot and its workers, nothing else, so its
// RSS is theirs; redis-server's peak RSS is read from /proc.
// (a) 10,000 chats, limiter at 300/s (Telegram's 30/s scaled by 10) against a fake that refuses
//     more than 330 in any sliding second: BullMQ's limiter counts in fixed windows, which can put
//     a few more than the rate into a sliding second at a window's edge, so the fake allows that
//     10% margin;
// (b) 10,000 and (c) 100,000 chats, limiter lifted, fake without limit: the pipeline's ceiling,
//     memory at both sizes, and the time from the announcement to its first send.
// Each prints the achieved rate, 429s received, duplicates, lost messages and peak memory.
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import { AdherenceLinkRegistry } from "../src/core/adherences/adherence-link-registry.js";
import type { Subscription } from "../src/core/chats/subscription.js";
import { startBroadcastWorkers } from "../src/jobs/broadcast-workers.js";
import { createPlatformSenders } from "../src/jobs/platform-senders.js";
import { createLogger } from "../src/logger.js";
import { createCoreDependencies } from "../src/store/redis/core-dependencies.js";
import { startEmbeddedRedis } from "../src/store/redis/embedded-redis.js";
import type { FakeTelegramStats } from "./lib/fake-telegram-process.js";
import { atLeast, atMost, below, measure, noGoal, report } from "./lib/figures.js";

const logger = createLogger({ level: "warn", fd: 2, pretty: false });
const mib = (bytes: number) => bytes / 1048576;

interface FakeTelegram {
	apiRoot: string;
	token: string;
	stats(): Promise<FakeTelegramStats>;
	stop(): Promise<void>;
}

async function startFakeTelegram(options: {
	ratePerSecond?: number;
	retryAfterSeconds: number;
}): Promise<FakeTelegram> {
	const child: ChildProcess = fork(
		join(import.meta.dirname, "lib", "fake-telegram-process.ts"),
		[JSON.stringify(options)],
		{
			execArgv: ["--import", "tsx"],
			stdio: ["ignore", "inherit", "inherit", "ipc"],
		},
	);
	const ready = await new Promise<{ apiRoot: string; token: string }>((resolve, reject) => {
		child.once("message", (message: { ready?: { apiRoot: string; token: string } }) =>
			message.ready ? resolve(message.ready) : reject(new Error("fake Telegram did not start")),
		);
		child.once("exit", (code) => reject(new Error(`fake Telegram exited (${code})`)));
	});
	return {
		...ready,
		stats: () =>
			new Promise((resolve) => {
				child.once("message", (message: { stats: FakeTelegramStats }) => resolve(message.stats));
				child.send("stats");
			}),
		stop: () =>
			new Promise((resolve) => {
				child.once("exit", () => resolve());
				child.send("stop");
			}),
	};
}

interface RunFigures {
	rate: number;
	tooManyRequests: number;
	firstSendMs: number;
	botRssMiB: number;
	redisRssMiB: number;
	redisBytesPerSubscription: number;
}

async function run(
	label: string,
	chatCount: number,
	limiterRate: number,
	fakeRate: number | undefined,
	timeoutMs = 300_000,
): Promise<RunFigures> {
	const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-broadcast-"));
	const embedded = await startEmbeddedRedis(dataDir, logger);
	const options = { path: embedded.socketPath };
	const redis = new Redis(options);
	const telegram = await startFakeTelegram({ ...(fakeRate ? { ratePerSecond: fakeRate } : {}), retryAfterSeconds: 1 });
	const wired = createCoreDependencies(
		{ client: redis, options },
		{
			notifier: { notifyUser: async () => undefined, notifyOrganizers: async () => undefined },
			links: new AdherenceLinkRegistry(),
			submissionsPerHour: 10,
			operators: [],
			announcementsPerHour: 10,
			defaultLocale: "en",
			defaultTimeZone: "UTC",
			now: () => new Date(),
		},
	);
	const { repositories, broadcastQueues: queues, broadcastStore: store } = wired;
	const redisPid = /process_id:(\d+)/.exec(await redis.info("server"))?.[1] ?? "";
	const redisPeakRss = () => {
		const status = readFileSync(`/proc/${redisPid}/status`, "utf8");
		return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
	};
	let peakRss = 0;
	const sampler = setInterval(() => {
		peakRss = Math.max(peakRss, process.memoryUsage().rss);
	}, 50);
	try {
		const before = Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1] ?? 0);
		// Pipelined through the store's own atomic write, so the follower sets are as /subscribe leaves
		// them, a batch at a time so that the bench's own data does not swell the bot's memory.
		const subscribedAt = new Date().toISOString();
		for (let start = 0; start < chatCount; start += 1000) {
			const batch: Subscription[] = [];
			for (let i = start; i < Math.min(chatCount, start + 1000); i++) {
				batch.push({
					platform: "telegram",
					chatId: String(-1_000_000_000 - i),
					timeZone: "America/Lima",
					language: i % 2 === 0 ? "en" : "es",
					campaigns: ["wftu"],
					subscribedBy: "bench",
					subscribedAt,
				});
			}
			await repositories.chats.subscribeAll(batch);
		}
		const after = Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1] ?? 0);
		const senders = createPlatformSenders(
			{ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot },
			repositories.chats,
			logger,
		);
		const workers = startBroadcastWorkers({
			options,
			queues,
			ledger: store,
			chats: repositories.chats,
			days: repositories.days,
			statements: repositories.statements,
			senders,
			planner: wired.reminders,
			rates: { telegram: limiterRate, discord: limiterRate, console: 1 },
			logger,
		});
		const broadcaster = wired.deps.broadcaster;
		const startedAt = Date.now();
		const started = performance.now();
		const { id } = await broadcaster.announce({
			text: "Solidarity with the people of Peru",
			at: new Date(),
			campaign: "wftu",
		});
		for (;;) {
			const stats = await store.stats(id);
			if (stats.total > 0 && stats.sent + stats.failed + stats.gone >= stats.total) break;
			if (performance.now() - started > timeoutMs) throw new Error(`broadcast did not finish in ${timeoutMs / 1000} s`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		await workers.close();
		const received = await telegram.stats();
		const seconds = Math.max(0.001, (received.lastSentAt - received.firstSentAt) / 1000);
		const lost = chatCount - received.chats;
		const rate = received.sent / seconds;
		const firstSendMs = received.firstSentAt - startedAt;
		const redisRss = redisPeakRss();
		const ofLimit = limiterRate < 100_000 ? ` (${((rate / limiterRate) * 100).toFixed(1)}% of the limit)` : "";
		console.log(
			`broadcast ${label}: ${chatCount} chats in ${seconds.toFixed(1)} s, ${rate.toFixed(0)} sends/s${ofLimit}, ` +
				`${received.tooManyRequests} 429s, ${received.duplicates} duplicates, ${lost} lost, first send after ${firstSendMs} ms, ` +
				`peak RSS ${mib(peakRss).toFixed(0)} MiB (bot and workers), ${mib(redisRss).toFixed(0)} MiB (redis-server), ` +
				`${((after - before) / chatCount).toFixed(0)} bytes of Redis per subscription`,
		);
		return {
			rate,
			tooManyRequests: received.tooManyRequests,
			firstSendMs,
			botRssMiB: mib(peakRss),
			redisRssMiB: mib(redisRss),
			redisBytesPerSubscription: (after - before) / chatCount,
		};
	} finally {
		clearInterval(sampler);
		await wired.close();
		await telegram.stop();
		redis.disconnect();
		await embedded.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const limited = await run("(a) limiter 300/s, fake Telegram limit 330 in any sliding second", 10_000, 300, 330);
report(measure("broadcast_limit_fraction", limited.rate / 300, "ratio", atLeast(0.97)));
report(measure("broadcast_429s", limited.tooManyRequests, "count", atMost(0)));
const small = await run("(b) limiter lifted, no limit", 10_000, 1_000_000, undefined);
// A run that does not finish is reported, its figures missed, and the other figures still printed.
const missing: RunFigures = {
	rate: Number.NaN,
	tooManyRequests: Number.NaN,
	firstSendMs: Number.NaN,
	botRssMiB: Number.NaN,
	redisRssMiB: Number.NaN,
	redisBytesPerSubscription: Number.NaN,
};
const large = await run("(c) limiter lifted, no limit", 100_000, 1_000_000, undefined).catch((error: Error) => {
	console.log(`broadcast (c) 100000 chats: ${error.message}`);
	return missing;
});
report(
	measure(
		"broadcast_ceiling_per_s",
		Math.max(small.rate, Number.isNaN(large.rate) ? 0 : large.rate),
		"sends/s",
		atLeast(2500),
	),
);
report(measure("bot_rss_mb_10k", small.botRssMiB, "MiB", below(200)));
report(measure("bot_rss_mb_100k", large.botRssMiB, "MiB", below(200)));
report(measure("bot_rss_growth_10k_to_100k", large.botRssMiB / small.botRssMiB - 1, "ratio", below(0.3)));
report(measure("redis_rss_mb_10k", small.redisRssMiB, "MiB", noGoal));
report(measure("redis_rss_mb_100k", large.redisRssMiB, "MiB", noGoal));
report(measure("redis_bytes_per_subscription", small.redisBytesPerSubscription, "bytes", noGoal));
report(measure("first_send_ms_100k", large.firstSendMs, "ms", below(1000)));
// A run that timed out leaves its workers behind; its figures are reported, so end here.
process.exit(0);
