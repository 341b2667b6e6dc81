import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Redis } from "ioredis";
import { createLogger } from "../../../src/logger.js";
import { startEmbeddedRedis } from "../../../src/store/redis/embedded-redis.js";

const logger = createLogger({ level: "silent", fd: 2, pretty: false });

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
});
