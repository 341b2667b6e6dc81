import type { Redis } from "ioredis";
import { secretValues } from "../config.js";
import { createLogger } from "../logger.js";
import { readEnvironment, StartupError } from "../runtime.js";
import { openRedis, type RedisConnection } from "../store/redis/open-redis.js";

/**
 * Redis alone, without loading config/statements into it: backup and restore must see the store
 * exactly as it is (a restore refuses a store that is not empty).
 */
export async function withStore(work: (redis: Redis, connection: RedisConnection) => Promise<number>): Promise<number> {
	const config = readEnvironment(process.env);
	const logger = createLogger({
		level: config.LOG_LEVEL ?? "warn",
		fd: 2,
		pretty: Boolean(process.stderr.isTTY),
		secrets: secretValues(config),
	});
	let connection: RedisConnection;
	try {
		connection = await openRedis(
			{
				url: config.REDIS_URL,
				dataDir: config.SOLIDARITY_DATA_DIR,
				clusterNodes: config.REDIS_CLUSTER_NODES,
				sentinels: config.REDIS_SENTINELS,
				sentinelName: config.REDIS_SENTINEL_NAME,
			},
			logger,
		);
	} catch (error) {
		throw new StartupError([`redis: could not connect (${(error as Error).message})`]);
	}
	try {
		return await work(connection.redis, connection);
	} finally {
		await connection.close();
		logger.flush();
	}
}
