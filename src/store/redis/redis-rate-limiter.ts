import type { Redis } from "ioredis";
import type { RateLimiter } from "../../core/ports.js";
import { keys } from "./keys.js";

// KEYS: the counter; ARGV: limit, window in seconds. Counted and checked in one step, so two
// processes at the limit cannot both pass.
const takeScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if count > tonumber(ARGV[1]) then
	redis.call('DECR', KEYS[1])
	return 0
end
return 1
`;

export class RedisRateLimiter implements RateLimiter {
	constructor(private readonly redis: Redis) {}

	async take(key: string, limit: number, windowSeconds: number): Promise<boolean> {
		return (await this.redis.eval(takeScript, 1, keys.rateLimit(key), limit, windowSeconds)) === 1;
	}
}
