import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { openTrackedReads, type TrackedReads } from "../../../src/store/redis/tracked-reads.js";
import { TestRedis } from "../../helpers/test-redis.js";

/** How many GETs the server has run: a read served from the process's copy adds none. */
async function getsServed(client: Redis): Promise<number> {
	const stats = await client.info("commandstats");
	return Number(/cmdstat_get:calls=(\d+)/.exec(stats)?.[1] ?? 0);
}

const readKey = (reads: TrackedReads, key: string) => reads.read(`test:${key}`, [key], (client) => client.get(key));

/** Tracking is turned on once the two connections are up: until then every read goes to Redis. */
async function untilKept(reads: TrackedReads, key: string, admin: Redis): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		await readKey(reads, key);
		const before = await getsServed(admin);
		await readKey(reads, key);
		if ((await getsServed(admin)) === before) return;
		await sleep(20);
	}
	assert.fail("the read was never kept");
}

/** Another process's change reaches this one as a message from Redis, a moment after its write. */
async function untilRead(reads: TrackedReads, key: string, expected: string | null): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if ((await readKey(reads, key)) === expected) return;
		await sleep(10);
	}
	assert.equal(await readKey(reads, key), expected);
}

describe("tracked reads", () => {
	let redis: TestRedis;
	let admin: Redis;
	before(async () => {
		redis = await TestRedis.start();
		admin = redis.client();
	});
	after(() => redis.stop());

	it("serves a read again without asking Redis, until another client changes the key", async () => {
		const reads = redis.trackedReads();
		await admin.set("{sb}:a", "one");
		await untilKept(reads, "{sb}:a", admin);
		const before = await getsServed(admin);
		assert.equal(await readKey(reads, "{sb}:a"), "one");
		assert.equal(await getsServed(admin), before);

		await admin.set("{sb}:a", "two");
		await untilRead(reads, "{sb}:a", "two");
		await admin.del("{sb}:a");
		await untilRead(reads, "{sb}:a", null);
	});

	it("reads a change made by its own process at once, when the writer says what it wrote", async () => {
		const reads = redis.trackedReads();
		const writer = redis.client();
		await writer.set("{sb}:b", "old");
		await untilKept(reads, "{sb}:b", admin);
		for (let round = 0; round < 50; round++) {
			await writer.set("{sb}:b", `value ${round}`);
			reads.forget(["{sb}:b"]);
			assert.equal(await readKey(reads, "{sb}:b"), `value ${round}`);
		}
	});

	it("lets go of a refresh still waiting for Redis's message when it closes, so nobody waits on it for ever", async () => {
		const reads = redis.trackedReads();
		await admin.set("{sb}:c", "one");
		await untilKept(reads, "{sb}:c", admin);
		let refreshed = 0;
		// A change the process made a moment ago, whose message from Redis has not come yet.
		assert.equal(
			reads.afterOwnChange("{sb}:c", performance.now() + 60_000, () => refreshed++),
			true,
		);
		assert.equal(refreshed, 0);
		await reads.close();
		assert.equal(refreshed, 1);
		await sleep(100);
		assert.equal(refreshed, 1, "run once, not again when its wait would have ended");
	});

	it("never keeps an answer that a change overtook on its way", async () => {
		const reads = redis.trackedReads();
		await admin.set("{sb}:c", "0");
		await untilKept(reads, "{sb}:c", admin);
		// Reads and writes interleaved as fast as they go: after the last write, the kept value is the last one.
		const writes = (async () => {
			for (let round = 1; round <= 200; round++) {
				await admin.set("{sb}:c", String(round));
				if (round % 10 === 0) await sleep(1);
			}
		})();
		const readsMade = (async () => {
			for (let round = 0; round < 400; round++) {
				await readKey(reads, "{sb}:c");
				if (round % 20 === 0) await sleep(1);
			}
		})();
		await Promise.all([writes, readsMade]);
		await untilRead(reads, "{sb}:c", "200");
		await sleep(50);
		assert.equal(await readKey(reads, "{sb}:c"), "200");
	});

	it("keeps at most 20,000 reads, dropping the oldest first", async () => {
		const reads = redis.trackedReads();
		await admin.set("{sb}:first", "1");
		await untilKept(reads, "{sb}:first", admin);
		const many = Array.from({ length: 20_000 }, (_, i) => `{sb}:many:${i}`);
		for (let i = 0; i < many.length; i += 500)
			await Promise.all(many.slice(i, i + 500).map((key) => readKey(reads, key)));
		const before = await getsServed(admin);
		await readKey(reads, "{sb}:many:19000");
		await readKey(reads, "{sb}:many:19999");
		assert.equal(await getsServed(admin), before, "the newest reads are still kept");
		assert.equal(await readKey(reads, "{sb}:first"), "1");
		assert.equal(await getsServed(admin), before + 1, "the oldest was dropped, and is read from Redis again");
	});

	it("forgets everything when the data is flushed", async () => {
		const reads = redis.trackedReads();
		await admin.set("{sb}:d", "kept");
		await untilKept(reads, "{sb}:d", admin);
		await admin.flushall();
		await untilRead(reads, "{sb}:d", null);
	});

	it("reads the store again after Redis restarts, and keeps reads again once tracking is back", async () => {
		const reads = redis.trackedReads();
		await admin.set("{sb}:e", "before");
		await untilKept(reads, "{sb}:e", admin);
		await redis.crashAndRestart();
		// Written while this process's connections were still finding the new server.
		const other = redis.client();
		await other.set("{sb}:e", "after");
		await untilRead(reads, "{sb}:e", "after");
		await untilKept(reads, "{sb}:e", other);
		await other.set("{sb}:e", "later");
		await untilRead(reads, "{sb}:e", "later");
	});

	it("keeps nothing when told not to (a one-shot CLI command): every read asks Redis", async () => {
		const reads = openTrackedReads(redis.client(), false);
		try {
			await admin.set("{sb}:once", "one");
			// Time enough for tracking's connections to come up, were there any.
			await sleep(300);
			for (let attempt = 0; attempt < 3; attempt++) {
				const before = await getsServed(admin);
				assert.equal(await readKey(reads, "{sb}:once"), "one");
				assert.equal(await getsServed(admin), before + 1);
			}
			await admin.set("{sb}:once", "two");
			assert.equal(await readKey(reads, "{sb}:once"), "two");
		} finally {
			await reads.close();
		}
	});
});
