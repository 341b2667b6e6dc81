import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Redis } from "ioredis";
import { LiveProgram } from "../../helpers/live-program.js";
import { runProgram } from "../../helpers/run-program.js";

/** The pid of the redis-server answering on the socket, or undefined when none answers. */
async function serverPid(socketPath: string): Promise<number | undefined> {
	const client = new Redis({ path: socketPath, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
	client.on("error", () => {});
	try {
		await client.connect();
		const info = await client.info("server");
		return Number(/process_id:(\d+)/.exec(info)?.[1]);
	} catch {
		return undefined;
	} finally {
		client.disconnect();
	}
}

async function waitForPid(socketPath: string, other: number | undefined, ms: number): Promise<number> {
	const deadline = Date.now() + ms;
	for (;;) {
		const pid = await serverPid(socketPath);
		if (pid !== undefined && pid !== other) return pid;
		if (Date.now() > deadline) throw new Error(`no new redis-server on ${socketPath} within ${ms} ms`);
		await new Promise((tick) => setTimeout(tick, 20));
	}
}

const killed = (pid: number) => {
	try {
		process.kill(pid, "SIGKILL");
	} catch {}
};

describe("the embedded Redis under the bot that started it", () => {
	it("is started again on the same data within 2 s when killed, and a CLI run meanwhile leaves it to the bot", async () => {
		const dataDir = mkdtempSync(join(tmpdir(), "sb-sup-"));
		const socketPath = join(dataDir, "redis", "redis.sock");
		const env = { SOLIDARITY_DATA_DIR: dataDir };
		const app = LiveProgram.start(["--import", "tsx", "src/main.ts"], env);
		const pids: number[] = [];
		try {
			await app.waitFor(/icor-peru-struggle-2023/, 20_000, app.send("/statements"));
			const first = await waitForPid(socketPath, undefined, 1000);
			pids.push(first);
			const mark = app.send("/adhere icor-peru-struggle-2023 Red Dawn Collective; RDC; Perú");
			await app.waitFor(/\/confirm/, 2000, mark);
			await app.waitFor(/Received/, 2000, app.send("/confirm"));

			process.kill(first, "SIGKILL");
			const killedAt = Date.now();
			const second = await waitForPid(socketPath, first, 2000);
			pids.push(second);
			const restartMs = Date.now() - killedAt;
			const pending = await app.askUntil("/pending icor-peru-struggle-2023", /Red Dawn Collective/, 5000);
			assert.match(pending, /Red Dawn Collective/, "the restarted server has the same data");

			// A CLI run in the middle of an outage: whoever starts Redis again, the CLI's exit leaves it running.
			process.kill(second, "SIGKILL");
			const cli = await runProgram(["bin/solidarity.js", "statements", "list"], env);
			const third = await waitForPid(socketPath, second, 2000);
			pids.push(third);
			assert.equal(cli.code, 0, cli.stderr);
			assert.match(cli.stdout, /icor-peru-struggle-2023/);
			assert.equal(await serverPid(socketPath), third, "the CLI left the bot's Redis running");
			await app.askUntil("/statements", /icor-peru-struggle-2023/, 5000);
			process.stdout.write(`# embedded Redis restarted by its owner ${restartMs} ms after kill -9\n`);

			assert.equal(await app.endInput(), 0, app.stderr);
			assert.equal(await serverPid(socketPath), undefined, "the last process to leave stops it");
		} finally {
			app.kill();
			for (const pid of pids) killed(pid);
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
