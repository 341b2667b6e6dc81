import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Block, blockLength, paragraph, span } from "../../src/core/reply.js";
import { splitBlocks } from "../../src/core/split-blocks.js";

const textOf = (pages: Block[][]) =>
	pages.flatMap((page) => page.flatMap((block) => block.spans.map((part) => part.text))).join("");
const pageSize = (page: Block[]) =>
	page.reduce((total, block, index) => total + blockLength(block) + (index > 0 ? 2 : 0), 0);

describe("splitBlocks", () => {
	it("breaks between paragraphs when they fit", () => {
		const blocks = [paragraph(span("a".repeat(60))), paragraph(span("b".repeat(60))), paragraph(span("c".repeat(60)))];
		const pages = splitBlocks(blocks, 130);
		assert.deepEqual(
			pages.map((page) => page.length),
			[2, 1],
		);
	});

	it("breaks a long paragraph at sentence boundaries, keeping every character", () => {
		const sentence = "The workers of Peru demand justice. ";
		const long = paragraph(span(sentence.repeat(20).trim()));
		const pages = splitBlocks([long], 100);
		for (const page of pages) {
			assert.ok(pageSize(page) <= 100);
			const pageText = page.map((block) => block.spans.map((part) => part.text).join("")).join("");
			assert.match(pageText, /^The workers/, "each page starts at a sentence");
		}
		assert.equal(textOf(pages), sentence.repeat(20).trim());
	});

	it("cuts a 10 kB word with no spaces, and emoji, without breaking a character", () => {
		const hostile = `${"x".repeat(10_000)} ${"🇵🇪".repeat(300)}`;
		const pages = splitBlocks([paragraph(span(hostile, { bold: true }))], 2000);
		for (const page of pages) assert.ok(pageSize(page) <= 2000);
		assert.equal(textOf(pages), hostile);
		assert.ok(!textOf(pages.slice(-1)).startsWith("\uDDEA"), "no lone surrogate at a page start");
		for (const page of pages) for (const block of page) for (const part of block.spans) assert.equal(part.bold, true);
	});

	it("measures with the platform's own measure, e.g. escaped HTML", () => {
		const measure = (block: Block) =>
			block.spans.reduce((total, part) => total + part.text.replace(/&/g, "&amp;").length, 0);
		const pages = splitBlocks([paragraph(span("&".repeat(100)))], 50, measure);
		for (const page of pages) assert.ok(page.reduce((total, block) => total + measure(block), 0) <= 50);
		assert.equal(textOf(pages).length, 100);
	});
});
