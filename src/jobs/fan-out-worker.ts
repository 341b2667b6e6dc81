import { type Job, UnrecoverableError } from "bullmq";
import type { ChatRepository, SolidarityDayRepository } from "../core/ports.js";
import { type Broadcast, fanOutJobSchema, jobIdPart, sendJobSchema } from "./broadcast.js";
import { reaches } from "./broadcast-audience.js";
import type { AudienceMember } from "./broadcast-ledger.js";
import { type ProgressDependencies, sendProgressMessage } from "./broadcast-progress.js";
import type { BroadcastQueues } from "./broadcast-queues.js";

/** Enough for a platform's outages of a minute or two, with the exponential backoff below. */
const sendAttempts = 6;
/** Followers are read, fixed and enqueued this many at a time: memory stays the same for any audience. */
const defaultPageSize = 1000;

export interface FanOutDependencies extends ProgressDependencies {
	queues: BroadcastQueues;
	chats: ChatRepository;
	days: SolidarityDayRepository;
	/** Chats per page of the fan-out; tests make it small to walk many pages. */
	fanOutPageSize?: number;
}

/**
 * At the broadcast's time: one send job per chat, a page of followers at a time, and the
 * organizer's progress message once the audience is known. Each page is fixed in the ledger before
 * its jobs are added, so a fan-out retried after a crash adds the page it may have left half
 * added (job ids make adding twice harmless) and walks on from there, to the first run's audience.
 */
export async function fanOut(job: Job, deps: FanOutDependencies): Promise<number> {
	const { broadcastId } = fanOutJobSchema.parse(job.data);
	const broadcast = await deps.ledger.get(broadcastId);
	if (!broadcast) throw new UnrecoverableError(`no broadcast ${broadcastId}`);
	const reminder = broadcast.reminder;
	// A day removed after its reminders were planned has no audience.
	const removed = reminder && !(await deps.days.list()).some((day) => day.id === reminder.day);
	const pageSize = deps.fanOutPageSize ?? defaultPageSize;
	let walk = await deps.ledger.audienceWalk(broadcastId);
	await enqueue(broadcastId, walk.pending, deps);
	let enqueuedBefore = walk.pending.length > 0;
	let shown = false;
	while (!walk.complete) {
		const after = walk.cursor;
		const page = removed ? { subscriptions: [] } : await deps.chats.followers(broadcast.campaign, after, pageSize);
		const members = page.subscriptions
			.filter((subscription) => reaches(broadcast, subscription) && deps.senders.has(subscription.platform))
			.map(({ platform, chatId, language }): AudienceMember => ({ platform, chatId, language }));
		if (!(await deps.ledger.fixAudiencePage(broadcastId, after, page.next, members))) {
			// Another run of this fan-out (a job that stalled and ran twice) moved on: follow it.
			walk = await deps.ledger.audienceWalk(broadcastId);
			continue;
		}
		walk = { complete: page.next === undefined, ...(page.next ? { cursor: page.next } : {}), pending: members };
		// The total is known with the last page: shown before its sends when the audience is one page.
		if (walk.complete && !removed) {
			await showProgress(broadcast, enqueuedBefore, deps);
			shown = true;
		}
		await enqueue(broadcastId, members, deps);
		enqueuedBefore ||= members.length > 0;
	}
	if (removed) return 0;
	// A retry after the walk was complete: the progress message may not have gone out yet.
	if (!shown && !broadcast.progress) await showProgress(broadcast, true, deps);
	return (await deps.ledger.stats(broadcastId)).total;
}

async function showProgress(broadcast: Broadcast, sendsUnderWay: boolean, deps: FanOutDependencies) {
	const fresh = await deps.ledger.get(broadcast.id);
	if (fresh) await sendProgressMessage(fresh, sendsUnderWay, deps);
}

async function enqueue(broadcastId: string, chats: readonly AudienceMember[], deps: FanOutDependencies) {
	if (chats.length === 0) return;
	for (const platform of deps.queues.send.keys()) {
		const queue = deps.queues.send.get(platform);
		const ofPlatform = chats.filter((chat) => chat.platform === platform);
		if (!queue || ofPlatform.length === 0) continue;
		await queue.addBulk(
			ofPlatform.map((chat) => ({
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
