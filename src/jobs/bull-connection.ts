import type { ConnectionOptions } from "bullmq";
import type { RedisOptions } from "ioredis";

/** BullMQ needs its own connections, and its workers need blocking commands without a retry limit. */
export const bullConnection = (options: RedisOptions): ConnectionOptions =>
	({ ...options, maxRetriesPerRequest: null }) as ConnectionOptions;
