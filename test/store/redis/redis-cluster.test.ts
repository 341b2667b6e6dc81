import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { renderPlainText } from "../../../src/bots/console/render-plain-text.js";
import { AdherenceLinkRegistry } from "../../../src/core/adherences/adherence-link-registry.js";
import { type Core, createCore } from "../../../src/core/core.js";
import { startBroadcastWorkers } from "../../../src/jobs/broadcast-workers.js";
import { createPlatformSenders } from "../../../src/jobs/platform-senders.js";
import { createLogger } from "../../../src/logger.js";
import { createCoreDependencies, type RedisCoreDependencies } from "../../../src/store/redis/core-dependencies.js";
import { openRedis, type RedisConnection } from "../../../src/store/redis/open-redis.js";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.js";
import { loadSeeds } from "../../helpers/seeds.js";
import { member, organizer, otherMember } from "../../helpers/test-core.js";
import { TestRedisCluster } from "../../helpers/test-redis-cluster.js";

const seedId = "icor-peru-struggle-2023";
const logger = createLogger({ level: process.env.LOG_LEVEL ?? "silent", fd: 2, pretty: false });

describe("on a 3-node Redis Cluster", () => {
	let cluster: TestRedisCluster;
	let connection: RedisConnection;
	let wired: RedisCoreDependencies;
	let core: Core;
	let telegram: FakeTelegramApi;
	const say = async (line: string, origin = member) =>
		renderPlainText((await core.handleText(line, origin)) ?? { blocks: [] });
	before(async () => {
		cluster = await TestRedisCluster.start();
		telegram = await FakeTelegramApi.start();
		connection = await openRedis({ dataDir: "unused", clusterNodes: cluster.nodes }, logger);
		wired = createCoreDependencies(
			{ client: connection.redis, options: connection.options },
			{
				notifier: { notifyUser: async () => {}, notifyOrganizers: async () => {} },
				links: new AdherenceLinkRegistry(),
				submissionsPerHour: 10,
				operators: ["telegram:2001"],
				announcementsPerHour: 10,
				defaultLocale: "en",
				defaultTimeZone: "UTC",
				now: () => new Date(),
			},
		);
		for (const statement of await loadSeeds()) await wired.repositories.statements.upsert(statement);
		core = createCore(wired.deps, logger);
	});
	after(async () => {
		await wired?.close();
		await connection?.close();
		await telegram?.stop();
		await cluster?.stop();
	});

	it("takes an adherence through the atomic duplicate check and moderation", async () => {
		assert.match(await say(`/adhere ${seedId} Red Dawn Collective; RDC; Perú`), /confirm/i);
		assert.match(await say("/confirm"), /received/i);
		await say(`/adhere ${seedId} Red Dawn Collective; RDC; Peru`, otherMember);
		assert.match(
			await say("/confirm", otherMember),
			/already waiting for the organizers \(request #1\)\. Nothing was added/,
		);
		assert.match(await say(`/approve ${seedId} 1`, organizer), /RDC|Red Dawn/);
		assert.match(await say(`/signatories ${seedId}`), /RDC Red Dawn Collective, Peru/);
		const audit = await wired.repositories.adherences.audit(seedId);
		assert.deepEqual(
			audit.map((entry) => entry.action),
			["submit", "approve"],
		);
	});

	it("sends an announcement to every subscribed chat through BullMQ, once each", async () => {
		const chats = ["-1001", "-1002", "-1003", "-1004"];
		for (const chatId of chats)
			await wired.deps.chats.subscribe({
				platform: "telegram",
				chatId,
				timeZone: "UTC",
				language: "en",
				campaigns: ["wftu"],
				subscribedBy: "test",
				subscribedAt: new Date().toISOString(),
			});
		const workers = startBroadcastWorkers({
			options: connection.options,
			queues: wired.broadcastQueues,
			ledger: wired.broadcastStore,
			chats: wired.deps.chats,
			days: wired.deps.days,
			statements: wired.deps.statements,
			senders: createPlatformSenders(
				{ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot },
				wired.deps.chats,
				logger,
			),
			planner: wired.reminders,
			rates: { telegram: 100, discord: 100, console: 1 },
			logger,
		});
		try {
			const { id } = await wired.deps.broadcaster.announce({
				text: "March on Friday",
				at: new Date(),
				campaign: "wftu",
			});
			const deadline = Date.now() + 30_000;
			for (;;) {
				const stats = await wired.broadcastStore.stats(id);
				if (stats.total > 0 && stats.sent >= stats.total) break;
				if (Date.now() > deadline) throw new Error(`not sent: ${JSON.stringify(stats)}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			const sentTo = telegram.sent.map((message) => String(message.chatId)).sort();
			assert.deepEqual(sentTo, chats);
		} finally {
			await workers.close();
		}
	});
});
