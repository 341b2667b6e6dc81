// Signatory precision and recall of the statement importer over the test corpus and the seeds, and the
// time to import a 300-signatory document. Run: node --import tsx bench/import.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { importJsonSchema } from "../src/core/import/import-draft.js";
import { importStatement } from "../src/core/import/import-statement.js";
import { fold } from "../src/core/import/text-normalize.js";

const root = join(import.meta.dirname, "..");
const fixtureDir = join(root, "test/fixtures/import");
const seedDir = join(root, "test/fixtures/seeds");

// The seeds' signatory counts as printed; test/core/import/seed-documents.test.ts checks their fields.
const seedCounts: Record<string, number[]> = {
	"000_3b040382fcf82d6d.txt": [21],
	"001_55d33ac6f5b697e4.txt": [28, 3],
	"002_931f5cf06bc67560.txt": [9],
	"003_531545305cf04e37.txt": [25, 13],
	"004_7c7aeeae37f0f8a8.txt": [],
};

const normalize = (name: string) => fold(name.normalize("NFC"));

interface Tally {
	truePositives: number;
	found: number;
	expected: number;
}

function compare(expected: string[], found: string[], tally: Tally): void {
	const remaining = new Map<string, number>();
	for (const name of expected.map(normalize)) remaining.set(name, (remaining.get(name) ?? 0) + 1);
	for (const name of found.map(normalize)) {
		const left = remaining.get(name) ?? 0;
		if (left > 0) {
			tally.truePositives++;
			remaining.set(name, left - 1);
		}
	}
	tally.found += found.length;
	tally.expected += expected.length;
}

const tally: Tally = { truePositives: 0, found: 0, expected: 0 };
for (const name of readdirSync(fixtureDir).filter((file) => file.endsWith(".txt"))) {
	const expected = importJsonSchema.parse(
		JSON.parse(readFileSync(join(fixtureDir, name.replace(/\.txt$/, ".expected.json")), "utf8")),
	);
	const draft = importStatement(readFileSync(join(fixtureDir, name), "utf8"));
	compare(
		expected.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name)),
		draft.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name)),
		tally,
	);
}
let seedsRight = true;
for (const [name, counts] of Object.entries(seedCounts)) {
	const draft = importStatement(readFileSync(join(seedDir, name), "utf8"));
	const found = draft.sections.map((section) => section.signatories.length);
	if (JSON.stringify(found) !== JSON.stringify(counts)) seedsRight = false;
}

const precision = tally.found === 0 ? 1 : tally.truePositives / tally.found;
const recall = tally.expected === 0 ? 1 : tally.truePositives / tally.expected;
process.stdout.write(`import precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}\n`);
process.stdout.write(`import seed counts ${seedsRight ? "all right" : "WRONG"} (21; 28 + 3; 9; 25 + 13; none)\n`);

function generated(count: number): string {
	const countries = ["Peru", "Chile", "France", "Brasil", "Kenya", "India", "Mexico", "Canada"];
	const lines = [
		"International statement in solidarity with the people of Peru",
		"",
		"We, the undersigned organizations, express our solidarity with the Peruvian people and demand an end to the repression.",
		"",
		"Signatories:",
	];
	for (let index = 1; index <= count; index++)
		lines.push(
			`${index}. ORG${index} Organización Popular Número ${index} (Popular Organization ${index}), ${countries[index % countries.length]}`,
		);
	return lines.join("\n");
}

const document = generated(300);
const runs: number[] = [];
let signatories = 0;
for (let run = 0; run < 23; run++) {
	const start = performance.now();
	const draft = importStatement(document);
	const elapsed = performance.now() - start;
	signatories = draft.sections.reduce((sum, section) => sum + section.signatories.length, 0);
	if (run >= 3) runs.push(elapsed);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
process.stdout.write(`import ${signatories} signatories: ${median.toFixed(1)} ms (median of ${runs.length})\n`);
