import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "../../logger.js";
import { startEmbeddedRedis } from "./embedded-redis.js";
import { openTopology, type RedisTopology } from "./redis-topology.js";

export interface RedisConnection {
	redis: Redis;
	/** Options for further connections to the same server (BullMQ wants its own). */
	options: RedisOptions;
	/** "embedded" or the URL's host, for logs; never the password. */
	description: string;
	close(): Promise<void>;
}

/** A Cluster or Sentinels when configured; else REDIS_URL when set; otherwise the embedded redis-server under the data folder. */
export async function openRedis(
	settings: { url?: string; dataDir: string } & RedisTopology,
	logger: Logger,
): Promise<RedisConnection> {
	const topology = await openTopology(settings, logger);
	if (topology) return topology;
	if (settings.url) {
		const url = new URL(settings.url);
		const options: RedisOptions = {
			host: url.hostname,
			port: url.port ? Number(url.port) : 6379,
			username: url.username ? decodeURIComponent(url.username) : undefined,
			password: url.password ? decodeURIComponent(url.password) : undefined,
			db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
			tls: url.protocol === "rediss:" ? {} : undefined,
		};
		const redis = new Redis({ ...options, lazyConnect: true });
		redis.on("error", (error) => logger.warn({ err: error }, "redis connection problem"));
		await redis.connect();
		return {
			redis,
			options,
			description: `${url.hostname}:${options.port}`,
			close: async () => void (await redis.quit()),
		};
	}
	const embedded = await startEmbeddedRedis(settings.dataDir, logger);
	const options: RedisOptions = { path: embedded.socketPath };
	const redis = new Redis({ ...options, lazyConnect: true });
	redis.on("error", (error) => logger.warn({ err: error }, "redis connection problem"));
	await redis.connect();
	return {
		redis,
		options,
		description: "embedded",
		close: async () => {
			await redis.quit().catch(() => undefined);
			await embedded.stop();
		},
	};
}
