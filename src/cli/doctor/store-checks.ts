import type { Redis } from "ioredis";
import type { Environment } from "../../config.js";
import { createLogger } from "../../logger.js";
import { openRedis } from "../../store/redis/open-redis.js";
import { connectOnce, readDurability, roundTripSeconds } from "../../store/redis/redis-probe.js";
import { currentSchemaVersion, readSchemaVersion } from "../../store/redis/schema-version.js";
import { type CheckResult, fail, ok, warn } from "./check.js";

const connectDeadlineMs = 5_000;

/** Redis reachable, its persistence, and the data's schema version; reads only. */
export async function redisChecks(config: Environment): Promise<CheckResult[]> {
	const where = config.REDIS_URL ? new URL(config.REDIS_URL).host : "embedded (data/redis)";
	let connection: { redis: Redis; close(): Promise<void> };
	try {
		connection = config.REDIS_URL
			? await connectOnce(config.REDIS_URL, connectDeadlineMs)
			: await openRedis(
					{ dataDir: config.SOLIDARITY_DATA_DIR },
					createLogger({ level: "silent", fd: 2, pretty: false, secrets: [] }),
				);
	} catch (error) {
		return [fail("redis", `${where}: ${(error as Error).message}`)];
	}
	try {
		const results: CheckResult[] = [];
		const seconds = await roundTripSeconds(connection.redis);
		results.push(ok("redis", `${where}, PING ${(seconds * 1000).toFixed(1)} ms`));
		const durability = await readDurability(connection.redis);
		if (!durability.readable)
			results.push(
				warn("redis persistence", "CONFIG is disabled: check appendonly yes and appendfsync always with your provider"),
			);
		else if (durability.appendonly !== "yes")
			results.push(
				fail("redis persistence", "appendonly is no: a restart loses what the bot confirmed since the last snapshot"),
			);
		else if (durability.appendfsync !== "always")
			results.push(
				warn(
					"redis persistence",
					`appendonly yes, appendfsync ${durability.appendfsync}: a crash may lose the last second of adherences`,
				),
			);
		else results.push(ok("redis persistence", "appendonly yes, appendfsync always"));
		const version = await readSchemaVersion(connection.redis);
		results.push(
			version > currentSchemaVersion
				? fail("data version", `schema ${version} is newer than this code's ${currentSchemaVersion}`)
				: version < currentSchemaVersion
					? warn("data version", `schema ${version}: migrated to ${currentSchemaVersion} at the next start`)
					: ok("data version", `schema ${version}`),
		);
		return results;
	} catch (error) {
		return [fail("redis", `${where}: ${(error as Error).message}`)];
	} finally {
		await connection.close().catch(() => {});
	}
}
