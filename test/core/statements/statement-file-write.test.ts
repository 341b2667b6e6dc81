import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { writeStatementFiles } from "../../../src/core/statements/statement-file-write.js";
import { loadStatementFiles } from "../../../src/core/statements/statement-files.js";
import { icorOrganizer, say, startTestCore, type TestCore } from "../../helpers/test-core.js";

describe("a statement written as files", () => {
	let t: TestCore;
	let dir: string;
	before(async () => {
		t = await startTestCore();
		dir = await mkdtemp(join(tmpdir(), "statement-export-"));
	});
	after(async () => {
		await t.stop();
		await rm(dir, { recursive: true, force: true });
	});

	it("loads back to the same statement: a corrected draft and every seed", async () => {
		const pasted =
			'Solidarity with the dockers\n\nWe stand with the dockers: "no cargo for the war".\n\nSignatories:\n1. Red Dawn, Netherlands\n2. Ana Pérez: secretary, Dock Union';
		await say(t.core, `/import icor ${pasted}`, icorOrganizer);
		await say(t.core, "/draft solidarity-with-the-dockers add Frente Norte; FN; Bolivia", icorOrganizer);
		const statements = await t.statements.list();
		for (const statement of statements) await writeStatementFiles(statement, dir, false);
		const loaded = await loadStatementFiles(dir);
		assert.deepEqual(loaded.problems, []);
		const byId = new Map(loaded.statements.map((statement) => [statement.id, statement]));
		for (const statement of statements) assert.deepEqual(byId.get(statement.id), statement, statement.id);
		assert.equal(byId.get("solidarity-with-the-dockers")?.status, "draft");
	});

	it("refuses to overwrite a file without force", async () => {
		const statement = await t.statements.get("solidarity-with-the-dockers");
		assert.ok(statement);
		const path = join(dir, "solidarity-with-the-dockers.md");
		assert.deepEqual(await writeStatementFiles({ ...statement, issuer: "Changed" }, dir, false), { exists: path });
		assert.doesNotMatch(await readFile(path, "utf8"), /issuer: Changed/);
		await writeStatementFiles({ ...statement, issuer: "Changed" }, dir, true);
		assert.match(await readFile(path, "utf8"), /issuer: Changed/);
	});
});
