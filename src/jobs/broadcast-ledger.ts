import type { Platform } from "../core/request.js";
import type { Broadcast } from "./broadcast.js";

export interface BroadcastStats {
	sent: number;
	failed: number;
	gone: number;
	total: number;
}

/**
 * The broadcasts, their counters and the delivery ledger, as the jobs use them. Declared here and
 * implemented in src/store, so the jobs know nothing of how (or where) they are kept.
 */
export interface BroadcastLedger {
	/** False when a broadcast with that id exists already (a reminder planned twice). */
	create(broadcast: Broadcast): Promise<boolean>;
	get(id: string): Promise<Broadcast | undefined>;
	setProgress(id: string, progress: NonNullable<Broadcast["progress"]>): Promise<void>;
	setTotal(id: string, total: number): Promise<void>;
	count(id: string, field: "sent" | "failed" | "gone"): Promise<BroadcastStats>;
	stats(id: string): Promise<BroadcastStats>;
	isDelivered(id: string, platform: Platform, chatId: string): Promise<boolean>;
	markDelivered(id: string, platform: Platform, chatId: string): Promise<void>;
	/** True at most once every `ms` per broadcast, across workers: progress edits are throttled. */
	mayEditProgress(id: string, ms: number): Promise<boolean>;
}
