import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { describe, it } from "node:test";
import { Redis } from "ioredis";
import { createLogger } from "../../../src/logger.js";
import { startEmbeddedRedis } from "../../../src/store/redis/embedded-redis.js";

const logger = createLogger({ level: "silent", fd: 2, pretty: false });
const root = resolve(import.meta.dirname, "../../..");

/**
 * Runs test/helpers/embedded-redis-then-crash.ts on the folder, lets `beforeCrash` run once it has written,
 * then has it crash: whether it started the server, and its exit code.
 */
async function crashingUser(
	dataDir: string,
	value: string,
	beforeCrash: () => Promise<unknown> = async () => {},
): Promise<{ owner: boolean; code: number | null }> {
	const child = spawn(
		process.execPath,
		["--import", "tsx", "test/helpers/embedded-redis-then-crash.ts", dataDir, value],
		{
			cwd: root,
			stdio: ["pipe", "pipe", "ignore"],
		},
	);
	const exited = once(child, "exit") as Promise<[number | null]>;
	const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
	const said = JSON.parse(line) as { owner?: boolean };
	await beforeCrash();
	child.stdin.write("crash\n");
	const [code] = await exited;
	return { owner: said.owner === true, code };
}

/** Whether a server answers on the socket within `ms`, asked every 100 ms. */
async function answers(socketPath: string, ms = 0): Promise<boolean> {
	const deadline = Date.now() + ms;
	for (;;) {
		const client = new Redis({
			path: socketPath,
			lazyConnect: true,
			maxRetriesPerRequest: 0,
			retryStrategy: () => null,
		});
		client.on("error", () => {});
		const up = await client
			.connect()
			.then(() => client.ping())
			.then((pong) => pong === "PONG")
			.catch(() => false);
		client.disconnect();
		if (up || Date.now() >= deadline) return up;
		await new Promise((wait) => setTimeout(wait, 100));
	}
}

describe("the embedded Redis", () => {
	it("is shared by a second process on the same data folder and stopped only by the one that started it", async () => {
		const dataDir = mkdtempSync(join(tmpdir(), "sb-embedded-"));
		try {
			const [first, second] = await Promise.all([
				startEmbeddedRedis(dataDir, logger),
				startEmbeddedRedis(dataDir, logger),
			]);
			assert.equal(first.socketPath, second.socketPath);
			assert.deepEqual(
				[first.owner, second.owner].sort(),
				[false, true],
				"exactly one of two racing starts runs a server",
			);
			const client = new Redis({ path: first.socketPath });
			assert.equal(await client.config("GET", "appendfsync").then((pair) => (pair as string[])[1]), "always");
			assert.equal(await client.config("GET", "appendonly").then((pair) => (pair as string[])[1]), "yes");
			client.disconnect();
			const nonOwner = first.owner ? second : first;
			const owner = first.owner ? first : second;
			await nonOwner.stop();
			assert.ok(existsSync(owner.socketPath), "a process that did not start it leaves it running");
			await owner.stop();
			assert.ok(!existsSync(owner.socketPath), "the starter stops it");
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});

	it("is stopped when the process that started it dies of an uncaught error, and keeps what was written", async () => {
		const dataDir = mkdtempSync(join(tmpdir(), "sb-embedded-"));
		try {
			const crashed = await crashingUser(dataDir, "written before the crash");
			assert.deepEqual(crashed, { owner: true, code: 1 });
			const socketPath = join(dataDir, "redis", "redis.sock");
			// Polled for a while: the server gets its SIGTERM as the process exits, and then writes out and stops.
			const deadline = Date.now() + 5000;
			while ((await answers(socketPath)) && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
			assert.equal(await answers(socketPath), false, "no redis-server is left running for nobody");
			const again = await startEmbeddedRedis(dataDir, logger);
			try {
				assert.equal(again.owner, true, "the next start runs a server of its own");
				const client = new Redis({ path: again.socketPath });
				assert.equal(await client.get("crash-test"), "written before the crash");
				client.disconnect();
			} finally {
				await again.stop();
			}
		} finally {
			// Should it fail, the server it left is not left running after the test too.
			const left = new Redis({
				path: join(dataDir, "redis", "redis.sock"),
				lazyConnect: true,
				retryStrategy: () => null,
			});
			left.on("error", () => {});
			await left
				.connect()
				.then(() => left.call("SHUTDOWN", "NOSAVE"))
				.catch(() => undefined);
			left.disconnect();
			rmSync(dataDir, { recursive: true, force: true });
		}
	});

	it("keeps running when a process that started it dies while another still uses it, and when one that joined dies", async () => {
		const dataDir = mkdtempSync(join(tmpdir(), "sb-embedded-"));
		try {
			const own = await startEmbeddedRedis(dataDir, logger);
			assert.equal(own.owner, true);
			assert.deepEqual(await crashingUser(dataDir, "from a process that joined"), { owner: false, code: 1 });
			assert.equal(await answers(own.socketPath), true, "a process that joined leaves it running");
			await own.stop();
			assert.equal(await answers(own.socketPath), false);

			// Now the crashing process starts it, and this one joins before it dies.
			let joined: Awaited<ReturnType<typeof startEmbeddedRedis>> | undefined;
			const crashed = await crashingUser(dataDir, "from the process that started it", async () => {
				joined = await startEmbeddedRedis(dataDir, logger);
			});
			assert.deepEqual(crashed, { owner: true, code: 1 });
			assert.ok(joined);
			assert.equal(await answers(joined.socketPath), true, "a process still using it keeps it running");
			const client = new Redis({ path: joined.socketPath });
			assert.equal(await client.get("crash-test"), "from the process that started it");
			client.disconnect();
			await joined.stop();
			assert.equal(await answers(joined.socketPath, 0), false, "its last user stops it");
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
