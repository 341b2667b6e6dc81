import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Broadcast } from "../../src/jobs/broadcast.js";
import { BroadcastCache } from "../../src/jobs/broadcast-cache.js";

const announcement = (id: string, extra: Partial<Broadcast> = {}): Broadcast => ({
	id,
	kind: "announcement",
	text: `Text of ${id}`,
	at: "2026-11-23T12:00:00.000Z",
	campaign: "wftu",
	...extra,
});

/** A ledger that counts its reads, and sources no announcement needs. */
function cacheOver(broadcasts: Map<string, Broadcast>) {
	const reads: string[] = [];
	const ledger = {
		get: async (id: string) => {
			reads.push(id);
			return broadcasts.get(id);
		},
	};
	const sources = {
		days: { list: async () => [] },
		statements: { get: async () => undefined },
	};
	return { cache: new BroadcastCache(ledger, sources), reads };
}

describe("the broadcast cache of a set of workers", () => {
	it("reads a broadcast once, and its message once per language", async () => {
		const { cache, reads } = cacheOver(new Map([["a", announcement("a")]]));
		const first = await cache.broadcast("a");
		assert.equal(await cache.broadcast("a"), first);
		assert.deepEqual(reads, ["a"]);
		const english = await cache.message(first, "en");
		assert.equal(await cache.message(first, "en"), english);
		assert.notEqual(await cache.message(first, "es"), english);
	});

	it("reads an organizer's broadcast again until its progress message is there", async () => {
		const requestedBy = { platform: "telegram", userId: "1", chatId: "-5" } as const;
		const broadcasts = new Map([["b", announcement("b", { requestedBy })]]);
		const { cache, reads } = cacheOver(broadcasts);
		await cache.broadcast("b");
		await cache.broadcast("b");
		assert.deepEqual(reads, ["b", "b"]);
		broadcasts.set(
			"b",
			announcement("b", { requestedBy, progress: { platform: "telegram", chatId: "-5", messageId: "9" } }),
		);
		assert.ok((await cache.broadcast("b")).progress);
		await cache.broadcast("b");
		assert.deepEqual(reads, ["b", "b", "b"]);
	});

	it("keeps no more than a hundred or so broadcasts, and each cache its own", async () => {
		const broadcasts = new Map(Array.from({ length: 150 }, (_, i) => [`c${i}`, announcement(`c${i}`)]));
		const { cache, reads } = cacheOver(broadcasts);
		for (let i = 0; i < 150; i++) await cache.broadcast(`c${i}`);
		reads.length = 0;
		await cache.broadcast("c0");
		assert.deepEqual(reads, ["c0"], "the oldest was dropped");
		const other = cacheOver(broadcasts);
		await other.cache.broadcast("c149");
		assert.deepEqual(other.reads, ["c149"], "another set of workers does not share it");
	});

	it("refuses for good a send whose broadcast is gone", async () => {
		const { cache } = cacheOver(new Map());
		await assert.rejects(cache.broadcast("missing"), { name: "UnrecoverableError" });
	});
});
