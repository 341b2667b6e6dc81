// An experiment beside bench/import.ts, for the planners' choice between more hand-written rules and a learned
// reader: a token labeller (begin/inside/outside a signatory's name) trained on the development split's hand
// annotations, read on the test split it never saw. It prints the labeller alone, and the rules with the labeller's
// extra names added to documents where the rules read fewer than ten signatories (the variant chosen beforehand on
// stop 30's rounds, read as the rules first read them). Nothing in src/ uses the labeller.
// Run: node --import tsx bench/import-labeller.ts
import { performance } from "node:perf_hooks";
import type { DraftSignatory } from "../src/core/import/import-draft.js";
import { importStatement } from "../src/core/import/import-statement.js";
import { type CorpusDocument, loadCorpus } from "../test/fixtures/import/corpus.js";
import { matchSignatories } from "./import.js";
import { type BenchFigure, report } from "./lib/figures.js";
import { featurize } from "./lib/labeller/features.js";
import { FeatureIndex, mulberry32, Perceptron, type Seq, shuffle } from "./lib/labeller/perceptron.js";
import { align, spansOf, spanText, tokenize } from "./lib/labeller/tokens.js";

const epochs = 30;
const seed = 12345;
/** Below this many signatories the rules probably missed a list, and the labeller's extra names are added. */
const fewSignatories = 10;

const signatoriesOf = (document: CorpusDocument) =>
	document.expected.sections.flatMap((section) => section.signatories);

function sequence(document: CorpusDocument, features: FeatureIndex, grow: boolean): Seq {
	const tokens = tokenize(document.text);
	return {
		feats: featurize(tokens).map((names) =>
			Int32Array.from(names.map((name) => features.id(name, grow)).filter((id) => id >= 0)),
		),
		gold: grow ? align(tokens, signatoriesOf(document)).labels : new Uint8Array(tokens.length),
	};
}

/** The labeller's names in one text, each once. */
function labelled(document: CorpusDocument, model: { w: Float64Array; tw: Float64Array }, features: FeatureIndex) {
	const tokens = tokenize(document.text);
	const labels = new Perceptron(0).viterbi(sequence(document, features, false), model.w, model.tw);
	const names = spansOf(labels).map((span) => spanText(document.text, tokens, span));
	return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
}

const asFound = (names: readonly string[]) => names.map((name) => ({ name }) as DraftSignatory);

export async function runLabellerBench(): Promise<BenchFigure[]> {
	const corpus = loadCorpus();
	const development = corpus.filter((document) => document.split === "dev");
	const test = corpus.filter((document) => document.split === "test");
	const started = performance.now();
	const features = new FeatureIndex();
	const training = development.map((document) => sequence(document, features, true));
	const perceptron = new Perceptron(features.map.size);
	const random = mulberry32(seed);
	for (let epoch = 0; epoch < epochs; epoch++)
		for (const example of shuffle(training, random)) perceptron.trainSeq(example);
	const model = perceptron.finalize();
	const trainingSeconds = (performance.now() - started) / 1000;
	const tallies = { alone: { found: 0, matched: 0 }, added: { found: 0, matched: 0 } };
	let expected = 0;
	for (const document of test) {
		const want = signatoriesOf(document);
		const learned = labelled(document, model, features);
		const rules = importStatement(document.text).sections.flatMap((section) => section.signatories);
		const extra =
			rules.length < fewSignatories
				? learned.filter((name) => matchSignatories([{ name } as never], rules).length === 0)
				: [];
		const added = [...rules, ...asFound(extra)];
		expected += want.length;
		tallies.alone.found += learned.length;
		tallies.alone.matched += matchSignatories(want, asFound(learned)).length;
		tallies.added.found += added.length;
		tallies.added.matched += matchSignatories(want, added).length;
	}
	const figure = (name: string, value: number, unit = "ratio") => ({
		name,
		value: Number(value.toFixed(3)),
		unit,
		goal: "none (experiment)",
		holds: true,
	});
	return [
		figure("labeller test signatory precision, labeller alone", tallies.alone.matched / tallies.alone.found),
		figure("labeller test signatory recall, labeller alone", tallies.alone.matched / expected),
		figure(
			`labeller test signatory precision, rules + labeller under ${fewSignatories}`,
			tallies.added.matched / tallies.added.found,
		),
		figure(
			`labeller test signatory recall, rules + labeller under ${fewSignatories}`,
			tallies.added.matched / expected,
		),
		figure(
			"labeller test signers to add per document, labeller alone",
			(expected - tallies.alone.matched) / test.length,
			"count",
		),
		figure(
			"labeller test entries to remove per document, labeller alone",
			(tallies.alone.found - tallies.alone.matched) / test.length,
			"count",
		),
		figure("labeller training documents", development.length, "count"),
		figure("labeller training time", trainingSeconds, "s"),
	];
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
	for (const figure of await runLabellerBench()) report(figure);
}
