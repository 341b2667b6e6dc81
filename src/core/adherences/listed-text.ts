import { normalizeName } from "./normalize-name.js";

/** Letter-count buckets: a–z, 0–9 and one shared by every other letter. */
export const BUCKETS = 37;

/**
 * A listed text measured without normalizing it: first only its normalized length and the letters present,
 * which rule most names out; letter counts and the normalized text only when asked for.
 */
export class ListedText {
	length = 0;
	mask = 0;
	// Made when first asked for: a listed name kept measured (DuplicateMemo) is mostly ruled out without it.
	private letterCounts: Int32Array | undefined;
	private counted = false;
	private text = "";
	private normalized: string | undefined;

	constructor(private readonly folds: Map<number, string>) {}

	reset(text: string): void {
		this.text = text;
		this.normalized = undefined;
		this.counted = false;
		this.length = this.scan(undefined);
	}

	counts(): Int32Array {
		this.letterCounts ??= new Int32Array(BUCKETS);
		if (!this.counted) {
			this.letterCounts.fill(0);
			this.scan(this.letterCounts);
			this.counted = true;
		}
		return this.letterCounts;
	}

	value(): string {
		this.normalized ??= normalizeName(this.text);
		return this.normalized;
	}

	/**
	 * The length of normalizeName(text), found without building it, and the letters in it. normalizeName works
	 * character by character, so folding each non-ASCII character on its own (remembered for the call) gives
	 * the same letters.
	 */
	private scan(counts: Int32Array | undefined): number {
		const text = this.text;
		let length = 0;
		let mask = 0;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			if (code < 0x80) {
				const bucket = ASCII_BUCKETS[code] ?? -1;
				if (bucket < 0) continue;
				mask |= 1 << (bucket & 31);
				length++;
				if (counts !== undefined) counts[bucket] = (counts[bucket] ?? 0) + 1;
				continue;
			}
			const codePoint = text.codePointAt(index) ?? code;
			if (codePoint > 0xffff) index++;
			let folded = this.folds.get(codePoint);
			if (folded === undefined) {
				folded = normalizeName(String.fromCodePoint(codePoint));
				this.folds.set(codePoint, folded);
			}
			for (let at = 0; at < folded.length; at++) {
				const ascii = folded.charCodeAt(at);
				const bucket = ascii < 0x80 ? (ASCII_BUCKETS[ascii] ?? -1) : -1;
				const slot = bucket >= 0 ? bucket : BUCKETS - 1;
				mask |= 1 << (slot & 31);
				if (counts !== undefined) counts[slot] = (counts[slot] ?? 0) + 1;
			}
			length += folded.length;
		}
		this.mask = mask;
		return length;
	}
}

/** The bucket of each ASCII letter or digit, either case; -1 for anything else. */
export const ASCII_BUCKETS = Int8Array.from({ length: 0x80 }, (_, code) => {
	if (code >= 0x61 && code <= 0x7a) return code - 0x61;
	if (code >= 0x41 && code <= 0x5a) return code - 0x41;
	if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
	return -1;
});
