import { type Job, UnrecoverableError } from "bullmq";
import type { ChatRepository, SolidarityDayRepository } from "../core/ports.js";
import { type Broadcast, fanOutJobSchema, jobIdPart, sendJobSchema } from "./broadcast.js";
import { reaches } from "./broadcast-audience.js";
import type { AudienceMember } from "./broadcast-ledger.js";
import { type ProgressDependencies, sendProgressMessage } from "./broadcast-progress.js";
import { type BroadcastQueues, laneFor } from "./broadcast-queues.js";

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
	/** TELEGRAM_PAID_BROADCAST: Telegram sends go as paid broadcasts unless the broadcast says otherwise. */
	paidByDefault?: boolean;
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
	// The operator's choice stored with the broadcast, else the deployment's: it picks the send lane,
	// and the lane carries it to every send (its pace, and allow_paid_broadcast on Telegram).
	const paid = broadcast.paid ?? deps.paidByDefault ?? false;
	const enqueue = (chats: readonly AudienceMember[]) => enqueueSends(broadcastId, paid, chats, deps);
	let walk = await deps.ledger.audienceWalk(broadcastId);
	await enqueue(walk.pending);
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
		await enqueue(members);
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

/** A broadcast's sends to a platform all go by one lane, so a job id is never in two queues. */
async function enqueueSends(
	broadcastId: string,
	paid: boolean,
	chats: readonly AudienceMember[],
	deps: FanOutDependencies,
) {
	if (chats.length === 0) return;
	for (const platform of new Set(chats.map((chat) => chat.platform))) {
		const lane = laneFor(platform, paid);
		const queue = lane && deps.queues.send.get(lane.name);
		if (!queue) continue;
		const ofPlatform = chats.filter((chat) => chat.platform === platform);
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
