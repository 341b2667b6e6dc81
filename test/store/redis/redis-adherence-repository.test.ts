import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Adherence } from "../../../src/core/adherences/adherence.js";
import { ConversationCopies } from "../../../src/store/redis/conversation-copies.js";
import { RedisAdherenceRepository } from "../../../src/store/redis/redis-adherence-repository.js";
import { RedisConversationRepository } from "../../../src/store/redis/redis-conversation-repository.js";
import { TestRedis } from "../../helpers/test-redis.js";

const draft = (name: string): Omit<Adherence, "number"> => ({
	statementId: "s",
	submission: { name, country: "PE", kind: "organization" },
	status: "pending",
	submittedBy: { platform: "telegram", userId: "1", chatId: "-1" },
	submittedAt: "2026-11-23T12:00:00.000Z",
});
const limit = { key: "telegram:1", limit: 1000, windowSeconds: 3600 };
const audit = { who: "telegram:9", action: "approve", at: "2026-11-23T12:01:00.000Z" };

/**
 * Another process learns of a change from Redis's invalidation message, which comes a moment after
 * the writer's reply: what it lists is checked until it matches, for a second at most.
 */
async function listedEventually(
	repository: RedisAdherenceRepository,
	expected: string[],
	show: (a: Adherence) => string,
) {
	let listed: string[] = [];
	for (let attempt = 0; attempt < 100; attempt++) {
		listed = (await repository.list("s")).map(show);
		if (JSON.stringify(listed) === JSON.stringify(expected)) return;
		await sleep(10);
	}
	assert.deepEqual(listed, expected);
}

/** How many scripts Redis has run (EVALSHA and EVAL): a list that asks Redis nothing runs none. */
async function scriptsRun(admin: ReturnType<TestRedis["client"]>): Promise<number> {
	const stats = await admin.info("commandstats");
	return [/cmdstat_evalsha:calls=(\d+)/, /cmdstat_eval:calls=(\d+)/]
		.map((pattern) => Number(pattern.exec(stats)?.[1] ?? 0))
		.reduce((a, b) => a + b, 0);
}

/** Lists until a second list runs no script: the list is kept once tracking is on (its connections come up in the background). */
async function untilKept(repository: RedisAdherenceRepository, admin: ReturnType<TestRedis["client"]>): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		await repository.list("s");
		const before = await scriptsRun(admin);
		await repository.list("s");
		if ((await scriptsRun(admin)) === before) return;
		await sleep(20);
	}
}

/** A repository that keeps the list of `first`, and has just submitted `second` itself; with a client to count scripts. */
async function keptThenOwnSubmission(redis: TestRedis, first: string, second: string) {
	await redis.client().flushall();
	const admin = redis.client();
	const repository = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
	await repository.submit(draft(first), [`n:${first.toLowerCase()}`], limit);
	await untilKept(repository, admin);
	await repository.submit(draft(second), [`n:${second.toLowerCase()}`], limit);
	return { admin, repository };
}

describe("RedisAdherenceRepository", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start();
	});
	after(() => redis.stop());

	it("shows one process's changes to another that has read the list before", async () => {
		await redis.client().flushall();
		const writer = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		const reader = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		await writer.submit(draft("Uno"), ["n:uno"], limit);
		assert.deepEqual(
			(await reader.list("s")).map((a) => a.submission.name),
			["Uno"],
		);
		await writer.submit(draft("Dos"), ["n:dos"], limit);
		await writer.transition("s", 1, ["pending"], (a) => ({ ...a, status: "approved" }), audit, ["n:uno"]);
		await listedEventually(reader, ["Uno approved", "Dos pending"], (a) => `${a.submission.name} ${a.status}`);
		// The writer's own process reads its writes at once.
		assert.deepEqual(
			(await writer.list("s")).map((a) => `${a.submission.name} ${a.status}`),
			["Uno approved", "Dos pending"],
		);
	});

	it("forgets what it read when the data is flushed, even after as many new changes", async () => {
		await redis.client().flushall();
		const before = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		await before.submit(draft("Uno"), ["n:uno"], limit);
		await before.submit(draft("Dos"), ["n:dos"], limit);
		const reader = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		assert.equal((await reader.list("s")).length, 2);
		await redis.client().flushall();
		const writer = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		for (const name of ["Tres", "Cuatro", "Cinco", "Seis"]) await writer.submit(draft(name), [`n:${name}`], limit);
		await listedEventually(
			reader,
			["1 Tres", "2 Cuatro", "3 Cinco", "4 Seis"],
			(a) => `${a.number} ${a.submission.name}`,
		);
	});

	it("refuses a second record for the same identity, and frees it when the first is withdrawn", async () => {
		const repository = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		await redis.client().flushall();
		const first = await repository.submit(draft("Siete"), ["n:siete", "a:s7:PE"], limit);
		assert.equal(first.kind, "created");
		assert.deepEqual(await repository.submit(draft("SIETE"), ["n:siete"], limit), { kind: "duplicate", number: 1 });
		await repository.transition(
			"s",
			1,
			["pending"],
			(a) => ({ ...a, status: "withdrawn" }),
			{ ...audit, action: "withdraw" },
			["n:siete", "a:s7:PE"],
		);
		assert.equal((await repository.submit(draft("Siete"), ["n:siete"], limit)).kind, "created");
		const conflict = await repository.transition("s", 1, ["pending"], (a) => ({ ...a, status: "approved" }), audit, []);
		assert.equal(conflict.kind, "conflict");
	});

	it("makes a decision from its own last copy without reading it, and never over a change made since", async () => {
		await redis.client().flushall();
		const mine = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		const other = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		const submitted = await mine.submit(draft("Ocho"), ["n:ocho"], limit);
		assert.equal(submitted.kind, "created");
		const copy = mine.recent("s", 1);
		assert.equal(copy?.status, "pending");
		assert.equal(other.recent("s", 1), undefined, "another process has no copy until it reads one");

		// Another organizer, in another process, rejects it; this process's copy still says pending.
		const rejected = await other.transition(
			"s",
			1,
			["pending"],
			(a) => ({ ...a, status: "rejected" }),
			{ ...audit, action: "reject" },
			["n:ocho"],
		);
		assert.equal(rejected.kind, "changed");
		assert.equal(mine.recent("s", 1)?.status, "pending");
		const approved = await mine.transition(
			"s",
			1,
			["pending"],
			(a) => ({ ...a, status: "approved" }),
			audit,
			[],
			undefined,
			copy,
		);
		assert.equal(approved.kind, "stale");
		assert.equal(approved.kind === "stale" ? approved.current.status : "", "rejected");
		assert.equal((await other.get("s", 1))?.status, "rejected", "the approval was not written");
		assert.equal(mine.recent("s", 1)?.status, "rejected", "the copy is now the stored record");
		assert.deepEqual(
			(await mine.audit("s")).map((entry) => entry.action),
			["submit", "reject"],
		);
	});

	it("brings a list it keeps up to date after its own write, so the next check asks Redis nothing", async () => {
		const { admin, repository } = await keptThenOwnSubmission(redis, "Nueve", "Diez");
		await sleep(100);
		const before = await scriptsRun(admin);
		assert.deepEqual(
			(await repository.list("s")).map((a) => a.submission.name),
			["Nueve", "Diez"],
		);
		assert.equal(await scriptsRun(admin), before, "the list was read after the write, not on this request");
	});

	it("says when the list it keeps has caught up with its own write, so what is made from it then reads nothing", async () => {
		const { admin, repository } = await keptThenOwnSubmission(redis, "Doce", "Trece");
		// No sleep: waiting for caughtUp is what makes the list current.
		await repository.caughtUp("s");
		const before = await scriptsRun(admin);
		assert.deepEqual(
			(await repository.list("s")).map((a) => a.submission.name),
			["Doce", "Trece"],
		);
		assert.equal(await scriptsRun(admin), before, "the list was brought up to date before caughtUp resolved");
		// With nothing under way it resolves at once.
		await repository.caughtUp("s");
		await repository.caughtUp("another statement");
	});

	it("lists its own writes as the records it wrote, and another process's as stored", async () => {
		await redis.client().flushall();
		const repository = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		const other = new RedisAdherenceRepository(redis.client(), redis.trackedReads());
		const created = await repository.submit(draft("Once"), ["n:once"], limit);
		assert.equal(created.kind, "created");
		await repository.list("s");
		const decided = await repository.transition("s", 1, ["pending"], (a) => ({ ...a, status: "approved" }), audit, [
			"n:once",
		]);
		assert.equal(decided.kind, "changed");
		// The record the decision returned, not a copy parsed from Redis's answer.
		const [listed] = await repository.list("s");
		assert.ok(decided.kind === "changed" && listed === decided.after);
		// A change made elsewhere is read from the store: this process's copy is not taken for it.
		await other.transition("s", 1, ["approved"], (a) => ({ ...a, status: "withdrawn" }), audit, ["n:once"]);
		await listedEventually(repository, ["Once withdrawn"], (a) => `${a.submission.name} ${a.status}`);
	});

	it("writes nothing when the conversation a submission ends is no longer the copy it was made from", async () => {
		await redis.client().flushall();
		const copies = new ConversationCopies();
		const conversations = new RedisConversationRepository(redis.client(), copies);
		const adherences = new RedisAdherenceRepository(redis.client(), redis.trackedReads(), undefined, copies);
		await conversations.set("telegram:-1:1", { name: "Once" }, 60);
		assert.deepEqual(conversations.recent("telegram:-1:1"), { name: "Once" });
		// Another process's change to the same conversation.
		await redis.client().set("{sb}:conversation:telegram:-1:1", JSON.stringify({ name: "Once y Doce" }), "EX", 60);
		const stale = await adherences.submit(draft("Once"), ["n:once"], limit, "telegram:-1:1");
		assert.deepEqual(stale, { kind: "stale-conversation" });
		assert.deepEqual(await adherences.list("s"), [], "no record");
		assert.deepEqual(await conversations.get("telegram:-1:1"), { name: "Once y Doce" }, "the conversation goes on");
		// Read again, the copy is current: the submission is written and ends it.
		const sent = await adherences.submit(draft("Once y Doce"), ["n:onceydoce"], limit, "telegram:-1:1");
		assert.equal(sent.kind, "created");
		assert.equal(await conversations.get("telegram:-1:1"), undefined);
		assert.equal(conversations.recent("telegram:-1:1"), undefined);
	});
});
