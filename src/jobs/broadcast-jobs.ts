import { randomBytes } from "node:crypto";
import { type Job, Queue, UnrecoverableError, Worker } from "bullmq";
import type { Redis, RedisOptions } from "ioredis";
import type { Actor } from "../core/adherences/adherence.js";
import type { Subscription } from "../core/chats/subscription.js";
import { planReminders } from "../core/days/plan-reminders.js";
import type { SolidarityDay } from "../core/days/solidarity-day.js";
import { formatDate, messages } from "../core/i18n/messages.js";
import type {
	Broadcaster,
	ChatRepository,
	ChatSender,
	ReminderPlanner,
	SolidarityDayRepository,
	StatementRepository,
} from "../core/ports.js";
import { heading, paragraph, type Reply, span } from "../core/reply.js";
import type { Platform } from "../core/request.js";
import type { Logger } from "../logger.js";
import type { BroadcastStore } from "../store/redis/redis-broadcast-store.js";
import { type Broadcast, fanOutJobSchema, jobIdPart, sendJobSchema } from "./broadcast.js";
import { bullConnection } from "./bull-connection.js";
import { queueNames } from "./queue-names.js";

const platforms: readonly Platform[] = ["telegram", "discord"];
/** Reminders are planned this far ahead; the planner runs far more often than that. */
const planningHorizonMs = 8 * 24 * 3600 * 1000;
const plannerEveryMs = 15 * 60 * 1000;
const progressEditEveryMs = 2000;
const sendAttempts = 6;

export interface BroadcastQueues {
	broadcasts: Queue;
	planner: Queue;
	send: Map<Platform, Queue>;
	close(): Promise<void>;
}

export function createBroadcastQueues(options: RedisOptions): BroadcastQueues {
	const connection = bullConnection(options);
	const send = new Map(platforms.map((platform) => [platform, new Queue(queueNames.send(platform), { connection })]));
	const broadcasts = new Queue(queueNames.broadcasts, { connection });
	const planner = new Queue(queueNames.reminderPlanner, { connection });
	return {
		broadcasts,
		planner,
		send,
		close: async () => {
			await Promise.all([broadcasts.close(), planner.close(), ...[...send.values()].map((queue) => queue.close())]);
		},
	};
}

const fanOutJobOptions = {
	removeOnComplete: 10_000,
	removeOnFail: 10_000,
	attempts: 5,
	backoff: { type: "exponential", delay: 1000 },
};

async function scheduleFanOut(queues: BroadcastQueues, broadcast: Broadcast, now: Date): Promise<void> {
	await queues.broadcasts.add("fan-out", fanOutJobSchema.parse({ broadcastId: broadcast.id }), {
		...fanOutJobOptions,
		jobId: `fanout-${broadcast.id}`,
		delay: Math.max(0, new Date(broadcast.at).getTime() - now.getTime()),
	});
}

function audienceOf(broadcast: Broadcast, subscriptions: readonly Subscription[]): Subscription[] {
	return subscriptions.filter(
		(subscription) =>
			(!broadcast.topic || subscription.topics.length === 0 || subscription.topics.includes(broadcast.topic)) &&
			(!broadcast.reminder || subscription.timeZone === broadcast.reminder.timeZone),
	);
}

/** /announce and `solidarity broadcast`: a broadcast record and its fan-out job, delayed to its time. */
export class BullBroadcaster implements Broadcaster {
	constructor(
		private readonly queues: BroadcastQueues,
		private readonly store: BroadcastStore,
		private readonly chats: ChatRepository,
		private readonly now: () => Date = () => new Date(),
	) {}

	async announce(request: { text: string; at: Date; topic?: string; requestedBy?: Actor }) {
		const id = `announcement-${request.at.toISOString().replace(/\D/g, "").slice(0, 14)}-${randomBytes(4).toString("hex")}`;
		const broadcast: Broadcast = {
			id,
			kind: "announcement",
			text: request.text,
			at: request.at.toISOString(),
			...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
			...(request.topic ? { topic: request.topic } : {}),
		};
		await this.store.create(broadcast);
		await scheduleFanOut(this.queues, broadcast, this.now());
		return { id, chats: audienceOf(broadcast, await this.chats.subscriptions()).length };
	}
}

/** Reminder broadcasts: one per day, occurrence, offset and time zone, with ids made from those, so planning twice adds nothing. */
export function reminderBroadcastId(reminder: { day: string; date: string; offset: number; timeZone: string }): string {
	return `reminder-${reminder.day}-${reminder.date}-${reminder.offset}-${jobIdPart(reminder.timeZone)}`;
}

export class BullReminderPlanner implements ReminderPlanner {
	constructor(
		private readonly queues: BroadcastQueues,
		private readonly store: BroadcastStore,
		private readonly days: SolidarityDayRepository,
		private readonly chats: ChatRepository,
		private readonly now: () => Date = () => new Date(),
	) {}

	async replan(): Promise<void> {
		const now = this.now();
		const plan = planReminders(
			await this.days.list(),
			await this.chats.subscriptions(),
			now,
			new Date(now.getTime() + planningHorizonMs),
		);
		const groups = new Map<string, (typeof plan)[number]>();
		for (const reminder of plan) {
			const id = reminderBroadcastId(reminder);
			if (!groups.has(id)) groups.set(id, reminder);
		}
		for (const [id, reminder] of groups) {
			const broadcast: Broadcast = {
				id,
				kind: "reminder",
				reminder: { day: reminder.day, date: reminder.date, offset: reminder.offset, timeZone: reminder.timeZone },
				at: reminder.utc,
			};
			await this.store.create(broadcast);
			await scheduleFanOut(this.queues, broadcast, now);
		}
	}

	/** Plans now and then every 15 minutes, whichever worker is free; one schedule however many workers start it. */
	async keepPlanning(): Promise<void> {
		await this.queues.planner.upsertJobScheduler("reminder-planner", { every: plannerEveryMs }, { name: "plan" });
	}
}

export interface BroadcastWorkerDependencies {
	redis: Redis;
	options: RedisOptions;
	queues: BroadcastQueues;
	store: BroadcastStore;
	chats: ChatRepository;
	days: SolidarityDayRepository;
	statements: StatementRepository;
	senders: ReadonlyMap<Platform, ChatSender>;
	planner: BullReminderPlanner;
	/** Sends a second per platform; BullMQ's limiter holds it across all workers. */
	rates: Readonly<Record<Platform, number>>;
	logger: Logger;
}

/** The message one chat gets, in its own language. */
async function messageFor(
	broadcast: Broadcast,
	locale: "en" | "es",
	deps: BroadcastWorkerDependencies,
): Promise<Reply> {
	const text = messages(locale).broadcasts;
	if (broadcast.kind === "announcement")
		return { blocks: [heading(text.announcementHeading), paragraph(span(broadcast.text ?? ""))] };
	const reminder = broadcast.reminder;
	const day: SolidarityDay | undefined = (await deps.days.list()).find((candidate) => candidate.id === reminder?.day);
	const title = (locale === "es" ? day?.title.es : undefined) ?? day?.title.en ?? reminder?.day ?? "";
	const date = formatDate(reminder?.date ?? broadcast.at.slice(0, 10), locale);
	const offset = reminder?.offset ?? 0;
	const sentence =
		offset === 0
			? text.reminderToday(title)
			: offset === 1
				? text.reminderTomorrow(title, date)
				: text.reminderInDays(title, offset, date);
	const blocks = [paragraph(span(sentence, { bold: true }))];
	if (day?.statementId && (await deps.statements.get(day.statementId))) {
		blocks.push(paragraph(span(text.readStatement(`/statement ${day.statementId}`))));
	}
	return { blocks };
}

async function updateProgress(broadcast: Broadcast, deps: BroadcastWorkerDependencies, force: boolean): Promise<void> {
	if (!broadcast.requestedBy) return;
	// The progress message may have been sent after this worker first read the broadcast.
	const progress = broadcast.progress ?? (await deps.store.get(broadcast.id))?.progress;
	if (!progress) return;
	const stats = await deps.store.stats(broadcast.id);
	const done = stats.sent + stats.failed + stats.gone >= stats.total;
	if (!done && !force && !(await deps.store.mayEditProgress(broadcast.id, progressEditEveryMs))) return;
	const text = messages(broadcast.requestedBy?.locale ?? "en").broadcasts;
	const line = done
		? text.progressDone(stats.sent, stats.total)
		: text.progress(stats.sent, stats.failed, stats.gone, stats.total);
	await deps.senders
		.get(progress.platform)
		?.edit(progress.chatId, progress.messageId, { blocks: [paragraph(span(line))] });
}

/** At the broadcast's time: one send job per chat, and the organizer's progress message. */
async function fanOut(job: Job, deps: BroadcastWorkerDependencies): Promise<number> {
	const { broadcastId } = fanOutJobSchema.parse(job.data);
	const broadcast = await deps.store.get(broadcastId);
	if (!broadcast) throw new UnrecoverableError(`no broadcast ${broadcastId}`);
	const reminder = broadcast.reminder;
	if (reminder && !(await deps.days.list()).some((day) => day.id === reminder.day)) {
		// The day was removed after its reminders were planned.
		await deps.store.setTotal(broadcastId, 0);
		return 0;
	}
	const audience = audienceOf(broadcast, await deps.chats.subscriptions()).filter((s) => deps.senders.has(s.platform));
	await deps.store.setTotal(broadcastId, audience.length);
	const requester = broadcast.requestedBy;
	if (requester && !broadcast.progress) {
		const sender = deps.senders.get(requester.platform);
		const text = messages(requester.locale ?? "en").broadcasts;
		const sent = await sender?.send(requester.chatId, {
			blocks: [paragraph(span(text.progress(0, 0, 0, audience.length)))],
		});
		if (sent?.kind === "sent" && sent.messageId) {
			await deps.store.setProgress(broadcastId, {
				platform: requester.platform,
				chatId: requester.chatId,
				messageId: sent.messageId,
			});
		}
	}
	for (const platform of platforms) {
		const chats = audience.filter((subscription) => subscription.platform === platform);
		const queue = deps.queues.send.get(platform);
		if (!queue || chats.length === 0) continue;
		// In slices: a broadcast to 10,000 chats is 10,000 jobs, added without one giant command.
		for (let start = 0; start < chats.length; start += 500) {
			await queue.addBulk(
				chats.slice(start, start + 500).map((subscription) => ({
					name: "send",
					data: sendJobSchema.parse({
						broadcastId,
						platform,
						chatId: subscription.chatId,
						language: subscription.language,
					}),
					opts: {
						jobId: `send-${jobIdPart(broadcastId)}-${platform}-${jobIdPart(subscription.chatId)}`,
						attempts: sendAttempts,
						backoff: { type: "exponential", delay: 2000 },
						removeOnComplete: 10_000,
						removeOnFail: 10_000,
					},
				})),
			);
		}
	}
	return audience.length;
}

/**
 * A broadcast's text does not change once planned, and 10,000 sends read it: each worker keeps
 * the last few, and their rendered messages per language. The progress message is read afresh.
 */
const broadcastCache = new Map<string, Broadcast>();
const messageCache = new Map<string, Reply>();

async function cachedBroadcast(id: string, deps: BroadcastWorkerDependencies): Promise<Broadcast> {
	const cached = broadcastCache.get(id);
	if (cached?.progress || (cached && !cached.requestedBy)) return cached;
	const broadcast = await deps.store.get(id);
	if (!broadcast) throw new UnrecoverableError(`no broadcast ${id}`);
	if (broadcastCache.size > 100) broadcastCache.clear();
	broadcastCache.set(id, broadcast);
	return broadcast;
}

async function cachedMessage(
	broadcast: Broadcast,
	locale: "en" | "es",
	deps: BroadcastWorkerDependencies,
): Promise<Reply> {
	const key = `${broadcast.id}:${locale}`;
	let message = messageCache.get(key);
	if (!message) {
		message = await messageFor(broadcast, locale, deps);
		if (messageCache.size > 200) messageCache.clear();
		messageCache.set(key, message);
	}
	return message;
}

/**
 * One message to one chat. The ledger is read before and written after, so a retry or a
 * restart after a crash does not send again; only a send in flight at the moment of a crash
 * can repeat (Discord's nonce catches even that).
 */
async function send(job: Job, deps: BroadcastWorkerDependencies): Promise<string> {
	const data = sendJobSchema.parse(job.data);
	const broadcast = await cachedBroadcast(data.broadcastId, deps);
	if (await deps.store.isDelivered(data.broadcastId, data.platform, data.chatId)) return "already delivered";
	const sender = deps.senders.get(data.platform);
	if (!sender) throw new Error(`no ${data.platform} sender in this worker`);
	const message = await cachedMessage(broadcast, data.language, deps);
	const outcome = await sender.send(data.chatId, message, `${data.broadcastId}:${data.chatId}`);
	if (outcome.kind === "sent") {
		await deps.store.markDelivered(data.broadcastId, data.platform, data.chatId);
		await deps.store.count(data.broadcastId, "sent");
		await updateProgress(broadcast, deps, false);
		return "sent";
	}
	if (outcome.kind === "rate-limited") {
		// The whole queue waits, on every worker; this job goes back and does not use up an attempt.
		await deps.queues.send.get(data.platform)?.rateLimit(outcome.retryAfterMs);
		throw Worker.RateLimitError();
	}
	if (outcome.kind === "gone") {
		await deps.chats.unsubscribe(data.platform, data.chatId);
		await deps.store.count(data.broadcastId, "gone");
		await updateProgress(broadcast, deps, false);
		deps.logger.info({ platform: data.platform, chat: data.chatId, reason: outcome.reason }, "chat gone: unsubscribed");
		return "gone";
	}
	if (!outcome.retryable) throw new UnrecoverableError(outcome.reason);
	throw new Error(outcome.reason);
}

export interface BroadcastWorkers {
	close(): Promise<void>;
}

export function startBroadcastWorkers(deps: BroadcastWorkerDependencies): BroadcastWorkers {
	const connection = bullConnection(deps.options);
	const workers: Worker[] = [];
	workers.push(new Worker(queueNames.broadcasts, (job) => fanOut(job, deps), { connection, concurrency: 2 }));
	workers.push(new Worker(queueNames.reminderPlanner, () => deps.planner.replan(), { connection, concurrency: 1 }));
	for (const platform of platforms) {
		if (!deps.senders.has(platform)) continue;
		const worker = new Worker(queueNames.send(platform), (job) => send(job, deps), {
			connection,
			// No more in flight than one tenth of a second's worth: sends held up in the event loop then
			// cannot pile onto the next tenth and reach the platform faster than its rate.
			concurrency: Math.min(100, Math.max(5, Math.ceil(deps.rates[platform] / 10))),
			// The rate in tenths of a second: sends are spread over the second instead of leaving in
			// one burst at its start, which the platform would see as too many at once.
			limiter: { max: Math.max(1, Math.round(deps.rates[platform] / 10)), duration: 100 },
			// A worker that dies (SIGKILL, a lost machine) gives its jobs back within seconds, not a minute.
			lockDuration: 15_000,
			stalledInterval: 5_000,
		});
		worker.on("failed", (job, error) => {
			// Counted as failed only when BullMQ gives up on it.
			if (job && (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) {
				const data = sendJobSchema.safeParse(job.data);
				if (data.success) {
					void deps.store.count(data.data.broadcastId, "failed").then(async () => {
						const broadcast = await deps.store.get(data.data.broadcastId);
						if (broadcast) await updateProgress(broadcast, deps, false);
					});
				}
				deps.logger.warn({ err: error, platform, jobId: job.id }, "send failed for good");
			}
		});
		workers.push(worker);
	}
	for (const worker of workers)
		worker.on("error", (error) => deps.logger.warn({ err: error, queue: worker.name }, "worker error"));
	void deps.planner
		.keepPlanning()
		.catch((error) => deps.logger.warn({ err: error }, "could not schedule the reminder planner"));
	return {
		close: async () => {
			await Promise.all(workers.map((worker) => worker.close()));
		},
	};
}
