import type { Redis } from "ioredis";
import type { Platform } from "../../core/request.js";
import { type Broadcast, broadcastSchema } from "../../jobs/broadcast.js";
import type {
	AudienceMember,
	AudienceWalk,
	BroadcastLedger,
	BroadcastStats,
	RecordedOutcome,
} from "../../jobs/broadcast-ledger.js";
import { beforeSendScript, fixAudiencePageScript, recordOutcomeScript } from "./broadcast-ledger-scripts.js";
import { keys } from "./keys.js";

/** Broadcasts and their ledgers live as long as anyone might retry or ask about them. */
const keepSeconds = 60 * 24 * 3600;

interface LedgerScripts {
	solidarityRecordOutcome(...args: (string | number)[]): Promise<string[]>;
	solidarityFixAudiencePage(...args: (string | number)[]): Promise<number>;
	solidarityBeforeSend(...args: (string | number)[]): Promise<[string] | [null, number]>;
}

const member = (platform: Platform, chatId: string) => `${platform}:${chatId}`;

function audienceMember(key: string, language: string | undefined): AudienceMember {
	const colon = key.indexOf(":");
	return {
		platform: key.slice(0, colon) as Platform,
		chatId: key.slice(colon + 1),
		language: language === "es" ? "es" : "en",
	};
}

/** Member, language pairs, as the audience hash and a page's JSON hold them. */
function audienceOfPairs(pairs: readonly string[]): AudienceMember[] {
	const members: AudienceMember[] = [];
	for (let i = 0; i + 1 < pairs.length; i += 2) members.push(audienceMember(pairs[i] ?? "", pairs[i + 1]));
	return members;
}

/** A broadcast, its delivery ledger and counts, kept so that a retry or a crash never sends twice or miscounts. */
export class BroadcastStore implements BroadcastLedger {
	private readonly scripts: LedgerScripts;

	constructor(private readonly redis: Redis) {
		if (!("solidarityRecordOutcome" in redis)) {
			redis.defineCommand("solidarityRecordOutcome", { numberOfKeys: 2, lua: recordOutcomeScript });
			redis.defineCommand("solidarityFixAudiencePage", { numberOfKeys: 3, lua: fixAudiencePageScript });
			redis.defineCommand("solidarityBeforeSend", { numberOfKeys: 2, lua: beforeSendScript });
		}
		this.scripts = redis as unknown as LedgerScripts;
	}

	/** False when a broadcast with that id exists already (a reminder planned twice). */
	async create(broadcast: Broadcast): Promise<boolean> {
		const json = JSON.stringify(broadcastSchema.parse(broadcast));
		return (await this.redis.set(keys.broadcast(broadcast.id), json, "EX", keepSeconds, "NX")) === "OK";
	}

	async get(id: string): Promise<Broadcast | undefined> {
		const json = await this.redis.get(keys.broadcast(id));
		return json === null ? undefined : broadcastSchema.parse(JSON.parse(json));
	}

	async setProgress(id: string, progress: NonNullable<Broadcast["progress"]>): Promise<void> {
		const broadcast = await this.get(id);
		if (broadcast) await this.redis.set(keys.broadcast(id), JSON.stringify({ ...broadcast, progress }), "KEEPTTL");
	}

	async audienceWalk(id: string): Promise<AudienceWalk> {
		const [walk, total] = await Promise.all([
			this.redis.hgetall(keys.broadcastFanOut(id)),
			this.redis.hexists(keys.broadcastStats(id), "total"),
		]);
		const complete = total === 1;
		if (walk.pending === undefined) {
			// Fixed whole by a release before pages: its retry adds every send job again, as it did then.
			const pending = complete ? audienceOfPairs(flatten(await this.redis.hgetall(keys.broadcastAudience(id)))) : [];
			return { complete, pending };
		}
		return {
			complete,
			...(walk.cursor ? { cursor: walk.cursor } : {}),
			pending: audienceOfPairs(JSON.parse(walk.pending) as string[]),
		};
	}

	async fixAudiencePage(
		id: string,
		after: string | undefined,
		next: string | undefined,
		members: readonly AudienceMember[],
	): Promise<boolean> {
		const pairs = members.flatMap((chat) => [member(chat.platform, chat.chatId), chat.language]);
		const fixed = await this.scripts.solidarityFixAudiencePage(
			keys.broadcastAudience(id),
			keys.broadcastStats(id),
			keys.broadcastFanOut(id),
			keepSeconds,
			after ?? "",
			next ?? "",
			JSON.stringify(pairs),
			...pairs,
		);
		return fixed === 1;
	}

	async stats(id: string): Promise<BroadcastStats> {
		return statsOf(await this.redis.hgetall(keys.broadcastStats(id)));
	}

	async outcomeOf(id: string, platform: Platform, chatId: string): Promise<RecordedOutcome | undefined> {
		const outcome = await this.redis.hget(keys.broadcastOutcomes(id), member(platform, chatId));
		return outcome === null ? undefined : (outcome as RecordedOutcome);
	}

	async beforeSend(
		id: string,
		platform: Platform,
		chatId: string,
		ratePerSecond: number,
		pace: string = platform,
	): Promise<{ recorded: RecordedOutcome } | { waitMs: number }> {
		const [outcome, waitMicroseconds] = await this.scripts.solidarityBeforeSend(
			keys.broadcastOutcomes(id),
			keys.sendPace(pace),
			member(platform, chatId),
			ratePerSecond > 0 ? Math.max(1, Math.round(1_000_000 / ratePerSecond)) : 0,
		);
		if (outcome) return { recorded: outcome as RecordedOutcome };
		return { waitMs: (waitMicroseconds ?? 0) / 1000 };
	}

	async record(id: string, platform: Platform, chatId: string, outcome: RecordedOutcome): Promise<BroadcastStats> {
		const all = await this.scripts.solidarityRecordOutcome(
			keys.broadcastOutcomes(id),
			keys.broadcastStats(id),
			member(platform, chatId),
			outcome,
			keepSeconds,
		);
		const fields: Record<string, string> = {};
		for (let i = 0; i + 1 < all.length; i += 2) fields[all[i] ?? ""] = all[i + 1] ?? "";
		return statsOf(fields);
	}

	/** Every chat's recorded outcome: what the ledger says, for operators and tests. */
	async outcomes(id: string): Promise<Record<string, string>> {
		return this.redis.hgetall(keys.broadcastOutcomes(id));
	}

	/** True at most once every `ms` per broadcast, across workers: progress edits are throttled. */
	async mayEditProgress(id: string, ms: number): Promise<boolean> {
		return (await this.redis.set(keys.broadcastEditLock(id), "1", "PX", ms, "NX")) === "OK";
	}
}

function flatten(hash: Record<string, string>): string[] {
	return Object.entries(hash).flat();
}

function statsOf(all: Record<string, string>): BroadcastStats {
	const number = (field: string) => Number(all[field] ?? 0);
	return { sent: number("sent"), failed: number("failed"), gone: number("gone"), total: number("total") };
}
