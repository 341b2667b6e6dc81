import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { loadStatementFiles } from "../../../src/core/statements/statement-files.js";
import { loadSeeds, seed, seedDir } from "../../helpers/seeds.js";

const sectionCounts = (statement: { sections: { signatories: unknown[] }[] }) =>
	statement.sections.map((section) => section.signatories.length);

describe("the shipped seed statements", async () => {
	const statements = await loadSeeds();

	it("are all five, with the signatory counts the documents print", () => {
		assert.deepEqual(sectionCounts(seed(statements, "icor-movadef-persecution")), [21]);
		assert.deepEqual(sectionCounts(seed(statements, "icor-peru-struggle-2023")), [28, 3]);
		assert.deepEqual(sectionCounts(seed(statements, "peru-urgent-declaration-2023")), [9]);
		assert.deepEqual(sectionCounts(seed(statements, "red-muqui-international-2023")), [25, 13]);
		assert.deepEqual(sectionCounts(seed(statements, "wftu-peru-solidarity-day-2023")), []);
		assert.equal(statements.length, 5);
	});

	it("keep the structure of each signatory", () => {
		const peru = seed(statements, "icor-peru-struggle-2023");
		const redDawn = peru.sections[0]?.signatories[16];
		assert.equal(redDawn?.abbreviation, "RM");
		assert.equal(redDawn?.name, "Rode Morgen");
		assert.equal(redDawn?.nameEn, "Red Dawn");
		assert.equal(redDawn?.country, "NL");
		assert.equal(peru.asOf, "2023-02-07");
		const professor = seed(statements, "peru-urgent-declaration-2023").sections[0]?.signatories[8];
		assert.equal(professor?.kind, "individual");
		assert.equal(professor?.country, "AU");
	});

	it("join translations to their statement and mark them unofficial", () => {
		const call = seed(statements, "wftu-peru-solidarity-day-2023");
		assert.deepEqual(Object.keys(call.versions).sort(), ["en", "es"]);
		assert.equal(call.versions.es?.unofficialTranslation, true);
		assert.equal(call.versions.en?.unofficialTranslation, false);
		assert.match(call.versions.es?.body ?? "", /Federación Sindical Mundial/);
	});
});

describe("a broken statement file", () => {
	const dir = mkdtempSync(join(tmpdir(), "sb-statements-"));
	after(() => rmSync(dir, { recursive: true, force: true }));
	cpSync(seedDir, dir, { recursive: true });

	it("is reported with its path and the field at fault, and the other files still load", async () => {
		writeFileSync(
			join(dir, "broken.md"),
			`---\nid: broken\nkind: petition\nissuer: Someone\ndate: "2023-13-45"\nstatus: open\noriginalLanguage: en\nlanguage: en\ntitle: Broken\nsections:\n  - signatories:\n      - name: A\n        country: XX\n---\nBody\n`,
		);
		writeFileSync(join(dir, "no-front-matter.md"), "Just text\n");
		writeFileSync(join(dir, "bad-yaml.md"), "---\nid: [unclosed\n---\nBody\n");
		writeFileSync(join(dir, "orphan.es.md"), "---\ntitle: Huérfana\n---\nCuerpo\n");
		const { statements, problems } = await loadStatementFiles(dir);
		assert.equal(statements.length, 5, "the five good files still load");
		const broken = join(dir, "broken.md");
		assert.ok(
			problems.includes(
				`${broken}: kind: Invalid option: expected one of "resolution"|"declaration"|"statement"|"call"`,
			),
			problems.join("\n"),
		);
		assert.ok(problems.some((p) => p.startsWith(`${broken}: date: `)));
		assert.ok(problems.some((p) => p.startsWith(`${broken}: sections.0.signatories.0.country: `)));
		assert.ok(
			problems.some((p) =>
				p.startsWith(`${join(dir, "no-front-matter.md")}: the file must start with YAML front matter`),
			),
		);
		assert.ok(problems.some((p) => p.startsWith(`${join(dir, "bad-yaml.md")}: the front matter is not valid YAML`)));
		assert.ok(problems.some((p) => p.startsWith(`${join(dir, "orphan.es.md")}: there is no orphan.md`)));
	});
});
