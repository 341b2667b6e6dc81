import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import { startBroadcastHarness } from "../helpers/broadcast-harness.js";
import { announce, organizer } from "../helpers/test-core.js";

const root = resolve(import.meta.dirname, "../..");

function startWorkerProcess(env: NodeJS.ProcessEnv): ChildProcess {
	return spawn(process.execPath, ["bin/solidarity.js", "worker"], {
		cwd: root,
		env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn", ...env },
		stdio: ["ignore", "ignore", "pipe"],
	});
}

describe("a worker killed in the middle of a broadcast", () => {
	it("leaves every chat with the message and none with two, but for a send in flight at the kill", async () => {
		const h = await startBroadcastHarness();
		const chats = Array.from({ length: 400 }, (_, i) => String(5000 + i));
		const env = {
			REDIS_URL: h.t.redis.url,
			TELEGRAM_BOT_TOKEN: h.telegram.token,
			TELEGRAM_API_ROOT: h.telegram.apiRoot,
			TELEGRAM_SEND_RATE: "100",
		};
		const processes: ChildProcess[] = [];
		try {
			await h.subscribe(chats);
			h.t.clock.now = new Date();
			await announce(h.t.core, "wftu", "Crash-proof announcement", organizer);
			const first = startWorkerProcess(env);
			processes.push(first);
			const deadline = Date.now() + 20_000;
			while (h.telegram.sent.length < 100 && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 10));
			assert.ok(h.telegram.sent.length >= 100, "the first worker was sending");
			first.kill("SIGKILL");
			await once(first, "exit");
			const atKill = h.telegram.sent.length;
			assert.ok(atKill < chats.length, "killed before the end");

			const second = startWorkerProcess(env);
			processes.push(second);
			const finish = Date.now() + 60_000;
			const received = () => new Set(h.telegram.sent.map((message) => message.chatId));
			while (chats.some((chat) => !received().has(chat)) && Date.now() < finish) {
				await new Promise((wait) => setTimeout(wait, 100));
			}
			const perChat = new Map<string, number>();
			for (const message of h.telegram.sent) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
			const missing = chats.filter((chat) => !perChat.has(chat));
			const twice = chats.filter((chat) => (perChat.get(chat) ?? 0) > 1);
			assert.deepEqual(missing, [], "every chat has the message");
			// Only a send that reached Telegram but was not yet in the ledger when the process died can repeat:
			// at 100 messages a second that is a handful at most.
			assert.ok(twice.length <= 5, `${twice.length} chats got it twice`);

			const exited = once(second, "exit");
			const stoppingAt = Date.now();
			second.kill("SIGTERM");
			const [code] = await exited;
			assert.equal(code, 0);
			assert.ok(Date.now() - stoppingAt < 10_000, "a worker stops within 10 seconds of SIGTERM");
		} finally {
			for (const child of processes) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
			await h.stop();
		}
	});
});
