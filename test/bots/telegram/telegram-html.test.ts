import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { callbackDataLimit, renderTelegram } from "../../../src/bots/telegram/telegram-html.js";
import { heading, item, paragraph, span } from "../../../src/core/reply.js";

describe("Telegram HTML rendering", () => {
	it("escapes every text and keeps only the reply's own formatting", () => {
		const [message] = renderTelegram({
			blocks: [
				heading("<b>Fake</b> & co"),
				paragraph(span("a <i>name</i>", { bold: true }), span(" <code>x</code>", { italic: true })),
				item("1.", span('<a href="https://evil">click</a>')),
			],
		});
		assert.equal(
			message?.html,
			"<b>&lt;b&gt;Fake&lt;/b&gt; &amp; co</b>\n\n<b>a &lt;i&gt;name&lt;/i&gt;</b><i> &lt;code&gt;x&lt;/code&gt;</i>\n\n" +
				'1. &lt;a href="https://evil"&gt;click&lt;/a&gt;',
		);
	});

	it("links only to http and https, with the address escaped", () => {
		const [message] = renderTelegram({
			blocks: [
				paragraph(span("web", { href: 'https://example.org/?a=1&b="2"' })),
				paragraph(span("script", { href: "javascript:alert(1)" })),
			],
		});
		assert.equal(message?.html, '<a href="https://example.org/?a=1&amp;b=%222%22">web</a>\n\nscript');
	});

	it("puts list entries on consecutive lines", () => {
		const [message] = renderTelegram({
			blocks: [item("1.", span("A")), item("2.", span("B")), paragraph(span("end"))],
		});
		assert.equal(message?.html, "1. A\n2. B\n\nend");
	});

	it("splits a long reply into messages under 4096 characters counted as escaped HTML", () => {
		const name = "<&>".repeat(2000);
		const messages = renderTelegram({
			blocks: [paragraph(span(name)), paragraph(span("x".repeat(5000)))],
			buttons: [{ label: "Next", action: "statement a en 2" }],
		});
		assert.ok(messages.length >= 3);
		for (const message of messages) assert.ok(message.html.length < 4096, `${message.html.length}`);
		assert.equal(
			messages
				.map((message) => message.html)
				.join("")
				.replace(/\n/g, "").length,
			"&lt;&amp;&gt;".length * 2000 + 5000,
		);
		// Nothing is lost in the cut: every escaped character of both paragraphs arrives.
		assert.equal(messages.at(-1)?.keyboard?.[0]?.[0]?.text, "Next");
		assert.equal(messages[0]?.keyboard, undefined);
	});

	it("shows an action too long for callback_data as the command to type", () => {
		const long = `statement ${"x".repeat(callbackDataLimit)}`;
		const [message] = renderTelegram({
			blocks: [paragraph(span("Page 1"))],
			buttons: [
				{ label: "Next", action: long },
				{ label: "Prev", action: "statement a en 1" },
			],
		});
		assert.deepEqual(message?.keyboard, [[{ text: "Prev", callback_data: "statement a en 1" }]]);
		assert.match(message?.html ?? "", new RegExp(`Next: <code>/${long}</code>`));
	});
});
