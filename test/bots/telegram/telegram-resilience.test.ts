import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Subscription } from "../../../src/core/chats/subscription.js";
import { paragraph, span } from "../../../src/core/reply.js";
import { freePort } from "../../../src/store/redis/redis-server-process.js";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-bot-harness.js";
import { waitFor } from "../../helpers/telegram-test-server.js";

const reply = { blocks: [paragraph(span("Solidarity day tomorrow"))] };

function subscription(chatId: string): Subscription {
	return {
		platform: "telegram",
		chatId,
		timeZone: "America/Lima",
		language: "en",
		campaigns: ["wftu"],
		subscribedBy: "telegram:2001",
		subscribedAt: "2026-11-23T12:00:00.000Z",
	};
}

const failure = (error_code: number, description: string, parameters?: Record<string, number>) => ({
	status: error_code,
	body: { ok: false as const, error_code, description, ...(parameters ? { parameters } : {}) },
});

describe("the Telegram sender and Telegram's errors", () => {
	let h: TelegramHarness;
	before(async () => {
		h = await startTelegramHarness();
	});
	after(() => h.stop());

	it("sends a reply to a chat and edits it", async () => {
		const outcome = await h.adapter.sender.send("-300", reply);
		assert.equal(outcome.kind, "sent");
		const messageId = outcome.kind === "sent" ? outcome.messageId : undefined;
		assert.ok(messageId);
		assert.ok(await h.adapter.sender.edit("-300", messageId, { blocks: [paragraph(span("Sent 3 of 3"))] }));
		assert.equal(h.server.botMessages("-300")[0]?.text, "Sent 3 of 3");
	});

	it("reports a 429 with its retry_after, capped at a minute", async () => {
		h.server.failNext("sendMessage", failure(429, "Too Many Requests: retry after 7", { retry_after: 7 }));
		assert.deepEqual(await h.adapter.sender.send("-301", reply), { kind: "rate-limited", retryAfterMs: 7000 });
		h.server.failNext("sendMessage", failure(429, "Too Many Requests: retry after 3600", { retry_after: 3600 }));
		assert.deepEqual(await h.adapter.sender.send("-301", reply), { kind: "rate-limited", retryAfterMs: 60_000 });
	});

	it("unsubscribes a chat that blocked the bot or was deleted", async () => {
		await h.t.deps.chats.subscribe(subscription("302"));
		h.server.failNext("sendMessage", failure(403, "Forbidden: bot was blocked by the user"));
		assert.equal((await h.adapter.sender.send("302", reply)).kind, "gone");
		assert.equal(await h.t.deps.chats.subscription("telegram", "302"), undefined);
		await h.t.deps.chats.subscribe(subscription("-303"));
		h.server.failNext("sendMessage", failure(400, "Bad Request: chat not found"));
		assert.equal((await h.adapter.sender.send("-303", reply)).kind, "gone");
		assert.equal(await h.t.deps.chats.subscription("telegram", "-303"), undefined);
	});

	it("follows a group that migrated to a supergroup, with its subscription", async () => {
		await h.t.deps.chats.subscribe(subscription("-304"));
		h.server.failNext(
			"sendMessage",
			failure(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1001304 }),
		);
		assert.equal((await h.adapter.sender.send("-304", reply)).kind, "sent");
		assert.equal(h.server.botMessages("-1001304")[0]?.text, "Solidarity day tomorrow");
		assert.equal((await h.t.deps.chats.subscription("telegram", "-1001304"))?.timeZone, "America/Lima");
		assert.equal(await h.t.deps.chats.subscription("telegram", "-304"), undefined);
	});

	it("calls a server error retryable and a bad request not", async () => {
		h.server.failNext("sendMessage", failure(502, "Bad Gateway"));
		assert.deepEqual(await h.adapter.sender.send("-305", reply), {
			kind: "failed",
			retryable: true,
			reason: "502: Bad Gateway",
		});
		h.server.failNext("sendMessage", failure(400, "Bad Request: can't parse entities"));
		const outcome = await h.adapter.sender.send("-305", reply);
		assert.equal(outcome.kind === "failed" && outcome.retryable, false);
	});

	it("waits out a short 429 on a user's reply, and survives a refused reply", async () => {
		const user = h.server.user({ userId: 3020, chatId: -306, type: "group" });
		h.server.failNext("sendMessage", failure(429, "Too Many Requests: retry after 1", { retry_after: 1 }));
		const started = Date.now();
		const [late] = await user.say("/statements");
		assert.ok(Date.now() - started >= 900);
		assert.match(late?.text ?? "", /<b>Statements<\/b>/);
		h.server.failNext("sendMessage", failure(400, "Bad Request: message text is empty"));
		const callsBefore = h.server.callsOf("sendMessage").length;
		await user.send("/statements");
		// The refused reply must be the one to /statements, so /help waits until it has been tried.
		await waitFor("the refused reply", () => (h.server.callsOf("sendMessage").length > callsBefore ? true : undefined));
		const [after] = await user.say("/help");
		assert.match(after?.text ?? "", /solidarity-bot/);
	});
});

describe("the Telegram bot in webhook mode", () => {
	let h: TelegramHarness;
	before(async () => {
		h = await startTelegramHarness({ webhookPort: await freePort() });
	});
	after(() => h.stop());

	it("registers its webhook and answers the updates Telegram posts to it", async () => {
		const [set] = h.server.callsOf("setWebhook");
		assert.match(String(set?.body.url), /^http:\/\/127\.0\.0\.1:\d+\/telegram-hook$/);
		const user = h.server.user({ userId: 3030, chatId: -400, type: "group" });
		const [answer] = await user.say("/statements");
		assert.match(answer?.text ?? "", /icor-peru-struggle-2023/);
		assert.equal(h.server.callsOf("deleteWebhook").length, 0);
	});
});

describe("the Telegram bot in webhook mode, stopping", () => {
	let h: TelegramHarness;
	before(async () => {
		h = await startTelegramHarness({ webhookPort: await freePort() });
	});
	after(() => h.stop());

	it("finishes the reply to an update it is handling before it stops, so Telegram gets its answer", async () => {
		const user = h.server.user({ userId: 3040, chatId: -410, type: "group" });
		const release = h.server.holdNext("sendMessage");
		const callsBefore = h.server.callsOf("sendMessage").length;
		// Telegram's post of the update waits for the bot's answer, which comes after its reply.
		const posted = user.send("/statements");
		await waitFor("the reply on its way", () =>
			h.server.callsOf("sendMessage").length > callsBefore ? true : undefined,
		);
		const stopping = h.adapter.stop();
		setTimeout(release, 300);
		await stopping;
		await posted;
		assert.match(user.messages().at(-1)?.text ?? "", /<b>Statements<\/b>/);
	});
});
