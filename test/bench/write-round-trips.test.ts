import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Redis } from "ioredis";
import { countWriteRoundTrips, type WriteCounter } from "../../bench/lib/write-round-trips.js";
import { createLogger } from "../../src/logger.js";
import { type EmbeddedRedis, startEmbeddedRedis } from "../../src/store/redis/embedded-redis.js";

// Two raw clients on the embedded Redis's unix socket, where MONITOR shows both under one source, each
// sending its transaction in pieces, so that the two interleave as split pipelines can.
function rawClient(path: string): Promise<{ send: (...lines: string[]) => Promise<void>; end: () => void }> {
	return new Promise((resolve, reject) => {
		const socket: Socket = createConnection({ path }, () => {
			let buffered = "";
			let wanted = 0;
			let done: (() => void) | undefined;
			socket.on("data", (data) => {
				buffered += data.toString();
				const replies = buffered.split("\r\n").filter((line) => /^[+\-:*]/.test(line)).length;
				if (replies >= wanted) done?.();
			});
			resolve({
				// Each line is one inline command; resolves when Redis has answered every command sent so far.
				send: (...lines) =>
					new Promise((answered) => {
						wanted += lines.length;
						done = answered;
						socket.write(lines.map((line) => `${line}\r\n`).join(""));
					}),
				end: () => socket.end(),
			});
		});
		socket.on("error", reject);
	});
}

describe("the bench's count of write round trips", () => {
	const dataDir = mkdtempSync(join(tmpdir(), "sb-writes-"));
	let redis: EmbeddedRedis;
	let client: Redis;
	let counter: WriteCounter;
	before(async () => {
		redis = await startEmbeddedRedis(dataDir, createLogger({ level: "silent", fd: 2, pretty: false }));
		client = new Redis({ path: redis.socketPath });
		counter = await countWriteRoundTrips(client);
	});
	after(async () => {
		await counter.stop();
		client.disconnect();
		await redis.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it("counts two transactions that interleave on one socket as two round trips, not their queued writes", async () => {
		const first = await rawClient(redis.socketPath);
		const second = await rawClient(redis.socketPath);
		await first.send("MULTI", "HSET h a 1");
		await second.send("MULTI");
		await first.send("EXEC");
		await second.send("HSET h b 2", "SET g 2", "EXEC");
		await counter.mark();
		assert.deepEqual(counter.take(), { roundTrips: 2, commands: ["multi/exec", "multi/exec"] });

		await first.send("MULTI", "HSET h c 3");
		await second.send("MULTI", "HSET h d 4", "SET g 3", "EXEC");
		await first.send("SET g 4", "EXEC");
		await counter.mark();
		assert.deepEqual(counter.take(), { roundTrips: 2, commands: ["multi/exec", "multi/exec"] });
		first.end();
		second.end();
	});

	it("counts a script that writes once, and a bare write once", async () => {
		await client.eval("redis.call('hset', KEYS[1], 'a', '1'); redis.call('set', KEYS[2], '2'); return 1", 2, "h", "g");
		await client.set("k", "v");
		await client.get("k");
		await counter.mark();
		assert.deepEqual(counter.take(), { roundTrips: 2, commands: ["eval", "set k"] });
	});
});
