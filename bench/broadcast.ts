// bench/broadcast: one announcement to many subscribed Telegram chats through the real BullMQ
// pipeline (fan-out, send queue, ledger) on the embedded Redis (AOF, fsync on every write), against
// a fake Telegram Bot API in a process of its own (bench/lib/fake-telegram-process.ts) that
// answers 429 above its limit. The bot and its workers run in a process of their own too, compiled
// as production runs them (bench/lib/broadcast-bot-process.ts), so its peak RSS is theirs alone;
// redis-server's peak RSS is read from /proc.
// (a) 10,000 chats, limiter at 300/s (Telegram's 30/s scaled by 10) against a fake that refuses
//     more than 330 in any sliding second: a rate kept in fixed windows can put a few more than
//     the rate into a sliding second at a window's edge, so the fake allows that 10% margin;
// (a') the same 10,000 sends, same fake and allowance (fresh counts), made with grammY's throttler
//     and auto-retry at the same 300/s (bench/lib/grammy-peer-process.ts), printed beside ours;
// (b) 10,000 and (c) 100,000 chats, limiter lifted, fake without limit: the pipeline's ceiling,
//     memory at both sizes, and the time from the announcement to its first send.
// Each prints the achieved rate, 429s received, duplicates, lost messages and peak memory.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import type { Subscription } from "../src/core/chats/subscription.js";
import { createLogger } from "../src/logger.js";
import { startEmbeddedRedis } from "../src/store/redis/embedded-redis.js";
import { benchChatId } from "./lib/bench-chats.js";
import { benchCoreDependencies } from "./lib/bench-core-dependencies.js";
import { compileBotProcess } from "./lib/bot-process-build.js";
import type { BotRunOptions, BotRunReport } from "./lib/broadcast-bot-process.js";
import { childReport } from "./lib/child-report.js";
import { startFakeTelegram } from "./lib/fake-telegram.js";
import type { FakeTelegramStats } from "./lib/fake-telegram-process.js";
import { atLeast, atMost, below, measure, noGoal, report } from "./lib/figures.js";
import type { PeerRunOptions, PeerRunReport } from "./lib/grammy-peer-process.js";

const logger = createLogger({ level: "warn", fd: 2, pretty: false });
const mib = (bytes: number) => bytes / 1048576;
/** Telegram's 30 messages a second, scaled by 10, and the fake's allowance in any sliding second. */
const limit = 300;
const allowance = 330;

interface Delivery {
	rate: number;
	seconds: number;
	received: FakeTelegramStats;
	lost: number;
}

function delivery(received: FakeTelegramStats, chatCount: number): Delivery {
	const seconds = Math.max(0.001, (received.lastSentAt - received.firstSentAt) / 1000);
	return { rate: received.sent / seconds, seconds, received, lost: chatCount - received.chats };
}

const describe = ({ rate, seconds, received, lost }: Delivery, chatCount: number, rateLimit?: number) =>
	`${chatCount} chats in ${seconds.toFixed(1)} s, ${rate.toFixed(0)} sends/s` +
	(rateLimit
		? ` (${(rate / rateLimit).toFixed(3)} of the limit, at most ${received.mostInAnySecond} in a sliding second)`
		: "") +
	`, ${received.tooManyRequests} 429s, ${received.duplicates} duplicates, ${lost} lost`;

interface RunFigures extends Delivery {
	firstSendMs: number;
	botRssMiB: number;
	redisRssMiB: number;
	redisBytesPerSubscription: number;
}

async function run(label: string, chatCount: number, limiterRate: number, fakeRate?: number): Promise<RunFigures> {
	const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-broadcast-"));
	const embedded = await startEmbeddedRedis(dataDir, logger);
	const options = { path: embedded.socketPath };
	const redis = new Redis(options);
	const telegram = await startFakeTelegram({ ...(fakeRate ? { ratePerSecond: fakeRate } : {}), retryAfterSeconds: 1 });
	// The bench's own core, in this process, only to subscribe the chats as /subscribe leaves them.
	const seeding = benchCoreDependencies({ client: redis, options });
	const redisPid = /process_id:(\d+)/.exec(await redis.info("server"))?.[1] ?? "";
	const redisPeakRss = () => {
		const status = readFileSync(`/proc/${redisPid}/status`, "utf8");
		return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
	};
	try {
		const before = Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1] ?? 0);
		const subscribedAt = new Date().toISOString();
		for (let start = 0; start < chatCount; start += 1000) {
			const batch: Subscription[] = [];
			for (let i = start; i < Math.min(chatCount, start + 1000); i++) {
				batch.push({
					platform: "telegram",
					chatId: benchChatId(i),
					timeZone: "America/Lima",
					language: i % 2 === 0 ? "en" : "es",
					campaigns: ["wftu"],
					subscribedBy: "bench",
					subscribedAt,
				});
			}
			await seeding.repositories.chats.subscribeAll(batch);
		}
		const after = Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1] ?? 0);
		const botOptions: BotRunOptions = {
			socketPath: embedded.socketPath,
			apiRoot: telegram.apiRoot,
			token: telegram.token,
			rate: limiterRate,
			timeoutMs: 300_000,
		};
		const bot = await childReport<BotRunReport>(botProcess.entry, botOptions, botProcess.execArgv);
		const figures: RunFigures = {
			...delivery(await telegram.stats(), chatCount),
			firstSendMs: 0,
			botRssMiB: mib(bot.peakRssBytes),
			redisRssMiB: mib(redisPeakRss()),
			redisBytesPerSubscription: (after - before) / chatCount,
		};
		figures.firstSendMs = figures.received.firstSentAt - bot.announcedAt;
		console.log(
			`broadcast ${label}: ${describe(figures, chatCount, limiterRate < 100_000 ? limiterRate : undefined)}, ` +
				`first send after ${figures.firstSendMs} ms, peak RSS ${figures.botRssMiB.toFixed(0)} MiB (bot and workers, ` +
				`${mib(bot.idleRssBytes).toFixed(0)} MiB idle before the announcement), ${figures.redisRssMiB.toFixed(0)} MiB ` +
				`(redis-server), ${figures.redisBytesPerSubscription.toFixed(0)} bytes of Redis per subscription`,
		);
		return figures;
	} finally {
		await seeding.close();
		await telegram.stop();
		redis.disconnect();
		await embedded.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** The same sends made with grammY's throttler and auto-retry, on a fresh fake with the same allowance. */
async function peer(chatCount: number): Promise<Delivery> {
	const telegram = await startFakeTelegram({ ratePerSecond: allowance, retryAfterSeconds: 1 });
	try {
		const peerOptions: PeerRunOptions = {
			apiRoot: telegram.apiRoot,
			token: telegram.token,
			chatCount,
			text: "<b>Announcement</b>\n\nSolidarity with the people of Peru",
			rate: limit,
		};
		const entry = join(import.meta.dirname, "lib", "grammy-peer-process.ts");
		const { failed, startedAt } = await childReport<PeerRunReport>(entry, peerOptions, ["--import", "tsx"]);
		const result = delivery(await telegram.stats(), chatCount);
		console.log(
			`broadcast (a') grammY throttler + auto-retry at ${limit}/s: ${describe(result, chatCount, limit)}, ${failed} failed, ` +
				`first send ${result.received.firstSentAt - startedAt} ms after the sends were handed to grammY`,
		);
		return result;
	} finally {
		await telegram.stop();
	}
}

const botProcess = compileBotProcess();
try {
	console.log(
		`limit ${limit} sends/s for both; the fake allows ${allowance} in any sliding second and answers 429 (retry after 1 s) above it`,
	);
	const ours = await run(`(a) limiter ${limit}/s`, 10_000, limit, allowance);
	const theirs = await peer(10_000);
	// The goals are ours; grammY's figures are printed beside them for comparison, with none of their own.
	report(measure("broadcast_limit_fraction", ours.rate / limit, "ratio", atLeast(0.97)));
	report(measure("broadcast_429s", ours.received.tooManyRequests, "count", atMost(0)));
	report(measure("peer_limit_fraction", theirs.rate / limit, "ratio", noGoal));
	report(measure("peer_429s", theirs.received.tooManyRequests, "count", noGoal));
	const small = await run("(b) limiter lifted, no limit", 10_000, 1_000_000);
	// A run that does not finish is reported, its figures missed, and the other figures still printed.
	const large = await run("(c) limiter lifted, no limit", 100_000, 1_000_000).catch((error: Error) => {
		console.log(`broadcast (c) 100000 chats: ${error.message}`);
		return undefined;
	});
	const ofLarge = (figure: (run: RunFigures) => number) => (large ? figure(large) : Number.NaN);
	report(
		measure("broadcast_ceiling_per_s", Math.max(small.rate, ofLarge((run) => run.rate) || 0), "sends/s", atLeast(2500)),
	);
	report(measure("bot_rss_mb_10k", small.botRssMiB, "MiB", below(200)));
	report(
		measure(
			"bot_rss_mb_100k",
			ofLarge((run) => run.botRssMiB),
			"MiB",
			below(200),
		),
	);
	report(
		measure("bot_rss_growth_10k_to_100k", ofLarge((run) => run.botRssMiB) / small.botRssMiB - 1, "ratio", below(0.3)),
	);
	report(measure("redis_rss_mb_10k", small.redisRssMiB, "MiB", noGoal));
	report(
		measure(
			"redis_rss_mb_100k",
			ofLarge((run) => run.redisRssMiB),
			"MiB",
			noGoal,
		),
	);
	report(measure("redis_bytes_per_subscription", small.redisBytesPerSubscription, "bytes", noGoal));
	report(
		measure(
			"first_send_ms_100k",
			ofLarge((run) => run.firstSendMs),
			"ms",
			below(1000),
		),
	);
} finally {
	botProcess.remove();
}
