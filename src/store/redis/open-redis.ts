import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "../../logger.js";
import { startEmbeddedRedis } from "./embedded-redis.js";
import { connectionBase, connectOrExplain, failFastClientOptions } from "./redis-client-options.js";
import { openTopology, type RedisTopology } from "./redis-topology.js";
import { watchConnection } from "./watch-connection.js";

export interface RedisConnection {
	redis: Redis;
	/** Options for further connections to the same server (BullMQ wants its own). */
	options: RedisOptions;
	/** "embedded" or the URL's host, for logs; never the password. */
	description: string;
	close(): Promise<void>;
}

/** A CLI must say why it cannot start within 10 s; a refused port is tried until then. */
const connectWithinMs = 2000;
const quitWithinMs = 1000;

/** QUIT when the server answers, else just drop the socket: closing never waits on a dead Redis. */
async function closeClient(redis: Redis): Promise<void> {
	await Promise.race([redis.quit().catch(() => undefined), new Promise((done) => setTimeout(done, quitWithinMs))]);
	redis.disconnect();
}

/** A Cluster or Sentinels when configured; else REDIS_URL when set; otherwise the embedded redis-server under the data folder. */
export async function openRedis(
	settings: { url?: string; dataDir: string; superviseEmbedded?: boolean } & RedisTopology,
	logger: Logger,
): Promise<RedisConnection> {
	const topology = await openTopology(settings, logger);
	if (topology) return topology;
	if (settings.url) {
		const url = new URL(settings.url);
		const options: RedisOptions = connectionBase({
			host: url.hostname,
			port: url.port ? Number(url.port) : 6379,
			username: url.username ? decodeURIComponent(url.username) : undefined,
			password: url.password ? decodeURIComponent(url.password) : undefined,
			db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
			tls: url.protocol === "rediss:" ? {} : undefined,
		});
		const description = `${url.hostname}:${options.port}`;
		const redis = new Redis(failFastClientOptions(options));
		await connectOrExplain(redis, description, connectWithinMs);
		watchConnection(redis, description, logger);
		return { redis, options, description, close: () => closeClient(redis) };
	}
	const embedded = await startEmbeddedRedis(settings.dataDir, logger, { supervise: settings.superviseEmbedded });
	const options: RedisOptions = connectionBase({ path: embedded.socketPath });
	const redis = new Redis(failFastClientOptions(options));
	try {
		await connectOrExplain(redis, `the embedded Redis (${embedded.socketPath})`, connectWithinMs);
	} catch (error) {
		await embedded.stop();
		throw error;
	}
	watchConnection(redis, "embedded", logger);
	return {
		redis,
		options,
		description: "embedded",
		close: async () => {
			await closeClient(redis);
			await embedded.stop();
		},
	};
}
