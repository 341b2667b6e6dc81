import type { Redis } from "ioredis";

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
