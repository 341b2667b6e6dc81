import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { keys } from "../../../src/store/redis/keys.js";
import { currentSchemaVersion, migrateSchema, SchemaVersionError } from "../../../src/store/redis/schema-version.js";
import { solidarity } from "../../helpers/run-program.js";
import { organizer, say, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

const seedId = "icor-peru-struggle-2023";

/** Rewrites the store into the format released before versions: `sb:` keys, BullMQ under `bull:`, no version. */
async function toUnversionedFormat(t: TestCore): Promise<void> {
	const client = t.redis.client();
	for (const key of await client.keys("{sb}:*")) {
		const legacy = key.startsWith("{sb}:solidarity-") ? `bull:${key.slice(5)}` : `sb:${key.slice(5)}`;
		await client.rename(key, legacy);
	}
	await client.del(keys.schemaVersion, `sb:schema-version`);
}

describe("the data's schema version", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());

	it("migrates data written in the unversioned format forward, with every list and audit entry intact", async () => {
		await say(t.core, `/adhere ${seedId} Red Dawn Collective; RDC; Perú`);
		await say(t.core, "/confirm");
		await say(t.core, `/approve ${seedId} 1`, organizer);
		await say(t.core, "/announce March on Friday at 2099-01-01T09:00Z", organizer);
		const list = text(await say(t.core, `/signatories ${seedId}`));
		const audit = await t.adherences.audit(seedId);
		const client = t.redis.client();
		const bullKeys = (await client.keys("{sb}:solidarity-*")).length;
		assert.ok(bullKeys > 0, "the announcement waits in BullMQ");

		await toUnversionedFormat(t);
		assert.deepEqual(await client.keys("{sb}:*"), []);
		const result = await migrateSchema(client);
		assert.deepEqual(result.applied, [
			"1 -> 2: keys move under the {sb} Redis Cluster hash tag",
			"2 -> 3: each campaign's followers get a set of their own, so a fan-out reads them in pages",
		]);
		assert.equal(await client.get(keys.schemaVersion), String(currentSchemaVersion));
		assert.deepEqual(await client.keys("sb:*"), []);
		assert.deepEqual(await client.keys("bull:*"), []);
		assert.equal((await client.keys("{sb}:solidarity-*")).length, bullKeys);
		assert.equal(text(await say(t.core, `/signatories ${seedId}`)), list);
		assert.deepEqual(await t.adherences.audit(seedId), audit);
		assert.deepEqual(await migrateSchema(client), { from: 3, to: 3, applied: [] }, "a second start changes nothing");
	});

	it("gives the followers of each campaign, as schema 2 held them in one hash, sets of their own", async () => {
		const client = t.redis.client();
		const chat = (chatId: string, campaigns: string[]) => ({
			platform: "telegram" as const,
			chatId,
			timeZone: "America/Lima",
			language: "en" as const,
			campaigns,
			subscribedBy: "test",
			subscribedAt: new Date().toISOString(),
		});
		await t.deps.chats.subscribe(chat("-71", ["wftu"]));
		await t.deps.chats.subscribe(chat("-72", ["wftu", "icor"]));
		await t.deps.chats.subscribe(chat("-73", []));
		await client.del(...(await client.keys("{sb}:campaign:*:followers")));
		await client.set(keys.schemaVersion, "2");
		assert.equal(await t.deps.chats.followerCount("wftu"), 0);
		const result = await migrateSchema(client);
		assert.deepEqual(result.applied, [
			"2 -> 3: each campaign's followers get a set of their own, so a fan-out reads them in pages",
		]);
		const page = await t.deps.chats.followers("wftu", undefined, 10);
		assert.deepEqual(
			page.subscriptions.map((one) => one.chatId),
			["-71", "-72"],
		);
		assert.equal(page.next, undefined);
		assert.equal(await t.deps.chats.followerCount("icor"), 1);
		for (const chatId of ["-71", "-72", "-73"]) await t.deps.chats.unsubscribe("telegram", chatId);
	});

	it("refuses to start on data newer than the code, and changes nothing", async () => {
		const client = t.redis.client();
		await client.set(keys.schemaVersion, String(currentSchemaVersion + 1));
		await assert.rejects(migrateSchema(client), SchemaVersionError);
		const run = await solidarity(["statements", "list"], t.redis.url);
		assert.equal(run.code, 1);
		assert.match(
			run.stderr,
			new RegExp(
				`schema version ${currentSchemaVersion + 1}, newer than this code's ${currentSchemaVersion}: run the newer release`,
			),
		);
		assert.equal(await client.get(keys.schemaVersion), String(currentSchemaVersion + 1));
		await client.set(keys.schemaVersion, String(currentSchemaVersion));
	});
});
