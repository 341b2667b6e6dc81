import { Redis } from "ioredis";

export interface Durability {
	appendonly?: string;
	appendfsync?: string;
	/** CONFIG is disabled on some managed Redis services: then the settings cannot be read. */
	readable: boolean;
}

/** One PING, timed: the round trip every command pays. */
export async function roundTripSeconds(redis: Redis): Promise<number> {
	const start = process.hrtime.bigint();
	await redis.ping();
	return Number(process.hrtime.bigint() - start) / 1e9;
}

export async function readDurability(redis: Redis): Promise<Durability> {
	try {
		const [, appendonly] = (await redis.config("GET", "appendonly")) as string[];
		const [, appendfsync] = (await redis.config("GET", "appendfsync")) as string[];
		return { appendonly, appendfsync, readable: true };
	} catch {
		return { readable: false };
	}
}

/**
 * One connection attempt, no retries: a check must report an unreachable Redis and end, where the
 * bot's own connection keeps trying.
 */
export async function connectOnce(url: string, timeoutMs: number): Promise<{ redis: Redis; close(): Promise<void> }> {
	const redis = new Redis(url, {
		lazyConnect: true,
		retryStrategy: () => null,
		maxRetriesPerRequest: 1,
		connectTimeout: timeoutMs,
		enableOfflineQueue: false,
	});
	redis.on("error", () => {});
	try {
		await redis.connect();
	} catch (error) {
		redis.disconnect();
		throw error;
	}
	return { redis, close: async () => void (await redis.quit().catch(() => redis.disconnect())) };
}
