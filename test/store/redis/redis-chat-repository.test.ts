import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Subscription } from "../../../src/core/chats/subscription.js";
import { RedisChatRepository } from "../../../src/store/redis/redis-chat-repository.js";
import { startTestCore, type TestCore } from "../../helpers/test-core.js";

const chat = (chatId: string, campaigns: string[], timeZone = "America/Lima"): Subscription => ({
	platform: "telegram",
	chatId,
	timeZone,
	language: "es",
	campaigns,
	subscribedBy: "test",
	subscribedAt: "2026-01-01T00:00:00.000Z",
});

/** Every follower of a campaign, read a page at a time as the fan-out reads them. */
async function walk(t: TestCore, campaign: string, pageSize: number): Promise<string[]> {
	const seen: string[] = [];
	let after: string | undefined;
	do {
		const page = await t.deps.chats.followers(campaign, after, pageSize);
		assert.ok(page.subscriptions.length <= pageSize);
		seen.push(...page.subscriptions.map((one) => one.chatId));
		after = page.next;
	} while (after !== undefined);
	return seen;
}

describe("subscriptions in Redis", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());

	it("are read a page at a time per campaign, each follower once, and follow changes of campaign", async () => {
		const ids = Array.from({ length: 23 }, (_, i) => `-100${i}`);
		await t.deps.chats.subscribe(chat("-9", ["icor"]));
		for (const id of ids) await t.deps.chats.subscribe(chat(id, ["wftu"]));
		assert.deepEqual((await walk(t, "wftu", 5)).sort(), [...ids].sort());
		assert.equal(await t.deps.chats.followerCount("wftu"), 23);
		// A chat that moves to another campaign, or leaves, is no longer a follower.
		await t.deps.chats.subscribe(chat("-1000", ["icor"], "Europe/Madrid"));
		await t.deps.chats.unsubscribe("telegram", "-1001");
		assert.deepEqual((await walk(t, "wftu", 4)).sort(), ids.slice(2).sort());
		assert.deepEqual((await walk(t, "icor", 4)).sort(), ["-1000", "-9"]);
		assert.equal((await t.deps.chats.subscription("telegram", "-1000"))?.timeZone, "Europe/Madrid");
	});

	it("a walk under way misses no chat that stays subscribed, whatever changes around it", async () => {
		const ids = Array.from({ length: 30 }, (_, i) => `-20${String(i).padStart(2, "0")}`);
		for (const id of ids) await t.deps.chats.subscribe(chat(id, ["red-muqui"]));
		const seen: string[] = [];
		let after: string | undefined;
		let round = 0;
		do {
			const page = await t.deps.chats.followers("red-muqui", after, 6);
			seen.push(...page.subscriptions.map((one) => one.chatId));
			after = page.next;
			// Chats before and after the cursor leave and join while the walk goes on.
			await t.deps.chats.unsubscribe("telegram", ids[29 - round] ?? "");
			await t.deps.chats.subscribe(chat(`-19${round}`, ["red-muqui"]));
			round++;
		} while (after !== undefined);
		assert.equal(new Set(seen).size, seen.length, "no chat twice");
		const stayed = ids.slice(0, 30 - round);
		for (const id of stayed) assert.ok(seen.includes(id), `${id} stayed subscribed and was read`);
	});

	it("many at once, through the same atomic write", async () => {
		const many = Array.from({ length: 2500 }, (_, i) => chat(`-3${i}`, ["icor", "wftu"]));
		const chats = new RedisChatRepository(t.redis.client());
		const before = await t.deps.chats.followerCount("icor");
		await chats.subscribeAll(many, 1000);
		assert.equal(await t.deps.chats.followerCount("icor"), before + 2500);
		await chats.subscribeAll(
			many.map((one) => ({ ...one, campaigns: ["wftu"] })),
			1000,
		);
		assert.equal(await t.deps.chats.followerCount("icor"), before);
		assert.equal((await t.deps.chats.subscription("telegram", "-31234"))?.campaigns.join(), "wftu");
	});
});
