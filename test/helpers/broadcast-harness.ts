import type { Subscription } from "../../src/core/chats/subscription.js";
import { createBroadcastQueues } from "../../src/jobs/broadcast-queues.js";
import { type BroadcastWorkers, startBroadcastWorkers } from "../../src/jobs/broadcast-workers.js";
import { BullReminderPlanner } from "../../src/jobs/bull-reminder-planner.js";
import { createPlatformSenders } from "../../src/jobs/platform-senders.js";
import { createLogger } from "../../src/logger.js";
import { BroadcastStore } from "../../src/store/redis/redis-broadcast-store.js";
import { FakeTelegramApi, type FakeTelegramOptions } from "./fake-telegram-api.js";
import { startTestCore, type TestCore } from "./test-core.js";

export interface BroadcastHarness {
	t: TestCore;
	telegram: FakeTelegramApi;
	store: BroadcastStore;
	/**
	 * Starts one more set of workers, as another process would; `pageSize` is the fan-out's page of
	 * chats; `paid`: TELEGRAM_PAID_BROADCAST, and the paid lane's rate.
	 */
	startWorkers(rate?: number, pageSize?: number, paid?: { byDefault?: boolean; rate?: number }): BroadcastWorkers;
	/** Chats that follow `campaigns` (WFTU's by default). */
	subscribe(chatIds: readonly string[], timeZone?: string, campaigns?: string[]): Promise<void>;
	/** Waits until every send of a broadcast has an outcome. */
	settled(broadcastId: string, timeoutMs?: number): Promise<void>;
	stop(): Promise<void>;
}

/** The real core and BullMQ on a real Redis, sending to a fake Telegram on 127.0.0.1. */
export async function startBroadcastHarness(options: FakeTelegramOptions = {}): Promise<BroadcastHarness> {
	const t = await startTestCore();
	const telegram = await FakeTelegramApi.start(options);
	const logger = createLogger({ level: process.env.LOG_LEVEL ?? "silent", fd: 2, pretty: false });
	const connection = { host: "127.0.0.1", port: t.redis.port };
	const store = new BroadcastStore(t.redis.client());
	const running: BroadcastWorkers[] = [];
	const queues = createBroadcastQueues(connection);
	const startWorkers = (rate = 1000, pageSize?: number, paid: { byDefault?: boolean; rate?: number } = {}) => {
		const senders = createPlatformSenders(
			{ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot },
			t.deps.chats,
			logger,
		);
		const workers = startBroadcastWorkers({
			options: connection,
			queues,
			ledger: store,
			chats: t.deps.chats,
			days: t.deps.days,
			statements: t.deps.statements,
			senders,
			planner: new BullReminderPlanner(queues, store, t.deps.days, t.deps.chats, () => t.clock.now),
			rates: { telegram: rate, discord: rate, console: 1 },
			logger,
			...(pageSize ? { fanOutPageSize: pageSize } : {}),
			...(paid.byDefault === undefined ? {} : { paidByDefault: paid.byDefault }),
			...(paid.rate === undefined ? {} : { paidRate: paid.rate }),
		});
		running.push(workers);
		return workers;
	};
	return {
		t,
		telegram,
		store,
		startWorkers,
		subscribe: async (chatIds, timeZone = "America/Lima", campaigns = ["wftu"]) => {
			for (const chatId of chatIds) {
				const subscription: Subscription = {
					platform: "telegram",
					chatId,
					timeZone,
					language: "en",
					campaigns,
					subscribedBy: "test",
					subscribedAt: new Date().toISOString(),
				};
				await t.deps.chats.subscribe(subscription);
			}
		},
		settled: async (broadcastId, timeoutMs = 30_000) => {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const stats = await store.stats(broadcastId);
				if (stats.total > 0 && stats.sent + stats.failed + stats.gone >= stats.total) return;
				if (Date.now() > deadline) throw new Error(`broadcast ${broadcastId} not settled: ${JSON.stringify(stats)}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		stop: async () => {
			await Promise.all(running.map((workers) => workers.close()));
			await queues.close();
			await telegram.stop();
			await t.stop();
		},
	};
}
