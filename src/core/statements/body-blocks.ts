import { type Block, type Span, span } from "../reply.js";

const numberedItem = /^(\d{1,3})[.:)]\s+(.*)$/;
const bulletItem = /^[-*•–]\s+(.*)$/;

/** "**bold**" is the one inline style statement bodies use. */
function inlineSpans(text: string): Span[] {
	return text
		.split(/(\*\*[^*]+\*\*)/)
		.filter((part) => part !== "")
		.map((part) => (/^\*\*[^*]+\*\*$/.test(part) ? span(part.slice(2, -2), { bold: true }) : span(part)));
}

/**
 * A statement body (Markdown subset: paragraphs, "1." and "-" items, **bold**) as neutral blocks.
 * Lines of one paragraph are joined with a space, as Markdown does.
 */
export function bodyBlocks(body: string): Block[] {
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	const flush = () => {
		if (paragraph.length > 0) blocks.push({ type: "paragraph", spans: inlineSpans(paragraph.join(" ")) });
		paragraph = [];
	};
	for (const rawLine of body.split(/\r?\n/)) {
		const line = rawLine.trim();
		if (line === "") {
			flush();
			continue;
		}
		const numbered = numberedItem.exec(line);
		const bullet = numbered ? null : bulletItem.exec(line);
		if (numbered) {
			flush();
			blocks.push({ type: "item", marker: `${numbered[1]}.`, spans: inlineSpans(numbered[2] ?? "") });
		} else if (bullet) {
			flush();
			blocks.push({ type: "item", marker: "•", spans: inlineSpans(bullet[1] ?? "") });
		} else {
			paragraph.push(line);
		}
	}
	flush();
	return blocks;
}
