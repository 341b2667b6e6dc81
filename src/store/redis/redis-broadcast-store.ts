import type { Redis } from "ioredis";
import type { Platform } from "../../core/request.js";
import { type Broadcast, broadcastSchema } from "../../jobs/broadcast.js";
import type { BroadcastLedger, BroadcastStats } from "../../jobs/broadcast-ledger.js";
import { keys } from "./keys.js";

/** Broadcasts and their ledgers live as long as anyone might retry or ask about them. */
const keepSeconds = 60 * 24 * 3600;

/** A broadcast, its counters, and the delivery ledger that keeps a retry or a crash from sending twice. */
export class BroadcastStore implements BroadcastLedger {
	constructor(private readonly redis: Redis) {}

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

	async setTotal(id: string, total: number): Promise<void> {
		await this.redis
			.multi()
			.hset(keys.broadcastStats(id), "total", total)
			.expire(keys.broadcastStats(id), keepSeconds)
			.exec();
	}

	async count(id: string, field: "sent" | "failed" | "gone"): Promise<BroadcastStats> {
		const replies = await this.redis
			.multi()
			.hincrby(keys.broadcastStats(id), field, 1)
			.hgetall(keys.broadcastStats(id))
			.exec();
		return statsOf((replies?.[1]?.[1] as Record<string, string> | undefined) ?? {});
	}

	async stats(id: string): Promise<BroadcastStats> {
		return statsOf(await this.redis.hgetall(keys.broadcastStats(id)));
	}

	async isDelivered(id: string, platform: Platform, chatId: string): Promise<boolean> {
		return (await this.redis.sismember(keys.delivered(id), `${platform}:${chatId}`)) === 1;
	}

	async markDelivered(id: string, platform: Platform, chatId: string): Promise<void> {
		await this.redis
			.multi()
			.sadd(keys.delivered(id), `${platform}:${chatId}`)
			.expire(keys.delivered(id), keepSeconds)
			.exec();
	}

	async deliveredCount(id: string): Promise<number> {
		return this.redis.scard(keys.delivered(id));
	}

	/** True at most once every `ms` per broadcast, across workers: progress edits are throttled. */
	async mayEditProgress(id: string, ms: number): Promise<boolean> {
		return (await this.redis.set(keys.broadcastEditLock(id), "1", "PX", ms, "NX")) === "OK";
	}
}

function statsOf(all: Record<string, string>): BroadcastStats {
	const number = (field: string) => Number(all[field] ?? 0);
	return { sent: number("sent"), failed: number("failed"), gone: number("gone"), total: number("total") };
}
