// Paid broadcasts, as people see them: an operator's /announce … paid=yes reaches Telegram's
// sendMessage with allow_paid_broadcast, an ordinary one without it, an organizer who asks is
// refused in their language with nothing stored or sent, and TELEGRAM_PAID_BROADCAST is the default
// an operator's paid=no overrides. The real bot and the real workers against telegram-test-api.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createBroadcastQueues } from "../../../src/jobs/broadcast-queues.js";
import { type BroadcastWorkers, startBroadcastWorkers } from "../../../src/jobs/broadcast-workers.js";
import { BullReminderPlanner } from "../../../src/jobs/bull-reminder-planner.js";
import { createPlatformSenders } from "../../../src/jobs/platform-senders.js";
import { createLogger } from "../../../src/logger.js";
import { BroadcastStore } from "../../../src/store/redis/redis-broadcast-store.js";
import { redisSnapshot } from "../../helpers/permission-matrix.js";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-bot-harness.js";
import { type ApiCall, waitFor } from "../../helpers/telegram-test-server.js";
import { icorOrganizer, organizer } from "../../helpers/test-core.js";

const followers = ["-4101", "-4102", "-4103"];

/** The bot, and job workers sending through the same fake Telegram, with the deployment's default. */
async function start(paidByDefault: boolean) {
	const h = await startTelegramHarness();
	const connection = { host: "127.0.0.1", port: h.t.redis.port };
	const queues = createBroadcastQueues(connection);
	const store = new BroadcastStore(h.t.redis.client());
	const logger = createLogger({ level: "silent", fd: 2, pretty: false });
	const workers: BroadcastWorkers = startBroadcastWorkers({
		options: connection,
		queues,
		ledger: store,
		chats: h.t.deps.chats,
		days: h.t.deps.days,
		statements: h.t.deps.statements,
		senders: createPlatformSenders(
			{ TELEGRAM_BOT_TOKEN: h.server.token, TELEGRAM_API_ROOT: h.server.apiRoot },
			h.t.deps.chats,
			logger,
		),
		planner: new BullReminderPlanner(queues, store, h.t.deps.days, h.t.deps.chats, () => h.t.clock.now),
		rates: { telegram: 30, discord: 50, console: 1 },
		paidByDefault,
		logger,
	});
	for (const chatId of followers)
		await h.t.deps.chats.subscribe({
			platform: "telegram",
			chatId,
			timeZone: "America/Lima",
			language: "en",
			campaigns: ["icor"],
			subscribedBy: "test",
			subscribedAt: "2026-11-23T12:00:00.000Z",
		});
	return {
		h,
		/**
		 * Every key of the app's own and every queue's job counts: BullMQ's bookkeeping moves by itself,
		 * and an earlier broadcast's progress-edit throttle expires by itself.
		 */
		state: async () => {
			const keys = [...(await redisSnapshot(h.t))].filter(
				([key]) => !key.startsWith("{sb}:solidarity-") && !key.endsWith(":edit-lock"),
			);
			const jobs = await Promise.all([queues.broadcasts, ...queues.send.values()].map((queue) => queue.getJobCounts()));
			return { keys, jobs };
		},
		stop: async () => {
			await workers.close();
			await queues.close();
			await h.stop();
		},
	};
}

/** The sendMessage calls that carried an announcement to the followers, as Telegram received them. */
const deliveries = (h: TelegramHarness, words: string): ApiCall[] =>
	h.server
		.callsOf("sendMessage")
		.filter((call) => followers.includes(String(call.body.chat_id)) && String(call.body.text).includes(words));

/** Waits until every follower got the announcement. */
const delivered = (h: TelegramHarness, words: string) =>
	waitFor(
		`the announcement "${words}" at every follower`,
		() => {
			const calls = deliveries(h, words);
			return new Set(calls.map((call) => String(call.body.chat_id))).size === followers.length ? calls : undefined;
		},
		15_000,
	);

/** /announce, the preview, then /confirm, as the person types them in their private chat. */
async function announce(h: TelegramHarness, userId: number, line: string, languageCode?: string) {
	const user = h.server.user({ userId, chatId: userId, type: "private", ...(languageCode ? { languageCode } : {}) });
	const [preview] = await user.say(line);
	const [confirmed] = await user.say("/confirm");
	return { preview: preview?.text ?? "", confirmed: confirmed?.text ?? "" };
}

describe("paid broadcasts chosen by an operator (TELEGRAM_PAID_BROADCAST=false)", () => {
	let h: TelegramHarness;
	let stop: () => Promise<void>;
	let state: () => Promise<unknown>;
	before(async () => {
		({ h, stop, state } = await start(false));
	});
	after(() => stop());

	it("sends an operator's paid=yes announcement with allow_paid_broadcast, after a preview that says what it costs", async () => {
		const { preview, confirmed } = await announce(
			h,
			Number(organizer.userId),
			"/announce icor paid=yes Paid March on Friday",
		);
		assert.match(preview, /Paid March on Friday/);
		assert.doesNotMatch(preview, /paid=yes/, "the choice is not part of the text");
		assert.match(preview, /paid broadcast, up to 1,000 a second: Telegram charges the bot 0\.1 Star/);
		assert.match(confirmed, /Announcement scheduled .* to the 3 subscribed chats/);
		const calls = await delivered(h, "Paid March on Friday");
		assert.equal(calls.length, followers.length, "each follower once");
		for (const call of calls) assert.equal(call.body.allow_paid_broadcast, true, `chat ${call.body.chat_id}`);
	});

	it("sends an announcement without the choice as an ordinary broadcast", async () => {
		await announce(h, Number(organizer.userId), "/announce icor Ordinary March on Saturday");
		const calls = await delivered(h, "Ordinary March on Saturday");
		for (const call of calls) assert.equal(call.body.allow_paid_broadcast, undefined, `chat ${call.body.chat_id}`);
	});

	it("refuses an organizer's paid=yes politely, in their language, and stores and sends nothing", async () => {
		const before = await state();
		const sentBefore = h.server.callsOf("sendMessage").length;
		const spanish = h.server.user({
			userId: Number(icorOrganizer.userId),
			chatId: Number(icorOrganizer.userId),
			type: "private",
			languageCode: "es",
		});
		const [refused] = await spanish.say("/anunciar icor paid=yes Marcha de pago");
		assert.match(
			refused?.text ?? "",
			/^Solo los operadores de este bot pueden elegir si un anuncio sale como difusión de pago \(Telegram cobra Stars por cada mensaje\)/,
		);
		const [nothing] = await spanish.say("/confirm");
		assert.match(nothing?.text ?? "", /No hay nada/);
		const english = h.server.user({ userId: Number(icorOrganizer.userId), chatId: -4199, type: "group" });
		const [refusedEn] = await english.say("/announce icor paid=no Free March");
		assert.match(
			refusedEn?.text ?? "",
			/^Only the operators of this bot can choose whether an announcement goes as a paid/,
		);
		assert.deepEqual(await state(), before, "nothing stored: no announcement waits, none is scheduled");
		const sent = h.server.callsOf("sendMessage").slice(sentBefore);
		assert.deepEqual(
			sent.filter((call) => followers.includes(String(call.body.chat_id))),
			[],
			"no follower received anything",
		);
		// The same organizer may still announce as usual, at the deployment's default.
		const { confirmed } = await announce(h, Number(icorOrganizer.userId), "/announce icor Organizer March");
		assert.match(confirmed, /Announcement scheduled/);
		for (const call of await delivered(h, "Organizer March")) assert.equal(call.body.allow_paid_broadcast, undefined);
	});
});

describe("TELEGRAM_PAID_BROADCAST=true, and an operator's paid=no", () => {
	let h: TelegramHarness;
	let stop: () => Promise<void>;
	before(async () => {
		({ h, stop } = await start(true));
	});
	after(() => stop());

	it("sends an announcement without the choice as a paid broadcast", async () => {
		await announce(h, Number(icorOrganizer.userId), "/announce icor Default March");
		for (const call of await delivered(h, "Default March")) assert.equal(call.body.allow_paid_broadcast, true);
	});

	it("sends an operator's paid=no announcement without allow_paid_broadcast", async () => {
		const { preview } = await announce(h, Number(organizer.userId), "/announce icor paid=no Unpaid March");
		assert.match(preview, /ordinary broadcast, at the free rate, even if paid broadcasts are the default/);
		for (const call of await delivered(h, "Unpaid March")) assert.equal(call.body.allow_paid_broadcast, undefined);
	});
});
