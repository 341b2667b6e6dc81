import assert from "node:assert/strict";
import { test } from "node:test";
import { actionRows, escapeDiscordText, renderDiscordMessages } from "../../../src/bots/discord/discord-markdown.js";
import { heading, item, paragraph, span } from "../../../src/core/reply.js";

test("user text cannot format, link or mention", () => {
	const escaped = escapeDiscordText("**Bold** _x_ @everyone @here <@123> <@&4> <#5> [site](http://x) # Title \\*");
	assert.doesNotMatch(escaped, /@everyone|@here/);
	assert.doesNotMatch(escaped, /(^|[^\\])<[@#]/);
	assert.doesNotMatch(escaped, /(^|[^\\])\*\*/);
	assert.doesNotMatch(escaped, /(^|[^\\])\[site\]/);
});

test("a reply renders as Discord markdown with escaped spans", () => {
	const [message] = renderDiscordMessages({
		blocks: [
			heading("Signatories"),
			item("1.", span("PCP *Red* Party")),
			item("2.", span("Crew @here")),
			paragraph(span("Type "), span("/statement x", { code: true })),
		],
	});
	assert.equal(
		message?.content,
		"**Signatories**\n\n1\\. PCP \\*Red\\* Party\n2\\. Crew @\u200bhere\n\nType `/statement x`",
	);
});

test("a long reply is split under 2,000 escaped characters, buttons on the last message", () => {
	const messages = renderDiscordMessages({
		blocks: Array.from({ length: 30 }, (_, index) => paragraph(span(`${index} ${"*_~|`>@<".repeat(40)}. `.repeat(3)))),
		buttons: [{ label: "Next", action: "statement x en 2" }],
	});
	assert.ok(messages.length > 5);
	for (const message of messages) assert.ok(message.content.length <= 2000, String(message.content.length));
	assert.deepEqual(
		messages.map((message) => message.components.length),
		[...messages.slice(1).map(() => 0), 1],
	);
});

test("buttons: five to a row, at most five rows, actions too long for a custom id left out", () => {
	const buttons = Array.from({ length: 30 }, (_, index) => ({ label: `B${index}`, action: `approve s ${index}` }));
	buttons.unshift({ label: "long", action: `statement ${"x".repeat(120)}` });
	const rows = actionRows(buttons);
	assert.equal(rows.length, 5);
	assert.ok(rows.every((row) => row.components.length === 5));
	const ids = rows.flatMap((row) => row.components.map((button) => ("custom_id" in button ? button.custom_id : "")));
	assert.ok(ids.every((id) => id.length <= 100));
	assert.equal(ids[0], "approve s 0");
});
