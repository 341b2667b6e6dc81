// bench/broadcast: one announcement to 10,000 subscribed Telegram chats through the real BullMQ
// pipeline (fan-out, send queue, ledger) on the embedded Redis (AOF, fsync on every write), against
// a fake Telegram Bot API on 127.0.0.1 that answers 429 above its rate limit.
// (a) limiter at 300/s (Telegram's 30/s scaled by 10) against a fake that refuses more than 330 in
//     any sliding second: BullMQ's limiter counts in fixed windows, which can put a few more than
//     the rate into a sliding second at a window's edge, so the fake allows that 10% margin;
// (b) limiter lifted, fake without limit: the pipeline's own ceiling.
// Each prints the achieved rate, 429s received, duplicates, lost messages and peak memory.
import { mkdtempSync, rmSync } from "node:fs";
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
import { FakeTelegramApi } from "../test/helpers/fake-telegram-api.js";
import { atLeast, atMost, measure, report } from "./lib/figures.js";

const chatCount = Number(process.env.BENCH_CHATS ?? 10_000);
const logger = createLogger({ level: "warn", fd: 2, pretty: false });

interface RunFigures {
	rate: number;
	tooManyRequests: number;
}

async function run(label: string, limiterRate: number, fakeRate: number | undefined): Promise<RunFigures> {
	const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-broadcast-"));
	const embedded = await startEmbeddedRedis(dataDir, logger);
	const options = { path: embedded.socketPath };
	const redis = new Redis(options);
	const telegram = await FakeTelegramApi.start({ ratePerSecond: fakeRate, retryAfterSeconds: 1 });
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
	let peakRss = 0;
	const sampler = setInterval(() => {
		peakRss = Math.max(peakRss, process.memoryUsage().rss);
	}, 100);
	try {
		const pipeline = redis.pipeline();
		for (let i = 0; i < chatCount; i++) {
			const subscription: Subscription = {
				platform: "telegram",
				chatId: String(-1_000_000_000 - i),
				timeZone: "America/Lima",
				language: i % 2 === 0 ? "en" : "es",
				campaigns: ["wftu"],
				subscribedBy: "bench",
				subscribedAt: new Date().toISOString(),
			};
			pipeline.hset("{sb}:subscriptions", `telegram:${subscription.chatId}`, JSON.stringify(subscription));
		}
		await pipeline.exec();
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
		const started = performance.now();
		const { id } = await broadcaster.announce({
			text: "Solidarity with the people of Peru",
			at: new Date(),
			campaign: "wftu",
		});
		let firstSend = 0;
		for (;;) {
			const stats = await store.stats(id);
			if (!firstSend && telegram.sent.length > 0) firstSend = performance.now();
			if (stats.total > 0 && stats.sent + stats.failed + stats.gone >= stats.total) break;
			if (performance.now() - started > 600_000) throw new Error("broadcast did not finish in 10 minutes");
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		const seconds = (performance.now() - (firstSend || started)) / 1000;
		await workers.close();
		const perChat = new Map<string, number>();
		for (const message of telegram.sent) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
		const duplicates = [...perChat.values()].reduce((total, count) => total + Math.max(0, count - 1), 0);
		const lost = chatCount - perChat.size;
		const rate = telegram.sent.length / seconds;
		const redisPeak = /used_memory_peak:(\d+)/.exec(await redis.info("memory"))?.[1] ?? "0";
		const ofLimit = limiterRate < 100_000 ? ` (${((rate / limiterRate) * 100).toFixed(1)}% of the limit)` : "";
		console.log(
			`broadcast ${label}: ${chatCount} chats in ${seconds.toFixed(1)} s, ${rate.toFixed(0)} sends/s${ofLimit}, ` +
				`${telegram.tooManyRequests} 429s, ${duplicates} duplicates, ${lost} lost, ` +
				`peak memory ${(peakRss / 1048576).toFixed(0)} MiB (bench process with workers), ${(Number(redisPeak) / 1048576).toFixed(0)} MiB (redis-server)`,
		);
		return { rate, tooManyRequests: telegram.tooManyRequests };
	} finally {
		clearInterval(sampler);
		await wired.close();
		await telegram.stop();
		redis.disconnect();
		await embedded.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const limited = await run("(a) limiter 300/s, fake Telegram limit 330 in any second", 300, 330);
const lifted = await run("(b) limiter lifted, no limit", 1_000_000, undefined);
report(measure("broadcast_limit_fraction", limited.rate / 300, "ratio", atLeast(0.97)));
report(measure("broadcast_429s", limited.tooManyRequests, "count", atMost(0)));
report(measure("broadcast_ceiling_per_s", lifted.rate, "sends/s", atLeast(2500)));
