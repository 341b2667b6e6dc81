import type { ConnectionOptions } from "bullmq";
import type { RedisOptions } from "ioredis";

/**
 * BullMQ needs its own connections, and its workers need blocking commands without a retry limit.
 * On a Redis Cluster the store hands a `bullClient` maker instead (options cannot describe one).
 */
export const bullConnection = (options: RedisOptions & { bullClient?: () => ConnectionOptions }): ConnectionOptions =>
	options.bullClient ? options.bullClient() : ({ ...options, maxRetriesPerRequest: null } as ConnectionOptions);

/**
 * Queues are written to while a user waits (/announce, /subscribe): while Redis is unreachable an
 * add fails at once, as the core's own commands do, instead of waiting in an offline queue.
 */
export const bullQueueConnection = (
	options: RedisOptions & { bullClient?: () => ConnectionOptions },
): ConnectionOptions =>
	options.bullClient
		? options.bullClient()
		: ({ ...options, enableOfflineQueue: false, maxRetriesPerRequest: 0 } as ConnectionOptions);

/**
 * Shutdown must finish even when Redis went away first: a queue or worker whose connection is down
 * cannot send QUIT (with no offline queue the close rejects at once). Its client is then dropped on
 * the spot, which also stops its reconnecting; BullMQ's own disconnect would wait for an end that a
 * reconnecting client never reaches.
 */
export async function closeBullPart(part: {
	close(): Promise<void>;
	readonly backend: { readonly client: Promise<{ disconnect(): void }> };
}): Promise<void> {
	await part.close().catch(async () => (await part.backend.client).disconnect());
}
