import type { Redis, RedisOptions } from "ioredis";
import { ModerationRouter } from "../../core/chats/moderation-router.js";
import type { CoreDependencies } from "../../core/context.js";
import type { Locale } from "../../core/i18n/locale.js";
import type { AdherenceLinks, ChatMessenger, Notifier } from "../../core/ports.js";
import { PublishedListCache } from "../../core/statements/published-list-cache.js";
import { type BroadcastQueues, createBroadcastQueues } from "../../jobs/broadcast-queues.js";
import { BullBroadcaster } from "../../jobs/bull-broadcaster.js";
import { closeBullPart } from "../../jobs/bull-connection.js";
import { BullReminderPlanner } from "../../jobs/bull-reminder-planner.js";
import { BullVoteDeadlineScheduler, createVoteDeadlineQueue } from "../../jobs/vote-deadline-jobs.js";
import { BroadcastStore } from "./redis-broadcast-store.js";
import { isRedisUnavailable } from "./redis-failure.js";
import { RedisNoticeOutbox } from "./redis-notice-outbox.js";
import { type RedisRepositories, redisRepositories } from "./redis-repositories.js";
import { openTrackedReads } from "./tracked-reads.js";

/** What the core is told about its deployment, as opposed to where its data lives. */
export interface CoreSettings {
	/**
	 * Where messages besides replies go: a notifier of its own (the console prints them all), or the
	 * running adapters' messenger, behind the router that sends each card to its campaign's chats.
	 */
	notifier: Notifier | { messenger: ChatMessenger };
	links: AdherenceLinks;
	submissionsPerHour: number;
	announcementsPerHour: number;
	operators: readonly string[];
	defaultLocale: Locale;
	defaultTimeZone: string;
	now: () => Date;
	/** How long a process that took a notice has to deliver it before another may (tests shorten it). */
	noticeLeaseMs?: number;
	/** A queue's connection problem; without a listener BullMQ prints the error object, arguments and all. */
	onQueueError?: (error: unknown) => void;
	/**
	 * Keep rarely changing reads in the process, told of changes by Redis (tracked-reads.ts); a one-shot
	 * CLI command reads a few keys once, and would only pay for two more connections. On unless false.
	 */
	keepReads?: boolean;
}

/** The core's dependencies on one Redis, and the job queues it feeds, with what the workers need besides. */
export interface RedisCoreDependencies {
	deps: CoreDependencies;
	repositories: RedisRepositories;
	broadcastQueues: BroadcastQueues;
	broadcastStore: BroadcastStore;
	reminders: BullReminderPlanner;
	/** Closes the queues and connections it opened; the Redis connection it was given is the caller's. */
	close(): Promise<void>;
}

/**
 * The one place the core's ports are wired to Redis and BullMQ: main, the CLI, the tests and the
 * benches all build their core here, so none of them can wire it differently.
 */
export function createCoreDependencies(
	redis: { client: Redis; options: RedisOptions },
	settings: CoreSettings,
): RedisCoreDependencies {
	const { onQueueError, notifier, keepReads, ...coreSettings } = settings;
	const trackedReads = openTrackedReads(redis.client, keepReads !== false);
	const repositories = redisRepositories(redis.client, trackedReads, settings.noticeLeaseMs);
	const voteQueue = createVoteDeadlineQueue(redis.options);
	const broadcastQueues = createBroadcastQueues(redis.options);
	for (const queue of [
		voteQueue,
		broadcastQueues.broadcasts,
		broadcastQueues.planner,
		...broadcastQueues.send.values(),
	])
		queue.on("error", (error) => onQueueError?.(error));
	const broadcastStore = new BroadcastStore(redis.client);
	const reminders = new BullReminderPlanner(
		broadcastQueues,
		broadcastStore,
		repositories.days,
		repositories.chats,
		settings.now,
	);
	const outbox = new RedisNoticeOutbox(redis.client, settings.noticeLeaseMs);
	const deps: CoreDependencies = {
		...repositories,
		...coreSettings,
		notifier:
			"messenger" in notifier
				? new ModerationRouter(repositories.statements, repositories.chats, notifier.messenger)
				: notifier,
		outbox,
		isUnavailable: isRedisUnavailable,
		publishedLists: new PublishedListCache(),
		voteDeadlines: new BullVoteDeadlineScheduler(voteQueue, settings.now),
		reminders,
		broadcaster: new BullBroadcaster(broadcastQueues, broadcastStore, repositories.chats, settings.now),
	};
	return {
		deps,
		repositories,
		broadcastQueues,
		broadcastStore,
		reminders,
		close: async () => {
			await outbox.flush().catch(() => undefined);
			await closeBullPart(voteQueue);
			await broadcastQueues.close();
			await trackedReads.close();
		},
	};
}
