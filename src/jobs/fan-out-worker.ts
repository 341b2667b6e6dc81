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
	if (reminder && !(await deps.days.list()).some((day) => day.id === reminder.day)) {
		// The day was removed after its reminders were planned.
		await deps.ledger.setTotal(broadcastId, 0);
		return 0;
	}
	const audience = audienceOf(broadcast, await deps.chats.subscriptions()).filter((s) => deps.senders.has(s.platform));
	await deps.ledger.setTotal(broadcastId, audience.length);
	await sendProgressMessage(broadcast, audience.length, deps);
	for (const platform of broadcastPlatforms) {
		const chats = audience.filter((subscription) => subscription.platform === platform);
		const queue = deps.queues.send.get(platform);
		if (!queue || chats.length === 0) continue;
		// In slices: a broadcast to 10,000 chats is 10,000 jobs, added without one giant command.
		for (let start = 0; start < chats.length; start += sliceSize) {
			await queue.addBulk(
				chats.slice(start, start + sliceSize).map((subscription) => ({
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
