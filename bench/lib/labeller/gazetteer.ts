// biome-ignore-all lint/style/noNonNullAssertion: token lists are indexed within their bounds in hot loops.
// What the importer's own word lists say about a token, its capitalised run and its line: a given name, a
// country, a role or organisation word, page furniture. The labeller otherwise sees only shapes and words it met
// in training, so a country alone, a greeting or a "Twitter" line looked like any other capitalised name.
import { lookupCountry } from "../../../src/core/import/country-names.js";
import { notASignatory } from "../../../src/core/import/entry-filters.js";
import { isGivenName } from "../../../src/core/import/given-names.js";
import { isJunkLine } from "../../../src/core/import/junk-lines.js";
import { exactJunk } from "../../../src/core/import/junk-phrases.js";
import {
	isPersonLike,
	isRoleText,
	opensWithRoleWord,
	organizationWord,
} from "../../../src/core/import/person-names.js";
import type { Token } from "./tokens.js";

export interface Run {
	s: number; // first token index
	e: number; // last token index
}

/** The text of tokens a..b as printed, with one space wherever the source had any gap. */
function textOf(tokens: Token[], a: number, b: number): string {
	let out = tokens[a]!.text;
	for (let i = a + 1; i <= b; i++) out += (tokens[i]!.start > tokens[i - 1]!.end ? " " : "") + tokens[i]!.text;
	return out;
}

const isCountry = (s: string) => lookupCountry(s) !== undefined;
const SENTENCE_END = new Set([".", "!", "?"]);

/** Extra features per token, to append to featurize's own. */
export function gazetteerFeatures(tokens: Token[], runs: Run[], runId: Int32Array): string[][] {
	const out: string[][] = tokens.map(() => []);
	// per line: furniture or a line no signatory is printed on (salutation, the document's own title)
	for (let a = 0; a < tokens.length; ) {
		let b = a;
		while (b + 1 < tokens.length && tokens[b + 1]!.line === tokens[a]!.line) b++;
		const line = textOf(tokens, a, b);
		const tags: string[] = [];
		if (isJunkLine(line)) tags.push("gz:ljunk");
		if (notASignatory(line)) tags.push("gz:lnot");
		if (tags.length) for (let i = a; i <= b; i++) out[i]!.push(...tags);
		a = b + 1;
	}
	// per token: word lists
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (!t.isWord) continue;
		const cap = /^\p{Lu}/u.test(t.text);
		if (cap && isGivenName(t.folded)) out[i]!.push("gz:gn");
		if (cap && t.text.length > 1 && isCountry(t.text)) out[i]!.push("gz:ct");
		if (exactJunk.has(t.folded)) out[i]!.push("gz:junk");
		if (opensWithRoleWord(t.folded)) out[i]!.push(`gz:role|${cap ? 1 : 0}`);
		if (organizationWord(t.folded)) out[i]!.push("gz:org");
	}
	// per capitalised run: what the whole run is, and what stands beside it
	const kinds = runs.map((run) => {
		const text = textOf(tokens, run.s, run.e);
		return {
			country: isCountry(text),
			person: isPersonLike(text),
			org: organizationWord(text),
			role: isRoleText(text) || opensWithRoleWord(text),
		};
	});
	// how often the run is named in prose lines: the person a letter is about or addressed to ("Dilma Rousseff",
	// "Sergio Mattarella") is named in its sentences, a signer is mostly named only in the list
	const runKey = runs.map((run) =>
		tokens
			.slice(run.s, run.e + 1)
			.map((t) => t.folded)
			.join(" "),
	);
	// a prose line: a dozen tokens or more, mostly lower case
	const prose = new Uint8Array(tokens.length);
	for (let a = 0; a < tokens.length; ) {
		let b = a;
		let lower = 0;
		while (b + 1 < tokens.length && tokens[b + 1]!.line === tokens[a]!.line) b++;
		for (let i = a; i <= b; i++) if (/^\p{Ll}/u.test(tokens[i]!.text)) lower++;
		if (b - a >= 11 && lower * 2 > b - a) prose.fill(1, a, b + 1);
		a = b + 1;
	}
	const seen = new Map<string, number>();
	runs.forEach((run, r) => {
		if (prose[run.s]) seen.set(runKey[r]!, (seen.get(runKey[r]!) ?? 0) + 1);
	});
	runs.forEach((run, r) => {
		const runKind = kinds[r]!;
		const repeats = Math.min(seen.get(runKey[r]!) ?? 0, 2);
		const runLength = Math.min(run.e - run.s + 1, 4);
		const before = tokens[run.s - 1];
		const after = tokens[run.e + 1];
		// the run after a comma, dash or bracket on the same line, and the run before one
		const sep = (t: Token | undefined, other: Token) =>
			!!t && t.line === other.line && [",", "-", "–", "(", ")", "/", "|"].includes(t.text);
		const nextKind = sep(after, tokens[run.e]!) && runId[run.e + 2]! >= 0 ? kinds[runId[run.e + 2]!] : undefined;
		const previousKind = sep(before, tokens[run.s]!) && runId[run.s - 2]! >= 0 ? kinds[runId[run.s - 2]!] : undefined;
		// a run that opens a sentence in prose ("Since December", "Whereas")
		const opens = !before || before.line !== tokens[run.s]!.line || SENTENCE_END.has(before.text);
		const tags = [
			`gz:r=${runKind.country ? "C" : ""}${runKind.person ? "P" : ""}${runKind.org ? "O" : ""}${runKind.role ? "R" : ""}|${runLength}`,
			`gz:nb=${nextKind ? (nextKind.country ? "C" : nextKind.person ? "P" : nextKind.org ? "O" : "x") : "-"}|${previousKind ? (previousKind.country ? "C" : previousKind.person ? "P" : previousKind.org ? "O" : "x") : "-"}`,
			`gz:nb*r=${nextKind?.country ? 1 : 0}${previousKind?.person ? 1 : 0}|${runKind.person ? "P" : runKind.org ? "O" : runKind.country ? "C" : "x"}`,
			`gz:prose=${repeats}|${prose[run.s]}|${runKind.person ? 1 : 0}`,
		];
		if (runKind.country) tags.push(`gz:rct|${opens ? 1 : 0}|${before?.text ?? ""}|${after?.text ?? ""}`);
		if (opens && before && SENTENCE_END.has(before.text)) tags.push(`gz:sopen|${runLength}|${runKind.person ? 1 : 0}`);
		if (isGivenName(tokens[run.s]!.folded)) tags.push(`gz:rgn|${runLength}`);
		for (let i = run.s; i <= run.e; i++) out[i]!.push(...tags);
	});
	return out;
}
