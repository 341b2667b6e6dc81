import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { runStatementImport } from "../../../src/cli/import-command.js";
import { importJsonSchema } from "../../../src/core/import/import-draft.js";
import type { Statement } from "../../../src/core/statements/statement.js";

const seed = join(import.meta.dirname, "../../fixtures/seeds/001_55d33ac6f5b697e4.txt");
const dir = mkdtempSync(join(tmpdir(), "sb-import-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function recorder() {
	const out: string[] = [];
	const err: string[] = [];
	const saved: Statement[] = [];
	return {
		out,
		err,
		saved,
		deps: {
			out: (text: string) => out.push(text),
			err: (text: string) => err.push(text),
			save: async (statement: Statement) => {
				saved.push(statement);
			},
		},
	};
}

describe("solidarity statement import", () => {
	it("prints exactly the JSON shape with --json and saves nothing", async () => {
		const run = recorder();
		assert.equal(await runStatementImport([seed, "--json"], run.deps), 0);
		const json = JSON.parse(run.out.join("\n"));
		importJsonSchema.parse(json);
		assert.deepEqual(Object.keys(json), [
			"title",
			"date",
			"language",
			"issuer",
			"body",
			"sections",
			"unrecognized",
			"accounting",
			"missingList",
		]);
		assert.deepEqual(Object.keys(json.sections[0]), ["heading", "signatories"]);
		assert.deepEqual(Object.keys(json.sections[0].signatories[0]), [
			"name",
			"abbreviation",
			"country",
			"kind",
			"title",
			"organization",
		]);
		// Every line of the seed is accounted for: the JSON says what became of each one.
		const lines = readFileSync(seed, "utf8")
			.split(/\r?\n/)
			.filter((line) => line.trim() !== "").length;
		assert.equal(json.accounting.length, lines);
		assert.equal(json.sections[0].signatories.length, 28);
		assert.equal(run.saved.length, 0);
	});

	it("saves nothing with --dry-run", async () => {
		const run = recorder();
		assert.equal(await runStatementImport(["--dry-run", seed], run.deps), 0);
		assert.equal(run.saved.length, 0);
		assert.match(run.out.join("\n"), /nothing saved/);
	});

	it("saves a valid draft statement and prints its id", async () => {
		const run = recorder();
		assert.equal(await runStatementImport([seed, "--campaign", "icor"], run.deps), 0);
		assert.equal(run.saved.length, 1);
		const statement = run.saved[0];
		assert.equal(statement?.campaign, "icor");
		assert.equal(statement?.id, "solidarity-with-the-struggle-of-the-peruvian");
		assert.equal(statement?.status, "draft");
		assert.equal(statement?.kind, "resolution");
		assert.equal(statement?.asOf, "2023-02-07");
		assert.deepEqual(
			statement?.sections.map((section) => [section.role, section.listStyle, section.signatories.length]),
			[
				["main", "numbered", 28],
				["subsequent", "plain", 3],
			],
		);
		assert.match(run.out.join("\n"), /saved draft solidarity-with-the-struggle-of-the-peruvian/);
	});

	it("gives a taken id a number instead of replacing a statement", async () => {
		const run = recorder();
		const deps = { ...run.deps, exists: async (id: string) => id === "solidarity-with-the-struggle-of-the-peruvian" };
		assert.equal(await runStatementImport([seed, "--campaign", "icor"], deps), 0);
		assert.equal(run.saved[0]?.id, "solidarity-with-the-struggle-of-the-peruvian-2");
	});

	it("asks which campaign a draft belongs to before saving it", async () => {
		const run = recorder();
		assert.equal(await runStatementImport([seed], run.deps), 2);
		assert.equal(run.saved.length, 0);
		assert.match(run.err.join("\n"), /--campaign <id>/);
	});

	it("refuses bad input with a clear message and exit code", async () => {
		const empty = join(dir, "empty.txt");
		writeFileSync(empty, "  \n\n");
		const binary = join(dir, "binary.pdf");
		writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02]));
		const large = join(dir, "large.txt");
		writeFileSync(large, "Red Muqui\n".repeat(520_000));
		const cases: [string[], number, RegExp][] = [
			[[empty], 1, /empty/],
			[[binary], 1, /not a text file/],
			[[large], 1, /too large .*2 MB/],
			[[join(dir, "missing.txt")], 66, /no such file/],
			[[], 2, /give the file/],
			[[empty, "--bogus"], 2, /bogus/],
		];
		for (const [args, code, message] of cases) {
			const run = recorder();
			assert.equal(await runStatementImport(args, run.deps), code, args.join(" "));
			assert.match(run.err.join("\n"), message);
			assert.equal(run.saved.length, 0);
		}
	});

	it("makes a draft of a text without signatories and says so", async () => {
		const call = join(dir, "call.txt");
		writeFileSync(
			call,
			"A call to action\n\nWe call on all unions to join the day of action on 1 May 2024 in every city.\n",
		);
		const run = recorder();
		assert.equal(await runStatementImport([call, "--json"], run.deps), 0);
		assert.deepEqual(JSON.parse(run.out.join("\n")).sections, []);
		assert.match(run.err.join("\n"), /no signatory list/);
	});
});
