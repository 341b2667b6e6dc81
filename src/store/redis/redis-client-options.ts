import type { Redis, RedisOptions } from "ioredis";
import { describeRedisFailure, isPermanentConnectFailure } from "./redis-failure.js";

/** Raised when Redis cannot be reached at start: its message is the cause in one line. */
export class RedisConnectError extends Error {}

/** Within this a reply can still arrive in under 2 s when a command fails. */
const commandTimeoutMs = 1500;
const connectTimeoutMs = 2000;
/** ioredis waits this long for a socket to end after disconnect(): it would hold a failing CLI's exit. */
const disconnectTimeoutMs = 200;

/**
 * Reconnection every few hundred milliseconds, never backing off further: after an outage the bot
 * serves again well within 5 s of Redis coming back. Every connection of the process uses it,
 * BullMQ's too (its own default backs off to 20 s).
 */
export const reconnectDelay = (attempt: number): number => Math.min(100 * attempt, 500);

/** Shared by every connection to the server: where it is, and how to come back to it. */
export const connectionBase = (options: RedisOptions): RedisOptions => ({
	...options,
	retryStrategy: reconnectDelay,
	connectTimeout: connectTimeoutMs,
	disconnectTimeout: disconnectTimeoutMs,
});

/**
 * The client behind the core's repositories. While Redis is unreachable a command fails at once
 * (no offline queue, no retries), so the user is told now rather than served a replay later;
 * a command the server does not answer fails after commandTimeout.
 */
export const failFastClientOptions = (options: RedisOptions): RedisOptions => ({
	...connectionBase(options),
	lazyConnect: true,
	enableOfflineQueue: false,
	maxRetriesPerRequest: 0,
	commandTimeout: commandTimeoutMs,
});

/**
 * Connects, or says why not within `withinMs`: a refused port is tried again until then (a
 * restarting Redis), a wrong password, an unknown host or a TLS failure ends it at once. On
 * failure the client is disconnected, so nothing keeps the process alive.
 */
export async function connectOrExplain(redis: Redis, where: string, withinMs: number): Promise<void> {
	let cause: unknown;
	const tls = Boolean(redis.options.tls);
	try {
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(cause), withinMs);
			const onError = (error: unknown) => {
				cause = error;
				if (isPermanentConnectFailure(error)) {
					clearTimeout(timer);
					reject(error);
				}
			};
			redis.on("error", onError);
			redis.once("ready", () => {
				clearTimeout(timer);
				redis.off("error", onError);
				resolve();
			});
			// Its rejection is only "Connection is closed."; the error events carry the cause.
			redis.connect().catch(() => undefined);
		});
	} catch (error) {
		redis.disconnect();
		throw new RedisConnectError(`redis: ${describeRedisFailure(error ?? cause, where, tls)}`);
	}
}
