import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { importJsonSchema, toImportJson } from "../../../src/core/import/import-draft.js";
import { importStatement } from "../../../src/core/import/import-statement.js";

const fixtureDir = join(import.meta.dirname, "../../fixtures/import");
const names = readdirSync(fixtureDir)
	.filter((name) => name.endsWith(".txt"))
	.map((name) => name.replace(/\.txt$/, ""));

describe("the import corpus", () => {
	it("holds at least 12 real statements in at least three languages", () => {
		assert.ok(names.length >= 12, `only ${names.length} fixtures`);
		const languages = new Set(
			names.map((name) => JSON.parse(readFileSync(join(fixtureDir, `${name}.expected.json`), "utf8")).language),
		);
		assert.ok(languages.size >= 3, `languages: ${[...languages].join(", ")}`);
	});

	for (const name of names) {
		it(`imports ${name} as expected`, () => {
			const expected = importJsonSchema.parse(
				JSON.parse(readFileSync(join(fixtureDir, `${name}.expected.json`), "utf8")),
			);
			const actual = toImportJson(importStatement(readFileSync(join(fixtureDir, `${name}.txt`), "utf8")));
			assert.deepEqual(actual, expected);
		});
	}
});
