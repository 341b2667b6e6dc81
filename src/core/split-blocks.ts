import { type Block, blockLength, type Span } from "./reply.js";

export type Measure = (block: Block) => number;

/** Blocks are joined by a blank line, which a page pays for too. */
const separatorLength = 2;

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });
const graphemeSegmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

function segments(text: string, segmenter: Intl.Segmenter): string[] {
	return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Units of `text` that fit in `room` as `cost` counts them: whole sentences, else words, else graphemes. */
function units(text: string, room: number, cost: (text: string) => number): string[] {
	return segments(text, sentenceSegmenter).flatMap((sentence) =>
		cost(sentence) <= room
			? [sentence]
			: segments(sentence, wordSegmenter).flatMap((word) =>
					cost(word) <= room ? [word] : segments(word, graphemeSegmenter),
				),
	);
}

/** Splits one block that is too long into blocks of the same kind, at the largest boundary that fits. */
function splitBlock(block: Block, limit: number, measure: Measure): Block[] {
	const overhead = measure({ ...block, spans: [] });
	const room = Math.max(1, limit - overhead);
	const result: Block[] = [];
	let spans: Span[] = [];
	const costOf = (candidate: Span[]) => measure({ type: "paragraph", spans: candidate });
	const flush = () => {
		if (spans.length === 0) return;
		// A list item cut in two keeps its number on the first piece only.
		const marker = block.type === "item" && result.length > 0 ? { marker: "" } : {};
		result.push({ ...block, ...marker, spans } as Block);
		spans = [];
	};
	for (const part of block.spans) {
		const cost = (text: string) => costOf([{ ...part, text }]);
		for (const unit of units(part.text, room, cost)) {
			const last = spans.at(-1);
			const candidate =
				last && isSameStyle(last, part)
					? [...spans.slice(0, -1), { ...last, text: last.text + unit }]
					: [...spans, { ...part, text: unit }];
			if (costOf(candidate) <= room) {
				spans = candidate;
				continue;
			}
			flush();
			spans = [{ ...part, text: unit }];
		}
	}
	flush();
	return result;
}

function isSameStyle(a: Span, b: Span): boolean {
	return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.href === b.href;
}

/**
 * Groups blocks into pages of at most `limit` characters as `measure` counts them,
 * breaking between paragraphs first and inside a paragraph only at sentence boundaries.
 * The one splitter behind statement pages and every platform's message limit.
 */
export function splitBlocks(blocks: readonly Block[], limit: number, measure: Measure = blockLength): Block[][] {
	const pages: Block[][] = [];
	let page: Block[] = [];
	let used = 0;
	const pushBlock = (block: Block, size: number) => {
		const cost = page.length > 0 ? size + separatorLength : size;
		if (page.length > 0 && used + cost > limit) {
			pages.push(page);
			page = [];
			used = 0;
		}
		used += page.length > 0 ? size + separatorLength : size;
		page.push(block);
	};
	for (const block of blocks) {
		const size = measure(block);
		if (size <= limit) pushBlock(block, size);
		else for (const piece of splitBlock(block, limit, measure)) pushBlock(piece, measure(piece));
	}
	if (page.length > 0) pages.push(page);
	return pages;
}
