import type { Platform } from "../core/request.js";
import type { Broadcast } from "./broadcast.js";

export interface BroadcastStats {
	sent: number;
	failed: number;
	gone: number;
	total: number;
}

/** What became of one chat's send, for good: the ledger keeps one per chat. */
export type RecordedOutcome = "sent" | "failed" | "gone";

/** One chat a broadcast goes to, in the language it had when the broadcast fanned out. */
export interface AudienceMember {
	platform: Platform;
	chatId: string;
	language: "en" | "es";
}

/**
 * A fan-out fixes its audience a page at a time and enqueues each page after fixing it, so the
 * total (written with the last page) and the send jobs always agree, and a retry sends to the
 * audience of the first run.
 */
export interface AudienceWalk {
	/** The last page is fixed and the total with it. */
	complete: boolean;
	/** The walk resumes after this follower; absent at the start. */
	cursor?: string;
	/** The last page fixed: a crash may have come before its send jobs were added. */
	pending: AudienceMember[];
}

/**
 * The broadcasts, their delivery ledger and the counts, as the jobs use them. Declared here and
 * implemented in src/store, so the jobs know nothing of how (or where) they are kept.
 */
export interface BroadcastLedger {
	/** False when a broadcast with that id exists already (a reminder planned twice). */
	create(broadcast: Broadcast): Promise<boolean>;
	get(id: string): Promise<Broadcast | undefined>;
	setProgress(id: string, progress: NonNullable<Broadcast["progress"]>): Promise<void>;
	/** Where a broadcast's fan-out stands, so a fan-out retried after a crash goes on from there. */
	audienceWalk(id: string): Promise<AudienceWalk>;
	/**
	 * Fixes one page of a broadcast's audience, if the walk still stands where the caller found it
	 * (`after`); `next` absent: this was the last page, and the total is fixed with it. False when
	 * the walk had moved on (another run of the same fan-out): the caller reads the walk again.
	 */
	fixAudiencePage(
		id: string,
		after: string | undefined,
		next: string | undefined,
		members: readonly AudienceMember[],
	): Promise<boolean>;
	stats(id: string): Promise<BroadcastStats>;
	/** The outcome already recorded for a chat, if any: a chat with one is never sent to again. */
	outcomeOf(id: string, platform: Platform, chatId: string): Promise<RecordedOutcome | undefined>;
	/**
	 * Before a chat's send, in one step: its recorded outcome, if it has one (then it is not sent
	 * again); else how long to wait for its place in its pace, at most `ratePerSecond` sends a second
	 * across every worker (0: unpaced). `pace` names the pace it keeps: its send lane (Telegram's
	 * paid broadcasts keep their own), the platform when absent.
	 */
	beforeSend(
		id: string,
		platform: Platform,
		chatId: string,
		ratePerSecond: number,
		pace?: string,
	): Promise<{ recorded: RecordedOutcome } | { waitMs: number }>;
	/**
	 * Records a chat's outcome and counts it in one atomic step, once: a second record for the same
	 * chat (a retry after a crash) changes nothing. The counts afterwards.
	 */
	record(id: string, platform: Platform, chatId: string, outcome: RecordedOutcome): Promise<BroadcastStats>;
	/** True at most once every `ms` per broadcast, across workers: progress edits are throttled. */
	mayEditProgress(id: string, ms: number): Promise<boolean>;
}
