// biome-ignore-all lint/style/noNonNullAssertion: typed arrays and token lists are indexed within their bounds in hot loops; a fallback there would hide a bug, not handle a case.
// What the learned labeller looks at for each token: the word, its shape and neighbours, its line's shape and
// the lines around, how far back a word of signing is, and runs of capitalised words with what bounds them.
import { gazetteerFeatures } from "./gazetteer.js";
import type { Token } from "./tokens.js";
import { CONJ, CONNECT, CUE_PREFIXES, JOIN_P, TITLE_WORDS } from "./words.js";

const STRONG_CUE =
	/^(sign|undersign|cosign|firma|firmat|firman|suscri|subscri|adhie|adhes|aderen|adesio|unterzeich|erstunterzeich|unterschrie|assin|endors)/;

function cueOf(f: string): string | null {
	if (STRONG_CUE.test(f)) return "S";
	for (const p of CUE_PREFIXES) if (f === p || (p.length >= 5 && f.startsWith(p))) return "W";
	return null;
}

function shape(t: string): string {
	let s = t
		.replace(/\p{Lu}/gu, "X")
		.replace(/\p{Ll}/gu, "x")
		.replace(/\p{N}/gu, "d");
	s = s.replace(/(.)\1+/g, "$1$1"); // compress runs to at most 2
	return s.length > 6 ? s.slice(0, 6) : s;
}

const bucket = (n: number, edges: number[]) => {
	for (let i = 0; i < edges.length; i++) if (n <= edges[i]!) return String(i);
	return String(edges.length);
};

interface LineInfo {
	first: number;
	last: number;
	nTok: number;
	nWords: number;
	endsColon: boolean;
	endsPeriod: boolean;
	bullet: boolean;
	commas: number;
	capFrac: number;
	cue: number; // token index of first strong cue in line, -1 none
	shapeSig: string;
}

export function featurize(tokens: Token[]): string[][] {
	const lines: LineInfo[] = [];
	const lineOf: number[] = []; // compact line index per token
	const lineIndexByRaw = new Map<number, number>();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		let lineIndex = lineIndexByRaw.get(t.line);
		if (lineIndex === undefined) {
			lineIndex = lines.length;
			lineIndexByRaw.set(t.line, lineIndex);
			lines.push({
				first: i,
				last: i,
				nTok: 0,
				nWords: 0,
				endsColon: false,
				endsPeriod: false,
				bullet: false,
				commas: 0,
				capFrac: 0,
				cue: -1,
				shapeSig: "",
			});
		}
		const line = lines[lineIndex]!;
		line.last = i;
		line.nTok++;
		if (t.isWord) {
			line.nWords++;
			if (/^\p{Lu}/u.test(t.text)) line.capFrac++;
		}
		if (t.text === "," || t.text === ";") line.commas++;
		if (line.cue < 0 && cueOf(t.folded) === "S") line.cue = i;
		lineOf.push(lineIndex);
	}
	for (const line of lines) {
		const lastToken = tokens[line.last]!;
		const firstToken = tokens[line.first]!;
		line.endsColon = lastToken.text === ":";
		line.endsPeriod = lastToken.text === "." || lastToken.text === "!" || lastToken.text === "?";
		line.bullet =
			/^[-•*·–—▪►○●◦]$/.test(firstToken.text) ||
			(/^\d+$/.test(firstToken.text) && [".", ")", "-"].includes(tokens[line.first + 1]?.text ?? ""));
		line.capFrac = line.nWords ? line.capFrac / line.nWords : 0;
		line.shapeSig = `${shape(firstToken.text).slice(0, 2)}|${bucket(line.nTok, [2, 4, 7, 12])}|${line.commas > 0 ? 1 : 0}`;
	}
	const lineCount = lines.length;
	// cue and heading context per line
	const lastCueLineBefore: number[] = []; // nearest line index <= lineIndex containing a strong cue (exclusive of same line handled separately)
	const lastColonLineBefore: number[] = [];
	let lastCueLine = -1e9;
	let lcol = -1e9;
	for (let lineIndex = 0; lineIndex < lineCount; lineIndex++) {
		lastCueLineBefore.push(lastCueLine);
		lastColonLineBefore.push(lcol);
		if (lines[lineIndex]!.cue >= 0) lastCueLine = lineIndex;
		if (lines[lineIndex]!.endsColon) lcol = lineIndex;
	}
	// list-ness: lines sharing a shape with nearby lines, repeated first words, share of short lines in the document
	const similarNeighbours = lines.map((line, lineIndex) => {
		let c = 0;
		for (let d = -3; d <= 3; d++) if (d !== 0 && lines[lineIndex + d]?.shapeSig === line.shapeSig) c++;
		return c;
	});
	const firstWord = (line: LineInfo | undefined) => (line ? tokens[line.first]!.folded : "");
	const shortShare = lines.length ? lines.filter((line) => line.nTok <= 8).length / lines.length : 0;
	const docList = bucket(Math.round(shortShare * 10), [2, 4, 6, 8]);
	// capitalised runs (name-like chunks) and the delimiters around them
	const runId = new Int32Array(tokens.length).fill(-1);
	const runs: Array<{ s: number; e: number }> = [];
	const isCapitalWord = (t: Token | undefined) => !!t && t.isWord && /^[\p{Lu}\p{N}]/u.test(t.text);
	for (let i = 0; i < tokens.length; ) {
		if (!isCapitalWord(tokens[i])) {
			i++;
			continue;
		}
		let e = i;
		for (;;) {
			const n1 = tokens[e + 1];
			if (isCapitalWord(n1) && n1!.line === tokens[e]!.line) e = e + 1;
			else if (n1 && (JOIN_P.has(n1.text) || CONNECT.has(n1.folded)) && isCapitalWord(tokens[e + 2])) e = e + 2;
			else if (
				n1 &&
				CONNECT.has(n1.folded) &&
				tokens[e + 2] &&
				CONNECT.has(tokens[e + 2]!.folded) &&
				isCapitalWord(tokens[e + 3])
			)
				e = e + 3;
			else break;
		}
		runs.push({ s: i, e });
		for (let k = i; k <= e; k++) runId[k] = runs.length - 1;
		i = e + 1;
	}
	const delim = (t: Token | undefined, other: Token | undefined) => {
		if (!t) return "edge";
		if (other && t.line !== other.line) return "nl";
		if (",;:()/".includes(t.text) && t.text.length === 1) return t.text;
		if (CONJ.has(t.folded)) return "conj";
		if (cueOf(t.folded)) return "cue";
		if (!t.isWord) return "p";
		return /^\p{Lu}/u.test(t.text) ? "W" : "w";
	};
	// sentence-level enumeration density: commas and runs per sentence
	const sentOf = new Int32Array(tokens.length);
	const sentCommas: number[] = [];
	const sentRuns: number[] = [];
	{
		let sIdx = 0;
		sentCommas.push(0);
		sentRuns.push(0);
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i]!;
			const prev = tokens[i - 1];
			if (prev && (prev.line !== t.line || prev.text === "." || prev.text === ";" || prev.text === ":")) {
				sIdx++;
				sentCommas.push(0);
				sentRuns.push(0);
			}
			sentOf[i] = sIdx;
			if (t.text === ",") sentCommas[sIdx]!++;
			if (runId[i]! >= 0 && runs[runId[i]!]!.s === i) sentRuns[sIdx]!++;
		}
	}
	const gazetteer = gazetteerFeatures(tokens, runs, runId);
	const feats: string[][] = [];
	let lastCueTok = -1e9;
	let lastSentenceStart = 0;
	let chunk = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const lineIndex = lineOf[i]!;
		const line = lines[lineIndex]!;
		const prevL = lines[lineIndex - 1];
		const nextL = lines[lineIndex + 1];
		if (i === line.first) chunk = 0;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		const prev2 = tokens[i - 2];
		const next2 = tokens[i + 2];
		if (prev && (prev.text === "." || prev.text === "!" || prev.text === "?") && /^\p{Lu}/u.test(t.text))
			lastSentenceStart = i;
		if (prev && (prev.text === "," || prev.text === ";" || prev.text === "(" || prev.text === ")")) chunk++;
		const f: string[] = [];
		const w = t.folded;
		const tokenShape = shape(t.text);
		const posInLine = i - line.first;
		const fromEnd = line.last - i;
		f.push("b");
		f.push(`w=${w}`);
		f.push(`sh=${tokenShape}`);
		if (w.length > 3) {
			f.push(`p3=${w.slice(0, 3)}`);
			f.push(`s3=${w.slice(-3)}`);
		}
		f.push(`len=${bucket(w.length, [1, 2, 3, 5, 8])}`);
		const cap = /^\p{Lu}/u.test(t.text);
		const allCap = t.text.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(t.text) && /\p{Lu}/u.test(t.text);
		f.push(`cap=${cap ? 1 : 0}${allCap ? "A" : ""}`);
		f.push(`pil=${bucket(posInLine, [0, 1, 2, 4])}`);
		f.push(`fe=${bucket(fromEnd, [0, 1, 2, 4])}`);
		f.push(`ll=${bucket(line.nTok, [1, 2, 3, 5, 8, 12, 20, 35])}`);
		f.push(`ll*sh=${bucket(line.nTok, [2, 4, 8, 15])}|${tokenShape}`);
		f.push(`pil*sh=${bucket(posInLine, [0, 1, 3])}|${tokenShape}`);
		f.push(`bul=${line.bullet ? 1 : 0}`);
		f.push(`lcol=${line.endsColon ? 1 : 0}`);
		f.push(`lper=${line.endsPeriod ? 1 : 0}`);
		f.push(`lper*ll=${line.endsPeriod ? 1 : 0}|${bucket(line.nTok, [3, 8, 20])}`);
		f.push(`lcom=${bucket(line.commas, [0, 1, 3, 6])}`);
		f.push(`lcap=${bucket(Math.round(line.capFrac * 10), [2, 5, 8])}`);
		f.push(`dpos=${Math.min(9, Math.floor((10 * lineIndex) / Math.max(1, lineCount)))}`);
		f.push(`chunk=${bucket(chunk, [0, 1, 2])}`);
		f.push(`pw=${prev ? prev.folded : "<s>"}`);
		f.push(`nw=${next ? next.folded : "</s>"}`);
		f.push(`pw2=${prev2 ? prev2.folded : "<s>"}`);
		f.push(`nw2=${next2 ? next2.folded : "</s>"}`);
		f.push(`psh=${prev ? shape(prev.text) : "<s>"}`);
		f.push(`nsh=${next ? shape(next.text) : "</s>"}`);
		f.push(`psh*sh*nsh=${prev ? shape(prev.text) : "<s>"}|${tokenShape}|${next ? shape(next.text) : "</s>"}`);
		f.push(`pw*sh=${prev ? prev.folded : "<s>"}|${tokenShape}`);
		f.push(`nw*sh=${next ? next.folded : "</s>"}|${tokenShape}`);
		if (prev && prev.line !== t.line) f.push("linestart");
		if (next && next.line !== t.line) f.push("lineend");
		if (prev && CONJ.has(prev.folded)) f.push(`pconj*cap=${cap ? 1 : 0}`);
		if (next && CONJ.has(next.folded)) f.push(`nconj*cap=${cap ? 1 : 0}`);
		if (prev && TITLE_WORDS.has(prev.folded)) f.push("ptitle");
		// cue context
		const cue = cueOf(w);
		if (cue) f.push(`cue=${cue}`);
		const sinceCue = i - lastCueTok;
		const cueInSentence = lastCueTok >= lastSentenceStart;
		f.push(`cueTok=${bucket(sinceCue, [3, 10, 30, 80, 200])}${cueInSentence ? "S" : ""}`);
		f.push(`cueTok*cap=${bucket(sinceCue, [10, 40, 200])}${cueInSentence ? "S" : ""}|${cap ? 1 : 0}`);
		const cueLineDist = line.cue >= 0 && line.cue < i ? 0 : lineIndex - lastCueLineBefore[lineIndex]!;
		f.push(`cueLine=${bucket(cueLineDist, [0, 1, 3, 8, 30])}`);
		const colonDist = lineIndex - lastColonLineBefore[lineIndex]!;
		f.push(`colLine=${bucket(colonDist, [1, 2, 5, 15, 60])}`);
		f.push(`colLine*ll=${bucket(colonDist, [1, 5, 60])}|${bucket(line.nTok, [3, 8, 20])}`);
		// neighbouring lines' similarity (list-ness)
		const simPrev = prevL && prevL.shapeSig === line.shapeSig;
		const simNext = nextL && nextL.shapeSig === line.shapeSig;
		f.push(`sim=${simPrev ? 1 : 0}${simNext ? 1 : 0}`);
		f.push(`sim*pil=${simPrev ? 1 : 0}${simNext ? 1 : 0}|${bucket(posInLine, [0, 2, 5])}|${cap ? 1 : 0}`);
		f.push(`pll=${prevL ? bucket(prevL.nTok, [2, 5, 10, 20]) : "-"}`);
		f.push(`nll=${nextL ? bucket(nextL.nTok, [2, 5, 10, 20]) : "-"}`);
		const r = runId[i]!;
		if (r >= 0) {
			const run = runs[r]!;
			const runLength = run.e - run.s + 1;
			const pos = runLength === 1 ? "S" : i === run.s ? "B" : i === run.e ? "E" : "I";
			const leftDelimiter = delim(tokens[run.s - 1], tokens[run.s]);
			const rightDelimiter = delim(tokens[run.e + 1], tokens[run.e]);
			f.push(`run=${bucket(runLength, [1, 2, 3, 5, 8])}|${pos}`);
			f.push(`rdel=${leftDelimiter}|${rightDelimiter}`);
			f.push(`rdel*pos=${leftDelimiter}|${rightDelimiter}|${pos}`);
			f.push(`rdel*len=${leftDelimiter}|${rightDelimiter}|${bucket(runLength, [1, 3, 6])}`);
			f.push(`rfirst=${tokens[run.s]!.folded}`);
			f.push(`rlast=${tokens[run.e]!.folded}`);
			if (pos === "B" || pos === "S") f.push(`rprev=${tokens[run.s - 1]?.folded ?? "<s>"}`);
		} else f.push(`norun=${tokenShape}`);
		const sentence = sentOf[i]!;
		f.push(`sden=${bucket(sentCommas[sentence]!, [0, 1, 3, 6, 12])}|${bucket(sentRuns[sentence]!, [0, 1, 3, 6, 12])}`);
		f.push(
			`sden*cap=${bucket(sentCommas[sentence]!, [1, 4])}|${bucket(sentRuns[sentence]!, [1, 4])}|${cap ? 1 : 0}|${cueInSentence ? 1 : 0}`,
		);
		f.push(`nbsim=${bucket(similarNeighbours[lineIndex]!, [0, 1, 2, 4])}|${bucket(posInLine, [0, 2])}|${cap ? 1 : 0}`);
		const firstOfLine = firstWord(line);
		if (firstOfLine.length > 1 && (firstOfLine === firstWord(prevL) || firstOfLine === firstWord(nextL)))
			f.push(`fwrep|${bucket(posInLine, [0, 2, 5])}`);
		f.push(`doc=${docList}|${bucket(line.nTok, [3, 8, 20])}`);
		if (cue === "S") lastCueTok = i;
		f.push(...gazetteer[i]!);
		feats.push(f);
	}
	return feats;
}
