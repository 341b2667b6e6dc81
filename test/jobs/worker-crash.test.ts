import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import { createBroadcastQueues } from "../../src/jobs/broadcast-queues.js";
import { startBroadcastHarness } from "../helpers/broadcast-harness.js";
import { announce, organizer } from "../helpers/test-core.js";

const root = resolve(import.meta.dirname, "../..");
const kills = 3;
/** At 100 sends a second a worker runs 10 sends at once (see broadcast-workers.ts): the most a kill can catch. */
const rate = 100;
const concurrency = 10;

function startWorkerProcess(env: NodeJS.ProcessEnv): ChildProcess {
	return spawn(process.execPath, ["bin/solidarity.js", "worker"], {
		cwd: root,
		env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn", ...env },
		stdio: ["ignore", "ignore", "pipe"],
	});
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((wait) => setTimeout(wait, 25));
	}
}

describe("workers killed three times in the middle of a broadcast", () => {
	it("end with exact counts, every chat once but for sends in flight at a kill, and the progress message done", async (t) => {
		const blocked = ["9001", "9002"];
		const refused = ["9101"];
		const h = await startBroadcastHarness({ blocked, refused });
		const chats = Array.from({ length: 400 }, (_, i) => String(5000 + i));
		const everyone = [...chats, ...blocked, ...refused];
		const env = {
			REDIS_URL: h.t.redis.url,
			TELEGRAM_BOT_TOKEN: h.telegram.token,
			TELEGRAM_API_ROOT: h.telegram.apiRoot,
			TELEGRAM_SEND_RATE: String(rate),
		};
		const queues = createBroadcastQueues({ host: "127.0.0.1", port: h.t.redis.port });
		const processes: ChildProcess[] = [];
		const received = () => h.telegram.sent.filter((message) => everyone.includes(message.chatId));
		try {
			await h.subscribe(everyone);
			h.t.clock.now = new Date();
			await announce(h.t.core, "wftu", "Crash-proof announcement", organizer);
			const keys = await h.t.redis.client().keys("{sb}:broadcast:announcement-*");
			// The broadcast's own key: its stats, edit lock and fan-out state share the prefix.
			const id = keys.find((key) => /^\{sb\}:broadcast:announcement-[\w-]+$/.test(key))?.replace("{sb}:broadcast:", "");
			assert.ok(id, "the announcement is stored");

			// What each kill caught: chats this worker sent to, that Telegram had the message for but the
			// ledger had no outcome (an earlier kill's catch stays unrecorded until its job is retried).
			const inFlight: Set<string>[] = [];
			let worker = startWorkerProcess(env);
			let startedAt = Date.now();
			processes.push(worker);
			for (let kill = 0; kill < kills; kill++) {
				const before = received().length;
				await until(() => received().length >= before + 80, 30_000, `worker ${kill + 1} sending`);
				worker.kill("SIGKILL");
				await once(worker, "exit");
				const ledger = await h.store.outcomes(id);
				const caught = new Set(
					received()
						.filter((message) => message.at >= startedAt && !ledger[`telegram:${message.chatId}`])
						.map((message) => message.chatId),
				);
				inFlight.push(caught);
				startedAt = Date.now();
				worker = startWorkerProcess(env);
				processes.push(worker);
			}
			assert.ok(received().length < everyone.length, "the last kill came before the end");

			// The killed workers' jobs come back only when their locks expire and a live worker sees them
			// stalled: the broadcast is finished when every chat has an outcome and no job is left.
			const sendQueue = queues.send.get("telegram");
			assert.ok(sendQueue);
			await until(
				async () => {
					const stats = await h.store.stats(id);
					if (stats.sent + stats.failed + stats.gone < stats.total) return false;
					const counts = await sendQueue.getJobCounts("active", "waiting", "delayed", "prioritized");
					return Object.values(counts).every((count) => count === 0);
				},
				90_000,
				"every send to have an outcome",
			);
			await until(
				() => /delivered to 400 of 403 chats/.test(h.telegram.edits.at(-1)?.text ?? ""),
				10_000,
				"the progress message to show the broadcast done",
			);

			assert.deepEqual(await h.store.stats(id), { sent: 400, failed: 1, gone: 2, total: 403 });
			const ledger = await h.store.outcomes(id);
			assert.equal(Object.keys(ledger).length, 403, "the ledger has every chat once");
			assert.equal(ledger["telegram:9101"], "failed");
			assert.equal(ledger["telegram:9001"], "gone");

			const perChat = new Map<string, number>();
			for (const message of received()) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
			const twice = chats.filter((chat) => (perChat.get(chat) ?? 0) > 1);
			assert.deepEqual(
				chats.filter((chat) => !perChat.has(chat)),
				[],
				"every chat has the message",
			);
			for (const chat of chats) {
				const caughtBy = inFlight.filter((caught) => caught.has(chat)).length;
				assert.ok((perChat.get(chat) ?? 0) <= 1 + caughtBy, `chat ${chat}: a repeat only for a send in flight`);
			}
			for (const [kill, caught] of inFlight.entries())
				assert.ok(caught.size <= concurrency, `kill ${kill + 1} caught ${caught.size} sends in flight`);
			t.diagnostic(
				`in flight at the kills: ${inFlight.map((caught) => caught.size).join(", ")}; ` +
					`chats that got it twice: ${twice.length}; stats ${JSON.stringify(await h.store.stats(id))}`,
			);

			const exited = once(worker, "exit");
			const stoppingAt = Date.now();
			worker.kill("SIGTERM");
			const [code] = await exited;
			assert.equal(code, 0);
			assert.ok(Date.now() - stoppingAt < 10_000, "a worker stops within 10 seconds of SIGTERM");
		} finally {
			for (const child of processes) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
			await queues.close();
			await h.stop();
		}
	});
});
