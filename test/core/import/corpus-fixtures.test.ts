import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchSignatories, unaccountedLines } from "../../../bench/import.js";
import { importStatement } from "../../../src/core/import/import-statement.js";
import { loadCorpus } from "../../fixtures/import/corpus.js";

const corpus = loadCorpus();

describe("the import corpus", () => {
	it("holds real statements in six languages, with a test split of at least 15 documents", () => {
		assert.ok(corpus.length >= 52, `only ${corpus.length} fixtures`);
		const languages = new Map<string, number>();
		for (const document of corpus)
			languages.set(document.expected.language, (languages.get(document.expected.language) ?? 0) + 1);
		for (const language of ["en", "es", "fr", "pt", "de", "it"])
			assert.ok((languages.get(language) ?? 0) >= 3, `${language}: ${languages.get(language) ?? 0} documents`);
		assert.ok(corpus.filter((document) => document.split === "test").length >= 15);
	});

	for (const document of corpus) {
		it(`accounts for every line of ${document.name}`, () => {
			const draft = importStatement(document.text);
			assert.equal(unaccountedLines(document.text, draft), 0);
			for (const line of draft.unrecognized)
				assert.ok(
					draft.accounting.some((entry) => entry.as === "unrecognized" && entry.text === line.trim()),
					`unrecognized but not in the accounting: ${line}`,
				);
			for (const entry of draft.accounting) if (entry.as === "furniture") assert.ok(entry.rule, entry.text);
		});
	}

	it("finds most of the development set's signatories, and few that are not there", () => {
		let expected = 0;
		let found = 0;
		let matched = 0;
		let sameKind = 0;
		for (const document of corpus.filter((entry) => entry.split === "dev")) {
			const want = document.expected.sections.flatMap((section) => section.signatories);
			const got = importStatement(document.text).sections.flatMap((section) => section.signatories);
			const pairs = matchSignatories(want, got);
			expected += want.length;
			found += got.length;
			matched += pairs.length;
			sameKind += pairs.filter(([annotated, read]) => annotated.kind === read.kind).length;
		}
		// Floors below the figures bench/import.ts prints for the development set, so a change that loses
		// signatories or kinds fails here. Each round of development documents, annotated before the importer ran on
		// them, brings the figures down (the sixth to tenth rounds' 20 documents each read 0.81 to 0.94 precision and
		// 0.54 to 0.68 recall before their changes), and the floors with them: with the first test split retired into
		// it and ten rounds, the set reads 0.964, 0.907 and 0.991 at stop 23; with fifteen rounds (317 documents),
		// 0.960, 0.920 and 0.981 at stop 29, the fifteenth round's texts bringing kind down from 0.989; with eighteen
		// (359 documents), 0.955, 0.904 and 0.982 at stop 30, the eighteenth round's texts, read before any change for
		// them, bringing recall down from 0.915, so its floor is 0.89 from then; with nineteen (373 documents), 0.956,
		// 0.903 and 0.981 at stop 31 (0.985 kind after its country and given-name change). The test split is never
		// looked at here.
		assert.ok(matched / found >= 0.95, `precision ${(matched / found).toFixed(3)}`);
		assert.ok(matched / expected >= 0.89, `recall ${(matched / expected).toFixed(3)}`);
		assert.ok(sameKind / matched >= 0.975, `kind ${(sameKind / matched).toFixed(3)}`);
	});
});
