import type { ConnectionOptions } from "bullmq";
import type { RedisOptions } from "ioredis";

/** BullMQ needs its own connections, and its workers need blocking commands without a retry limit. */
export const bullConnection = (options: RedisOptions): ConnectionOptions =>
	({ ...options, maxRetriesPerRequest: null }) as ConnectionOptions;

/**
 * Queues are written to while a user waits (/announce, /subscribe): while Redis is unreachable an
 * add fails at once, as the core's own commands do, instead of waiting in an offline queue.
 */
export const bullQueueConnection = (options: RedisOptions): ConnectionOptions =>
	({ ...options, enableOfflineQueue: false, maxRetriesPerRequest: 0 }) as ConnectionOptions;
