import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { paragraph, span } from "../../../src/core/reply.js";
import { createPlatformSenders } from "../../../src/jobs/platform-senders.js";
import { createLogger } from "../../../src/logger.js";
import { RedisChatRepository } from "../../../src/store/redis/redis-chat-repository.js";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.js";
import { TestRedis } from "../../helpers/test-redis.js";

const reply = { blocks: [paragraph(span("Solidarity day tomorrow"))] };

describe("TELEGRAM_PAID_BROADCAST", () => {
	let redis: TestRedis;
	let telegram: FakeTelegramApi;
	before(async () => {
		redis = await TestRedis.start();
		telegram = await FakeTelegramApi.start();
	});
	after(async () => {
		await telegram.stop();
		await redis.stop();
	});

	const sender = (paid: boolean) => {
		const senders = createPlatformSenders(
			{ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, TELEGRAM_PAID_BROADCAST: paid },
			new RedisChatRepository(redis.client()),
			createLogger({ level: "silent", fd: 2, pretty: false }),
		);
		const telegramSender = senders.get("telegram");
		assert.ok(telegramSender);
		return telegramSender;
	};

	it("sends broadcasts with allow_paid_broadcast when it is on, and not when it is off", async () => {
		assert.equal((await sender(true).send("-401", reply)).kind, "sent");
		assert.equal((await sender(false).send("-402", reply)).kind, "sent");
		assert.equal(telegram.messagesTo("-401")[0]?.paid, true);
		assert.equal(telegram.messagesTo("-402")[0]?.paid, undefined);
	});
});
