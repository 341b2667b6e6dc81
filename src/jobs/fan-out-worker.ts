import { type Job, UnrecoverableError } from "bullmq";
import type { ChatRepository, SolidarityDayRepository } from "../core/ports.js";
import { fanOutJobSchema, jobIdPart, sendJobSchema } from "./broadcast.js";
import { audienceOf } from "./broadcast-audience.js";
import { type ProgressDependencies, sendProgressMessage } from "./broadcast-progress.js";
import { type BroadcastQueues, broadcastPlatforms } from "./broadcast-queues.js";

/** Enough for a platform's outages of a minute or two, with the exponential backoff below. */
const sendAttempts = 6;
/** Send jobs are added this many at a time. */
const sliceSize = 500;

export interface FanOutDependencies extends ProgressDependencies {
	queues: BroadcastQueues;
	chats: ChatRepository;
	days: SolidarityDayRepository;
}

/** At the broadcast's time: one send job per chat, and the organizer's progress message. */
export async function fanOut(job: Job, deps: FanOutDependencies): Promise<number> {
	const { broadcastId } = fanOutJobSchema.parse(job.data);
	const broadcast = await deps.ledger.get(broadcastId);
	if (!broadcast) throw new UnrecoverableError(`no broadcast ${broadcastId}`);
	const reminder = broadcast.reminder;
	// A day removed after its reminders were planned has no audience.
	const removed = reminder && !(await deps.days.list()).some((day) => day.id === reminder.day);
	const subscribed = removed
		? []
		: audienceOf(broadcast, await deps.chats.subscriptions()).filter((s) => deps.senders.has(s.platform));
	// A fan-out retried after a crash sends to the audience of its first run, so the total stays true.
	const audience = await deps.ledger.fixAudience(
		broadcastId,
		subscribed.map(({ platform, chatId, language }) => ({ platform, chatId, language })),
	);
	if (removed) return 0;
	await sendProgressMessage(broadcast, audience.length, deps);
	for (const platform of broadcastPlatforms) {
		const chats = audience.filter((chat) => chat.platform === platform);
		const queue = deps.queues.send.get(platform);
		if (!queue || chats.length === 0) continue;
		// In slices: a broadcast to 10,000 chats is 10,000 jobs, added without one giant command.
		for (let start = 0; start < chats.length; start += sliceSize) {
			await queue.addBulk(
				chats.slice(start, start + sliceSize).map((chat) => ({
					name: "send",
					data: sendJobSchema.parse({ broadcastId, platform, chatId: chat.chatId, language: chat.language }),
					opts: {
						jobId: `send-${jobIdPart(broadcastId)}-${platform}-${jobIdPart(chat.chatId)}`,
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
