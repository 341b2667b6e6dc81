import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { TelegramError } from "telegraf";
import { PooledTelegram } from "../../../src/bots/telegram/pooled-telegram.js";
import { classifyTelegramError } from "../../../src/bots/telegram/telegram-errors.js";
import { freePort } from "../../../src/store/redis/redis-server-process.js";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.js";

/** The error a call rejects with, classified as the senders classify it. */
async function failureOf(call: Promise<unknown>) {
	const error = await call.then(
		() => assert.fail("the call should have failed"),
		(failure: unknown) => failure,
	);
	return { error, failure: classifyTelegramError(error) };
}

describe("the pooled Telegram client of the send workers", () => {
	let telegram: FakeTelegramApi;
	let client: PooledTelegram;
	before(async () => {
		telegram = await FakeTelegramApi.start({
			ratePerSecond: 2,
			retryAfterSeconds: 7,
			blocked: ["-403"],
			refused: ["-400"],
			flaky: new Map([["-502", 1]]),
		});
		client = new PooledTelegram(telegram.token, { apiRoot: telegram.apiRoot });
	});
	after(async () => {
		await client.closePool();
		await telegram.stop();
	});

	it("sends a message with its options and answers with telegraf's result, then fails as telegraf would", async () => {
		// telegraf's types predate allow_paid_broadcast; TelegramDelivery adds it the same way.
		const sent = await client.sendMessage("-1", "<b>Solidarity</b>", {
			parse_mode: "HTML",
			link_preview_options: { is_disabled: true },
			...{ allow_paid_broadcast: true },
		});
		assert.equal(sent.text, "<b>Solidarity</b>");
		assert.equal(telegram.messagesTo("-1")[0]?.paid, true);
		assert.ok(await client.editMessageText("-1", sent.message_id, undefined, "edited"));

		// The fake takes two calls a second, so the third is refused with its retry_after.
		const limited = await failureOf(client.sendMessage("-2", "too soon"));
		assert.ok(limited.error instanceof TelegramError);
		assert.deepEqual(limited.failure, { kind: "rate-limited", retryAfterMs: 7000 });

		telegram.setRate(undefined);
		assert.deepEqual((await failureOf(client.sendMessage("-403", "x"))).failure, {
			kind: "gone",
			reason: "Forbidden: bot was blocked by the user",
		});
		assert.deepEqual((await failureOf(client.sendMessage("-400", "x"))).failure, {
			kind: "failed",
			retryable: false,
			reason: "400: Bad Request: can't parse entities",
		});
		assert.deepEqual((await failureOf(client.sendMessage("-502", "x"))).failure, {
			kind: "failed",
			retryable: true,
			reason: "502: Bad Gateway",
		});
		assert.equal((await client.sendMessage("-502", "again")).text, "again");
	});

	it("hands other calls to telegraf's own client", async () => {
		assert.equal((await client.getMe()).username, "fake_bot");
	});

	it("fails a call to an API that does not answer as retryable, without the token in the message", async () => {
		const closed = new PooledTelegram(telegram.token, { apiRoot: `http://127.0.0.1:${await freePort()}` });
		const { error, failure } = await failureOf(closed.sendMessage("-1", "x"));
		await closed.closePool();
		assert.equal(failure.kind, "failed");
		assert.ok(failure.kind === "failed" && failure.retryable);
		assert.ok(!String((error as Error).message).includes(telegram.token));
	});
});
