// bench/adherence: adhere + confirm + approve through the core against the embedded Redis
// (AOF, appendfsync always), as organizers and members would drive it from a chat.
// Prints the sustained rate with several requests in flight, and p50/p99 latency of a chat
// request at a steady 200 requests per second: /adhere, /confirm and /approve in turn, so 67
// adherences a second, each request timed from its scheduled start, so queueing counts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import { AdherenceLinkRegistry } from "../src/core/adherences/adherence-link-registry.js";
import { createCore } from "../src/core/core.js";
import type { RequestOrigin } from "../src/core/request.js";
import { loadStatementFiles } from "../src/core/statements/statement-files.js";
import { createLogger } from "../src/logger.js";
import { createCoreDependencies } from "../src/store/redis/core-dependencies.js";
import { startEmbeddedRedis } from "../src/store/redis/embedded-redis.js";
import { below, measure, report } from "./lib/figures.js";

const throughputSeconds = 5;
const concurrency = 8;
const steadyRate = 200;
const steadySeconds = 10;

const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-"));
const logger = createLogger({ level: "warn", fd: 2, pretty: false });
const embedded = await startEmbeddedRedis(dataDir, logger);
const redis = new Redis({ path: embedded.socketPath });
const { statements: seeds } = await loadStatementFiles(resolve(import.meta.dirname, "../config/statements"));
const seed = seeds.find((statement) => statement.id === "icor-peru-struggle-2023");
if (!seed) throw new Error("seed statement missing");

let notifications = 0;
const wired = createCoreDependencies(
	{ client: redis, options: { path: embedded.socketPath } },
	{
		links: new AdherenceLinkRegistry(),
		defaultTimeZone: "UTC",
		notifier: {
			notifyUser: async () => {
				notifications++;
			},
			notifyOrganizers: async () => {
				notifications++;
			},
		},
		submissionsPerHour: 1_000_000,
		operators: ["telegram:1"],
		announcementsPerHour: 10,
		defaultLocale: "en",
		now: () => new Date(),
	},
);
const { statements } = wired.repositories;
const core = createCore(wired.deps, { error: (details) => logger.error(details, "bench command failed") });
const organizer: RequestOrigin = { platform: "telegram", chatId: "-1", userId: "1", isChatAdmin: false };

let sequence = 0;
let failures = 0;

/** The three chat requests of one adherence: a member signs in one line and confirms, an organizer approves. */
function adherenceSteps(statementId: string): (() => Promise<void>)[] {
	const n = ++sequence;
	const submitter: RequestOrigin = {
		platform: "telegram",
		chatId: "-1",
		userId: String(100_000 + n),
		isChatAdmin: false,
	};
	// Distinct names far apart, so every submission is a new organization, not a near match.
	const name = `Organization ${n.toString(36)} ${(n * 7919).toString(36)} ${(n * 104729).toString(36)}`;
	let number: string | undefined;
	return [
		async () => {
			await core.handleText(`/adhere ${statementId} ${name}; ; Peru`, submitter);
		},
		async () => {
			const received = await core.handleText("/confirm", submitter);
			number = /request #(\d+)/.exec(JSON.stringify(received))?.[1];
			if (!number) failures++;
		},
		async () => {
			const approved = await core.handleText(`/approve ${statementId} ${number}`, organizer);
			if (!JSON.stringify(approved).includes("Approved")) failures++;
		},
	];
}

async function adhereAndApprove(statementId: string): Promise<void> {
	for (const step of adherenceSteps(statementId)) await step();
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

try {
	await statements.upsert({ ...seed, id: "bench-throughput" });
	const throughputEnd = performance.now() + throughputSeconds * 1000;
	let done = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (performance.now() < throughputEnd) {
				await adhereAndApprove("bench-throughput");
				done++;
			}
		}),
	);
	const rate = done / ((performance.now() - started) / 1000);
	console.log(
		`adherence throughput: ${rate.toFixed(0)} adherences/s (adhere + confirm + approve, ${concurrency} in flight, ${done} in ${throughputSeconds} s)`,
	);

	await statements.upsert({ ...seed, id: "bench-steady" });
	const latencies: number[] = [];
	// Whole adherences only: three requests each.
	const total = Math.floor((steadyRate * steadySeconds) / 3) * 3;
	const begin = performance.now();
	const inFlight: Promise<void>[] = [];
	let steps: (() => Promise<void>)[] = [];
	let previous: Promise<void> = Promise.resolve();
	for (let i = 0; i < total; i++) {
		if (steps.length === 0) {
			steps = adherenceSteps("bench-steady");
			previous = Promise.resolve();
		}
		const step = steps.shift() as () => Promise<void>;
		const scheduled = begin + (i * 1000) / steadyRate;
		const wait = scheduled - performance.now();
		if (wait > 0) await new Promise((resolveWait) => setTimeout(resolveWait, wait));
		// A step waits for the one before it (a confirmation follows its adherence), and that wait counts.
		previous = previous.then(step).then(() => void latencies.push(performance.now() - scheduled));
		inFlight.push(previous);
	}
	await Promise.all(inFlight);
	latencies.sort((a, b) => a - b);
	const elapsed = (performance.now() - begin) / 1000;
	console.log(
		`adherence latency at ${steadyRate} requests/s: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms (target p99 < 20 ms; ${total} requests, ${Math.round(total / 3)} adherences in ${elapsed.toFixed(1)} s)`,
	);
	report(measure("adherence_p99_ms", percentile(latencies, 99), "ms", below(20)));
	const listed = (await wired.repositories.adherences.list("bench-steady")).filter(
		(a) => a.status === "approved",
	).length;
	console.log(
		`adherence check: ${listed} of ${total} approved and listed, ${failures} failures, ${notifications} notifications`,
	);
} finally {
	await wired.close();
	redis.disconnect();
	await embedded.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
