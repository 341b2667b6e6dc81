import type { Redis } from "ioredis";
import type { Logger } from "../../logger.js";
import { describeRedisFailure } from "./redis-failure.js";

/**
 * One warning when Redis goes away and one line when it is back, instead of an error object (with
 * its command arguments) at every reconnection attempt.
 */
export function watchConnection(redis: Redis, where: string, logger: Logger): void {
	const state = { down: false, since: 0 };
	redis.on("error", (error) => {
		if (state.down) return;
		state.down = true;
		state.since = Date.now();
		logger.warn(
			{ cause: describeRedisFailure(error, where, Boolean(redis.options.tls)) },
			"redis unreachable: commands answer 'briefly unavailable' until it is back",
		);
	});
	redis.on("ready", () => {
		if (!state.down) return;
		state.down = false;
		logger.warn({ where, downMs: Date.now() - state.since }, "redis is back");
	});
}
