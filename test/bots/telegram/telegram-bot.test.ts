import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-bot-harness.js";
import { type BotMessage, type TestUser, waitFor } from "../../helpers/telegram-test-server.js";

const movadef = "icor-movadef-persecution";

describe("the Telegram bot against telegram-test-api", () => {
	let h: TelegramHarness;
	let organizers: TestUser;

	before(async () => {
		h = await startTelegramHarness();
		organizers = h.server.user({ userId: 2001, chatId: -200, type: "group", firstName: "Olga" });
		const [set] = await organizers.say("/moderatehere icor");
		assert.match(set?.text ?? "", /moderation cards/);
	});
	after(() => h.stop());

	/** The organizers' card for a request, once it has arrived. */
	const cardFor = (number: number) =>
		waitFor(`the card of #${number}`, () =>
			organizers.messages().find((message) => message.text.includes(`request #${number}:`)),
		);

	it("sets its command menu in English and Spanish from the core's table, though the fake refuses it", () => {
		const calls = h.server.callsOf("setMyCommands");
		assert.equal(calls.length, 4);
		const spanish = calls.find((call) => call.body.language_code === "es");
		const commands = (spanish?.body.commands ?? []) as { command: string; description: string }[];
		assert.ok(commands.some((command) => command.command === "statement" && /declaración/.test(command.description)));
		assert.ok(!commands.some((command) => command.command === "sign"), "aliases stay out of the menu");
		const forAdmins = calls.find((call) => JSON.stringify(call.body.scope).includes("all_chat_administrators"));
		const adminCommands = (forAdmins?.body.commands ?? []) as { command: string }[];
		assert.ok(adminCommands.some((command) => command.command === "approve"));
		assert.ok(adminCommands.some((command) => command.command === "link"));
	});

	it("pages /statement@bot with buttons that edit the message in place, and answers every button", async () => {
		const reader = h.server.user({ userId: 3001, chatId: -100, type: "group" });
		const [page1] = await reader.say("/statement@TestNameBot icor-peru-struggle-2023");
		assert.ok(page1);
		assert.equal(page1.parseMode, "HTML");
		assert.match(page1.text, /^<b>Solidarity with the struggle of the Peruvian people<\/b>/);
		assert.match(page1.text, /<b>Page 1 of 2<\/b>/);
		const answered = h.server.callsOf("answerCallbackQuery").length;
		await reader.press(page1, "Next");
		const edited = await waitFor("page 2 in place", () =>
			reader.messages().find((message) => message.messageId === page1.messageId && /Page 2 of 2/.test(message.text)),
		);
		assert.ok(edited.keyboard?.flat().some((button) => button.text.startsWith("◀")));
		assert.equal(reader.messages().length, 1, "no new message: the page was turned in place");
		assert.equal(h.server.callsOf("answerCallbackQuery").length, answered + 1);
	});

	it("ignores a command addressed to another bot in the group", async () => {
		const reader = h.server.user({ userId: 3002, chatId: -101, type: "group" });
		await reader.send("/statements@OtherBot");
		const replies = await reader.say("/statements@TestNameBot");
		// Telegraf finishes one batch of updates before it fetches the next, so once a later
		// command is answered, the ignored one has had its turn.
		await reader.say("/help@TestNameBot");
		assert.equal(reader.messages().length, 2);
		assert.match(replies[0]?.text ?? "", /<b>Statements<\/b>/);
	});

	it("signs in one line; an organizer approves by button and the submitter is told", async () => {
		const signer = h.server.user({ userId: 3003, chatId: 3003, type: "private" });
		const [summary] = await signer.say(`/adhere ${movadef} Red Dawn Collective; RDC; Perú`);
		assert.ok(summary);
		assert.match(summary.text, /<b>Name: <\/b>Red Dawn Collective/);
		await signer.press(summary, "✓ Confirm");
		const received = await waitFor("the receipt", () =>
			signer.messages().find((message) => message.text.startsWith("Received:")),
		);
		const number = Number(/request #(\d+)/.exec(received.text)?.[1]);
		const card = await cardFor(number);
		assert.ok(card.keyboard?.flat().some((button) => button.text === `✗ Reject #${number}`));
		await organizers.press(card, "✓ Approve");
		await waitFor("the organizers' answer", () =>
			organizers.messages().find((message) => message.text.startsWith(`Approved #${number}`)),
		);
		await waitFor("the submitter's news", () =>
			signer.messages().find((message) => message.text.startsWith("Good news: ")),
		);
		const list = await signer.say(`/signatories ${movadef}`);
		assert.match(list.map((message) => message.text).join("\n"), /Red Dawn Collective/);
	});

	it("signs step by step in a group, each question asking the member for a reply", async () => {
		const signer = h.server.user({ userId: 3004, chatId: -102, type: "group" });
		const [askName] = await signer.say(`/adhere@TestNameBot ${movadef}`);
		assert.ok(askName?.forceReply, "a bot in privacy mode only hears replies to it");
		assert.ok(askName?.replyTo !== undefined);
		assert.match(askName?.text ?? "", /What is the organization's name\?/);
		assert.match((await signer.say("Colectivo Paso a Paso"))[0]?.text ?? "", /abbreviation/);
		assert.match((await signer.say("-"))[0]?.text ?? "", /Which country\?/);
		assert.match((await signer.say("Perú"))[0]?.text ?? "", /organization or as an individual/);
		assert.match((await signer.say("organization"))[0]?.text ?? "", /contact e-mail/);
		const [summary] = await signer.say("-");
		assert.ok(summary?.keyboard, "the summary has Confirm and Cancel buttons");
		const [received] = await signer.say("/confirm");
		assert.match(received?.text ?? "", /^Received: Colectivo Paso a Paso/);
	});

	it("answers a Spanish-speaking member in Spanish and stays silent to other chatter", async () => {
		const member = h.server.user({ userId: 3005, chatId: -103, type: "group", languageCode: "es" });
		await member.send("hola a todos");
		const [help] = await member.say("/help");
		// A second command answered means the batch holding the chatter was handled in full.
		await member.say("/roll");
		assert.equal(member.messages().length, 2, "plain chatter gets no answer");
		assert.match(help?.text ?? "", /declaración/);
	});

	it("opens the adherence flow from the deep link, and gives organizers that link with /link", async () => {
		const [link] = await organizers.say(`/link ${movadef}`);
		const href = `https://t.me/TestNameBot?start=adhere-${movadef}`;
		assert.ok(link?.text.includes(`<a href="${href}">${href}</a>`), link?.text);
		const visitor = h.server.user({ userId: 3006, chatId: 3006, type: "private" });
		const [ask] = await visitor.say(`/start adhere-${movadef}`);
		assert.match(ask?.text ?? "", /^Signing “Resolution against the political persecution/);
		const [cancelled] = await visitor.say("/cancel");
		assert.match(cancelled?.text ?? "", /Cancelled/);
	});

	it("refuses organizer commands and buttons to a member, with no change", async () => {
		const member = h.server.user({ userId: 3007, chatId: -104, type: "group" });
		const before = h.server.callsOf("getChatMember").length;
		await member.send("hello");
		const [refusal] = await member.say(`/pending ${movadef}`);
		assert.equal(refusal?.text, "Only organizers of ICOR can do that.");
		assert.ok(refusal?.replyTo !== undefined, "a private reply answers the member's own message");
		assert.equal(h.server.callsOf("getChatMember").length, before, "a group admin is no organizer: not even asked");
		const [linkRefusal] = await member.say(`/link ${movadef}`);
		assert.equal(linkRefusal?.text, "Only organizers of ICOR can do that.");
		const [settingsRefusal] = await member.say("/subscribe icor");
		assert.equal(settingsRefusal?.text, "Only this chat's administrators can change its settings.");
		assert.equal(h.server.callsOf("getChatMember").length, before + 1, "admin status asked only for a chat setting");

		const signer = h.server.user({ userId: 3008, chatId: 3008, type: "private" });
		await signer.say(`/adhere ${movadef} Frente Unido; -; Chile`);
		const [received] = await signer.say("/confirm");
		const number = Number(/request #(\d+)/.exec(received?.text ?? "")?.[1]);
		const card: BotMessage = await cardFor(number);
		const intruder = h.server.user({ userId: 3009, chatId: -200, type: "group" });
		const shown = organizers.messages().length;
		const answers = h.server.callsOf("answerCallbackQuery").length;
		await intruder.press(card, "✓ Approve");
		const alert = await waitFor("the alert", () => h.server.callsOf("answerCallbackQuery")[answers]);
		assert.equal(alert.body.text, "Only organizers of ICOR can do that.");
		assert.equal(alert.body.show_alert, true);
		assert.equal(organizers.messages().length, shown);
		assert.equal((await h.t.adherences.get(movadef, number))?.status, "pending");
	});

	it("takes an organizer's /draft add of several lines as one signatory a line", async () => {
		await organizers.say(
			"/import icor Solidarity with the dockers\n\nWe stand with the dockers on strike.\n\nSignatories:\n1. Red Dawn, Peru",
		);
		const [added] = await organizers.say(
			"/draft@TestNameBot solidarity-with-the-dockers add\nFrente Norte; FN; Bolivia\nColectivo Andino",
		);
		assert.match(added?.text ?? "", /Added 2: Frente Norte, Colectivo Andino\./);
		const draft = await h.t.statements.get("solidarity-with-the-dockers");
		assert.deepEqual(
			draft?.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name)),
			["Red Dawn", "Frente Norte", "Colectivo Andino"],
		);
	});

	it("renders a 10 kB name and an HTML-laden name harmless", async () => {
		const signer = h.server.user({ userId: 3010, chatId: -105, type: "group" });
		const [tooLong] = await signer.say(`/adhere ${movadef} ${"A".repeat(10_000)}; X; PE`);
		assert.match(tooLong?.text ?? "", /too long/);
		assert.ok((tooLong?.text.length ?? 0) < 4096);
		await signer.say(`/adhere ${movadef}`);
		const [refused] = await signer.say("B".repeat(10_000));
		assert.ok((refused?.text.length ?? 0) < 4096);
		assert.doesNotMatch(refused?.text ?? "", /BBBBBBBBBBBBBBBBBBBBBBBBB{200}/);
		await signer.say("/cancel");

		const evil = '<b>Bold</b> & <a href="https://evil.example">Co</a>';
		const [summary] = await signer.say(`/adhere ${movadef} ${evil}; -; PE`);
		assert.ok(
			summary?.text.includes('&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;a href="https://evil.example"&gt;Co&lt;/a&gt;'),
		);
		assert.doesNotMatch(summary?.text ?? "", /<a href="https:\/\/evil/);
		const [received] = await signer.say("/confirm");
		const number = Number(/request #(\d+)/.exec(received?.text ?? "")?.[1]);
		const card = await cardFor(number);
		assert.ok(card.text.includes("&lt;b&gt;Bold&lt;/b&gt;"));
		assert.doesNotMatch(card.text, /<b>Bold|<a href="https:\/\/evil/);
	});
});
