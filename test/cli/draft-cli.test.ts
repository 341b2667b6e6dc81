import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadStatementFiles } from "../../src/core/statements/statement-files.js";
import { solidarity } from "../helpers/run-program.js";
import { icorOrganizer, say, startTestCore, type TestCore } from "../helpers/test-core.js";

const id = "solidarity-with-the-miners";

describe("solidarity draft and statement export", () => {
	let t: TestCore;
	let dir: string;
	before(async () => {
		t = await startTestCore();
		dir = await mkdtemp(join(tmpdir(), "draft-cli-"));
		await say(
			t.core,
			"/import icor Solidarity with the miners\n\nWe stand with the striking miners.\n\nSignatories:\n1. Red Dawn, Netherlands\n2. Miners Union, Peru",
			icorOrganizer,
		);
	});
	after(async () => {
		await t.stop();
		await rm(dir, { recursive: true, force: true });
	});

	it("corrects the draft as the chat does, audited as the console operator", async () => {
		const run = await solidarity(["draft", id, "edit", "2", "Miners' Union; MU; Peru"], t.redis.url);
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stdout, /Changed: Miners' Union/);
		assert.equal((await t.statements.get(id))?.sections[0]?.signatories[1]?.abbreviation, "MU");
		const audit = await t.adherences.audit(id);
		assert.equal(audit.at(-1)?.action, "draft-edit");
		const refused = await solidarity(["draft", id, "remove", "7"], t.redis.url);
		assert.equal(refused.code, 1);
	});

	it("exports the draft as a file that loads back to it, and keeps an existing file without --force", async () => {
		const run = await solidarity(["statement", "export", id, "--dir", dir], t.redis.url);
		assert.equal(run.code, 0, run.stderr);
		const loaded = await loadStatementFiles(dir);
		assert.deepEqual(loaded.problems, []);
		assert.deepEqual(loaded.statements, [await t.statements.get(id)]);
		const again = await solidarity(["statement", "export", id, "--dir", dir], t.redis.url);
		assert.equal(again.code, 1);
		assert.match(again.stderr, /exists; add --force/);
		assert.equal((await solidarity(["statement", "export", id, "--dir", dir, "--force"], t.redis.url)).code, 0);
	});
});
