import { Cluster, Redis, type RedisOptions } from "ioredis";
import type { Logger } from "../../logger.js";
import type { RedisConnection } from "./open-redis.js";

/** Where Redis is when it is more than one server: a Cluster's seed nodes, or Sentinels. */
export interface RedisTopology {
	/** REDIS_CLUSTER_NODES: "host:port,host:port"; credentials and TLS come from REDIS_URL when set. */
	clusterNodes?: string;
	/** REDIS_SENTINELS: "host:port,host:port", with REDIS_SENTINEL_NAME the master's name. */
	sentinels?: string;
	sentinelName?: string;
	url?: string;
}

function nodes(list: string): { host: string; port: number }[] {
	return list
		.split(",")
		.map((entry) => entry.trim())
		.filter(Boolean)
		.map((entry) => {
			const [host, port] = entry.replace(/^rediss?:\/\//, "").split(":");
			return { host: host || "127.0.0.1", port: port ? Number(port) : 6379 };
		});
}

function credentials(url: string | undefined): RedisOptions {
	if (!url) return {};
	const parsed = new URL(url);
	return {
		...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
		...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
		...(parsed.protocol === "rediss:" ? { tls: {} } : {}),
	};
}

/**
 * A Cluster or Sentinel connection, or undefined for a single server. Sentinel is ioredis's own
 * option, which BullMQ's connections inherit from the options. A Cluster cannot be described by
 * options alone, so BullMQ is handed Cluster clients made here (`bullClient`), which this
 * connection closes with itself.
 */
export async function openTopology(settings: RedisTopology, logger: Logger): Promise<RedisConnection | undefined> {
	const auth = credentials(settings.url);
	if (settings.sentinels) {
		const options: RedisOptions = {
			...auth,
			sentinels: nodes(settings.sentinels),
			name: settings.sentinelName ?? "mymaster",
		};
		const redis = new Redis({ ...options, lazyConnect: true });
		redis.on("error", (error) => logger.warn({ err: error }, "redis connection problem"));
		await redis.connect();
		return {
			redis,
			options,
			description: `sentinel ${options.name}`,
			close: async () => void (await redis.quit()),
		};
	}
	if (!settings.clusterNodes) return undefined;
	const seeds = nodes(settings.clusterNodes);
	const made: Cluster[] = [];
	const cluster = (extra: RedisOptions = {}) => {
		const client = new Cluster(seeds, { redisOptions: { ...auth, ...extra }, lazyConnect: true });
		client.on("error", (error) => logger.warn({ err: error }, "redis cluster connection problem"));
		made.push(client);
		return client;
	};
	const main = cluster();
	await main.connect();
	const options = { ...auth, bullClient: () => cluster({ maxRetriesPerRequest: null }) } as RedisOptions;
	return {
		// The repositories use commands a Cluster has too, on keys of one hash tag (one slot).
		redis: main as unknown as Redis,
		options,
		description: `cluster of ${seeds.length} seed nodes`,
		close: async () => {
			await Promise.all(made.map((client) => client.quit().catch(() => client.disconnect())));
		},
	};
}
