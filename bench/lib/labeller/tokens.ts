// biome-ignore-all lint/style/noNonNullAssertion: typed arrays and token lists are indexed within their bounds in hot loops; a fallback there would hide a bug, not handle a case.
// The text as the learned labeller reads it: words and marks with their lines, and the hand annotation's
// signatories found back in it as begin/inside/outside labels (an experiment; src/ does not use it).
export interface Token {
	text: string;
	folded: string;
	start: number;
	end: number;
	line: number;
	isWord: boolean;
}

export const foldWord = (s: string) =>
	s
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[’‘`´]/g, "'");

const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	// line number per character offset, computed lazily by scanning newlines
	let line = 0;
	let lastPos = 0;
	for (const m of text.matchAll(TOKEN_RE)) {
		const start = m.index ?? 0;
		for (let i = lastPos; i < start; i++) if (text.charCodeAt(i) === 10) line++;
		lastPos = start;
		const t = m[0];
		tokens.push({
			text: t,
			folded: foldWord(t),
			start,
			end: start + t.length,
			line,
			isWord: /[\p{L}\p{N}]/u.test(t),
		});
	}
	return tokens;
}

// ---------------------------------------------------------------- alignment

export interface Span {
	start: number; // token index, inclusive
	end: number; // token index, inclusive
}

export type AlignHow = "name" | "name-variant" | "abbreviation" | "none";

const JOINERS = new Set(["-", ".", "'", "/", "&", "’", "–"]);

/** All occurrences of the word sequence `words` in the doc, allowing joiner punctuation between words. */
function occurrences(tokens: Token[], words: string[]): Span[] {
	const out: Span[] = [];
	if (words.length === 0) return out;
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i]?.folded !== words[0]) continue;
		let j = i;
		let k = 1;
		let ok = true;
		while (k < words.length) {
			let n = j + 1;
			while (n < tokens.length && !tokens[n]!.isWord && JOINERS.has(tokens[n]!.text) && n - j < 3) n++;
			if (n >= tokens.length || tokens[n]!.folded !== words[k]) {
				ok = false;
				break;
			}
			j = n;
			k++;
		}
		if (ok) out.push({ start: i, end: j });
	}
	return out;
}

const wordsOf = (s: string) =>
	tokenize(s)
		.filter((t) => t.isWord)
		.map((t) => t.folded);

function variantsOf(name: string): string[] {
	const v = new Set<string>();
	const noParen = name.replace(/\s*\([^)]*\)\s*/g, " ").trim();
	if (noParen && noParen !== name) v.add(noParen);
	const beforeComma = name.split(/[,;–—]/)[0]?.trim();
	if (beforeComma && beforeComma !== name && beforeComma.split(/\s+/).length >= 1) v.add(beforeComma);
	// strip common person titles
	const noTitle = name.replace(/^(dr|prof|mr|mrs|ms|sr|sra|dra|m|mme|mgr|rev|fr|on|sen|hon)\.?\s+/i, "").trim();
	if (noTitle !== name) v.add(noTitle);
	return [...v];
}

export interface Alignment {
	labels: Uint8Array; // 0=O 1=B 2=I
	spans: Span[];
	how: AlignHow[];
}

export function align(tokens: Token[], names: Array<{ name: string; abbreviation: string | null }>): Alignment {
	const labels = new Uint8Array(tokens.length);
	const cands: Array<{ occ: Span[]; how: AlignHow }> = names.map((s) => {
		let occ = occurrences(tokens, wordsOf(s.name));
		if (occ.length) return { occ, how: "name" as AlignHow };
		for (const v of variantsOf(s.name)) {
			occ = occurrences(tokens, wordsOf(v));
			if (occ.length) return { occ, how: "name-variant" as AlignHow };
		}
		if (s.abbreviation) {
			occ = occurrences(tokens, wordsOf(s.abbreviation));
			if (occ.length) return { occ, how: "abbreviation" as AlignHow };
		}
		return { occ: [], how: "none" as AlignHow };
	});
	const used = new Uint8Array(tokens.length);
	const chosen: Array<Span | null> = names.map(() => null);
	const free = (sp: Span) => {
		for (let i = sp.start; i <= sp.end; i++) if (used[i]) return false;
		return true;
	};
	const take = (idx: number, sp: Span) => {
		chosen[idx] = sp;
		for (let i = sp.start; i <= sp.end; i++) used[i] = 1;
	};
	// anchors: unique occurrences first
	cands.forEach((c, idx) => {
		if (c.occ.length === 1 && free(c.occ[0]!)) take(idx, c.occ[0]!);
	});
	// the rest in expected order, near the previous chosen signatory (or before the next one)
	for (let idx = 0; idx < names.length; idx++) {
		const c = cands[idx]!;
		if (chosen[idx] || c.occ.length === 0) continue;
		let prev = -1;
		for (let p = idx - 1; p >= 0; p--)
			if (chosen[p]) {
				prev = chosen[p]!.end;
				break;
			}
		let next = -1;
		if (prev < 0)
			for (let p = idx + 1; p < names.length; p++)
				if (chosen[p]) {
					next = chosen[p]!.start;
					break;
				}
		let best: Span | null = null;
		let bestCost = Infinity;
		for (const sp of c.occ) {
			if (!free(sp)) continue;
			let cost: number;
			if (prev >= 0) cost = sp.start > prev ? sp.start - prev : 1e6 + (prev - sp.start);
			else if (next >= 0) cost = sp.end < next ? next - sp.end : 1e6 + (sp.end - next);
			else cost = sp.start; // nothing known: earliest
			if (cost < bestCost) {
				bestCost = cost;
				best = sp;
			}
		}
		if (best) take(idx, best);
	}
	const spans: Span[] = [];
	const how: AlignHow[] = [];
	chosen.forEach((sp, idx) => {
		if (!sp) {
			how.push("none");
			return;
		}
		how.push(cands[idx]!.how);
		spans.push(sp);
		labels[sp.start] = 1;
		for (let i = sp.start + 1; i <= sp.end; i++) labels[i] = 2;
	});
	return { labels, spans, how };
}

export function spansOf(labels: Uint8Array): Span[] {
	const out: Span[] = [];
	let s = -1;
	for (let i = 0; i <= labels.length; i++) {
		const l = i < labels.length ? labels[i]! : 0;
		if (l === 1 || l === 0) {
			if (s >= 0) out.push({ start: s, end: i - 1 });
			s = l === 1 ? i : -1;
		}
	}
	return out;
}

export const spanText = (text: string, tokens: Token[], sp: Span) =>
	text.slice(tokens[sp.start]!.start, tokens[sp.end]!.end).replace(/\s+/g, " ").trim();
