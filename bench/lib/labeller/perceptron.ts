// biome-ignore-all lint/style/noNonNullAssertion: typed arrays and token lists are indexed within their bounds in hot loops; a fallback there would hide a bug, not handle a case.
// An averaged structured perceptron over begin/inside/outside labels, decoded with Viterbi: small, fast to train
// on a few hundred documents, and with no dependency.
export const NL = 3; // O B I

export class FeatureIndex {
	map = new Map<string, number>();
	id(f: string, grow: boolean): number {
		let v = this.map.get(f);
		if (v === undefined) {
			if (!grow) return -1;
			v = this.map.size;
			this.map.set(f, v);
		}
		return v;
	}
}

export interface Seq {
	feats: Int32Array[]; // per token feature ids
	gold: Uint8Array;
}

// transitions: prev state 0..2 or 3 = start; allowed: I only after B or I
const allowed = (p: number, c: number) => !(c === 2 && (p === 0 || p === 3));

export class Perceptron {
	w: Float64Array;
	acc: Float64Array;
	ts: Float64Array;
	tw = new Float64Array(4 * NL);
	tacc = new Float64Array(4 * NL);
	tts = new Float64Array(4 * NL);
	step = 1;
	constructor(nFeat: number) {
		this.w = new Float64Array(nFeat * NL);
		this.acc = new Float64Array(nFeat * NL);
		this.ts = new Float64Array(nFeat * NL);
	}
	private upd(w: Float64Array, acc: Float64Array, ts: Float64Array, k: number, d: number) {
		acc[k]! += (this.step - ts[k]!) * w[k]!;
		ts[k] = this.step;
		w[k]! += d;
	}
	scores(seq: Seq, w: Float64Array): Float64Array {
		const n = seq.feats.length;
		const s = new Float64Array(n * NL);
		for (let i = 0; i < n; i++) {
			const fs = seq.feats[i]!;
			let a = 0;
			let b = 0;
			let c = 0;
			for (let j = 0; j < fs.length; j++) {
				const k = fs[j]! * NL;
				a += w[k]!;
				b += w[k + 1]!;
				c += w[k + 2]!;
			}
			s[i * NL] = a;
			s[i * NL + 1] = b;
			s[i * NL + 2] = c;
		}
		return s;
	}
	viterbi(seq: Seq, w: Float64Array, tw: Float64Array): Uint8Array {
		const n = seq.feats.length;
		const out = new Uint8Array(n);
		if (n === 0) return out;
		const em = this.scores(seq, w);
		const delta = new Float64Array(n * NL);
		const back = new Uint8Array(n * NL);
		for (let c = 0; c < NL; c++) delta[c] = allowed(3, c) ? em[c]! + tw[3 * NL + c]! : -Infinity;
		for (let i = 1; i < n; i++) {
			for (let c = 0; c < NL; c++) {
				let best = -Infinity;
				let arg = 0;
				for (let p = 0; p < NL; p++) {
					if (!allowed(p, c)) continue;
					const v = delta[(i - 1) * NL + p]! + tw[p * NL + c]!;
					if (v > best) {
						best = v;
						arg = p;
					}
				}
				delta[i * NL + c] = best + em[i * NL + c]!;
				back[i * NL + c] = arg;
			}
		}
		let best = -Infinity;
		let arg = 0;
		for (let c = 0; c < NL; c++)
			if (delta[(n - 1) * NL + c]! > best) {
				best = delta[(n - 1) * NL + c]!;
				arg = c;
			}
		for (let i = n - 1; i >= 0; i--) {
			out[i] = arg;
			arg = back[i * NL + arg]!;
		}
		return out;
	}
	trainSeq(seq: Seq) {
		const pred = this.viterbi(seq, this.w, this.tw);
		const g = seq.gold;
		for (let i = 0; i < g.length; i++) {
			const pg = i === 0 ? 3 : g[i - 1]!;
			const pp = i === 0 ? 3 : pred[i - 1]!;
			if (g[i] !== pred[i]) {
				for (const f of seq.feats[i]!) {
					this.upd(this.w, this.acc, this.ts, f * NL + g[i]!, 1);
					this.upd(this.w, this.acc, this.ts, f * NL + pred[i]!, -1);
				}
			}
			if (g[i] !== pred[i] || pg !== pp) {
				this.upd(this.tw, this.tacc, this.tts, pg * NL + g[i]!, 1);
				this.upd(this.tw, this.tacc, this.tts, pp * NL + pred[i]!, -1);
			}
		}
		this.step++;
	}
	/** averaged weights */
	finalize(): { w: Float64Array; tw: Float64Array } {
		const avg = (w: Float64Array, acc: Float64Array, ts: Float64Array) => {
			const out = new Float64Array(w.length);
			for (let k = 0; k < w.length; k++) {
				const total = acc[k]! + (this.step - ts[k]!) * w[k]!;
				out[k] = total / this.step;
			}
			return out;
		};
		return { w: avg(this.w, this.acc, this.ts), tw: avg(this.tw, this.tacc, this.tts) };
	}
}

export function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffle<T>(arr: T[], rnd: () => number): T[] {
	const a = arr.slice();
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[a[i], a[j]] = [a[j]!, a[i]!];
	}
	return a;
}
