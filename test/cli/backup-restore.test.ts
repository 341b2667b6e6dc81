import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { solidarity } from "../helpers/run-program.js";
import { member, organizer, otherMember, say, startTestCore, type TestCore } from "../helpers/test-core.js";
import { TestRedis } from "../helpers/test-redis.js";

const seedId = "icor-peru-struggle-2023";
const draftId = "draft-resolution";

/** A store with what a campaign leaves: approved, pending and rejected adherences, a closed vote, a subscription. */
async function populate(t: TestCore): Promise<void> {
	await say(t.core, `/adhere ${seedId} Red Dawn Collective; RDC; Perú; org@rdc.example`);
	await say(t.core, "/confirm");
	await say(t.core, `/approve ${seedId} 1`, organizer);
	await say(t.core, `/adhere ${seedId} Frente Obrero; FO; Chile`, otherMember);
	await say(t.core, "/confirm", otherMember);
	await say(t.core, `/adhere ${seedId} Sindicato Minero; SM; Bolivia`, { ...member, userId: "3010" });
	await say(t.core, "/confirm", { ...member, userId: "3010" });
	await say(t.core, `/reject ${seedId} 3 not an organization`, organizer);
	await t.deps.roll.replaceAll([
		{ id: "m1", name: "One", country: "PE", representatives: ["telegram:9001"] },
		{ id: "m2", name: "Two", country: "CL", representatives: ["telegram:9002"] },
	]);
	const base = await t.statements.get("icor-movadef-persecution");
	assert.ok(base);
	await t.statements.upsert({ ...base, id: draftId, status: "draft", sections: [] });
	await say(t.core, `/voteopen ${draftId} all`, organizer);
	await say(t.core, `/vote ${draftId} approve`, { ...member, userId: "9001" });
	await say(t.core, `/vote ${draftId} approve`, { ...member, userId: "9002" });
	await say(t.core, `/voteclose ${draftId}`, organizer);
}

/** What an operator reads from a store: every list, export, vote result and audit entry. */
async function observe(url: string): Promise<string[]> {
	const runs = await Promise.all(
		[
			["signatories", "export", seedId, "--format", "json"],
			["signatories", "export", seedId, "--format", "csv"],
			["signatories", "export", draftId, "--format", "text"],
			["signatories", seedId],
			["audit", seedId, "--json"],
			["audit", draftId, "--json"],
			["vote", "status", draftId],
			["subscription", "list"],
			["days", "list"],
		].map((args) => solidarity(args, url)),
	);
	return runs.map((run) => `${run.code}\n${run.stdout}${run.stderr}`);
}

describe("solidarity backup and restore", () => {
	let t: TestCore;
	let fresh: TestRedis;
	let dir: string;
	before(async () => {
		t = await startTestCore();
		fresh = await TestRedis.start();
		dir = mkdtempSync(join(tmpdir(), "sb-backup-"));
		await populate(t);
		const sub = await solidarity(["subscription", "add", "telegram", "-1001", "--tz", "America/Lima"], t.redis.url);
		assert.equal(sub.code, 0, sub.stderr);
	});
	after(async () => {
		await t.stop();
		await fresh.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it("restores into a fresh Redis every list, export, vote result and audit entry as they were", async () => {
		const file = join(dir, "full.json");
		const backup = await solidarity(["backup", file, "--with-contacts"], t.redis.url);
		assert.equal(backup.code, 0, backup.stderr);
		assert.match(backup.stdout, /^backup .*full\.json: \d+ keys, schema version 3, with contact e-mails\n$/);
		const restore = await solidarity(["restore", file], fresh.url);
		assert.equal(restore.code, 0, restore.stderr);
		assert.match(restore.stdout, /^restored \d+ keys from /);

		const [before, after] = [await observe(t.redis.url), await observe(fresh.url)];
		assert.deepEqual(after, before);
		assert.match(before[1] ?? "", /org@rdc\.example/, "the contact came through");
		assert.match(before[6] ?? "", /adopted|Adopted/);
		assert.match(before[7] ?? "", /telegram:-1001/);
	});

	it("refuses a Redis that already holds data unless --force, and then replaces it", async () => {
		const file = join(dir, "again.json");
		assert.equal((await solidarity(["backup", file], t.redis.url)).code, 0);
		const refused = await solidarity(["restore", file], fresh.url);
		assert.equal(refused.code, 1);
		assert.match(refused.stderr, /already holds solidarity data; restore with --force/);
		const forced = await solidarity(["restore", file, "--force"], fresh.url);
		assert.equal(forced.code, 0, forced.stderr);
		const list = await solidarity(["signatories", seedId], fresh.url);
		assert.equal(list.stdout, (await solidarity(["signatories", seedId], t.redis.url)).stdout);
		const csv = await solidarity(["signatories", "export", seedId, "--format", "csv"], fresh.url);
		assert.match(csv.stdout, /Red Dawn Collective,RDC,,PE,,organization,adherence,1,2026-11-23T12:00:00\.000Z,\r\n/);
		assert.doesNotMatch(csv.stdout, /org@rdc\.example/, "no contact without --with-contacts");
	});

	it("leaves contact e-mails out unless --with-contacts, and reads back what it wrote", async () => {
		const run = await solidarity(["backup", "-"], t.redis.url);
		assert.equal(run.code, 0, run.stderr);
		assert.doesNotMatch(run.stdout, /org@rdc\.example/);
		const parsed = JSON.parse(run.stdout);
		assert.equal(parsed.format, "solidarity-backup");
		assert.equal(parsed.withContacts, false);
		assert.ok(parsed.entries.some((entry: { key: string }) => entry.key === `{sb}:audit:${seedId}`));
		const withContacts = readFileSync(join(dir, "full.json"), "utf8");
		assert.match(withContacts, /org@rdc\.example/);
	});

	it("says what is wrong with a file that is not a backup", async () => {
		const missing = await solidarity(["restore", join(dir, "nope.json")], fresh.url);
		assert.equal(missing.code, 66);
		const notBackup = await solidarity(["restore", join(dir, "..")], fresh.url);
		assert.notEqual(notBackup.code, 0);
	});
});
