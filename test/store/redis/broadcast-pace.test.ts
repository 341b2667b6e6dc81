import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { BroadcastStore } from "../../../src/store/redis/redis-broadcast-store.js";
import { TestRedis } from "../../helpers/test-redis.js";

describe("the ledger's step before a send", () => {
	let redis: TestRedis;
	let store: BroadcastStore;
	before(async () => {
		redis = await TestRedis.start();
		store = new BroadcastStore(redis.client());
	});
	after(async () => await redis.stop());

	it("places the sends of every worker one interval apart at the platform's rate", async () => {
		// Two stores on two connections, as two worker processes would have.
		const other = new BroadcastStore(redis.client());
		const clock = redis.client();
		const redisNowMs = async () => {
			const [seconds, micros] = await clock.time();
			return Number(seconds) * 1000 + Number(micros) / 1000;
		};
		const started = await redisNowMs();
		const claims = await Promise.all(
			Array.from({ length: 50 }, (_, i) => (i % 2 ? store : other).beforeSend("b1", "telegram", `-${i}`, 100)),
		);
		const spread = (await redisNowMs()) - started;
		const waits = claims.map((claim) => ("waitMs" in claim ? claim.waitMs : Number.NaN)).sort((a, b) => a - b);
		// 100 a second: the 50 places are 10 ms apart, so a wait is its place less the instant its
		// call ran. Two places are never nearer than 10 ms less the time between their calls, and the
		// calls all ran within `spread` (Redis's own clock, as the script reads it): the waits cover
		// 490 ms less that, however slowly a loaded machine sent the calls.
		for (let i = 1; i < waits.length; i++) {
			const gap = (waits[i] ?? 0) - (waits[i - 1] ?? 0);
			assert.ok(gap <= 10.001, `gap ${gap} ms between places ${i - 1} and ${i}`);
		}
		const span = (waits.at(-1) ?? 0) - (waits[0] ?? 0);
		assert.ok(span >= 490 - spread - 0.01, `places span ${span} ms, calls spread over ${spread} ms`);
		assert.ok(spread < 400, `the calls took ${spread} ms`);
	});

	it("paces each platform apart, and not at all at rate 0", async () => {
		const discord = await store.beforeSend("b2", "discord", "1", 1);
		assert.deepEqual(discord, { waitMs: 0 });
		assert.ok("waitMs" in discord);
		assert.deepEqual(await store.beforeSend("b2", "discord", "2", 0), { waitMs: 0 });
		const second = await store.beforeSend("b2", "discord", "3", 1);
		assert.ok("waitMs" in second && second.waitMs > 900, JSON.stringify(second));
	});

	it("keeps Telegram's paid broadcasts on a pace of their own, beside the free one", async () => {
		// Free sends have taken Telegram's free pace (1 a second) for the next second or more...
		await store.beforeSend("b4", "telegram", "-1", 1);
		const freeNext = await store.beforeSend("b4", "telegram", "-2", 1);
		assert.ok("waitMs" in freeNext && freeNext.waitMs > 900, JSON.stringify(freeNext));
		// ...and a paid broadcast's sends, at 1,000 a second, are not held behind it.
		const paid = [];
		for (let i = 0; i < 5; i++) paid.push(await store.beforeSend("b5", "telegram", `-${i}`, 1000, "telegram-paid"));
		for (const claim of paid) assert.ok("waitMs" in claim && claim.waitMs <= 5, JSON.stringify(claim));
	});

	it("answers with the recorded outcome instead of a place once a chat has one", async () => {
		await store.record("b3", "telegram", "-7", "gone");
		assert.deepEqual(await store.beforeSend("b3", "telegram", "-7", 30), { recorded: "gone" });
		assert.deepEqual(await store.beforeSend("b3", "telegram", "-8", 0), { waitMs: 0 });
	});
});
