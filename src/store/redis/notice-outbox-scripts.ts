/**
 * The outbox's atomic steps. Times come from Redis (TIME), so leases and retries mean the same on
 * every machine. A claim moves a notice's due time past a lease: a taker that dies leaves it due
 * again when the lease ends.
 */
/** How long a taker has to deliver before the notice is due again; a send with a short 429 fits. */
export const defaultNoticeLeaseMs = 60_000;

const now = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)`;

/** KEYS: outbox, due. ARGV: id, lease ms. The notice JSON, or false when it is not due. */
export const claimNoticeScript = `
local due = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not due then return false end
${now}
if tonumber(due) > now then return false end
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
	redis.call('ZREM', KEYS[2], ARGV[1])
	return false
end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
return json
`;

/** KEYS: outbox, due. ARGV: limit, lease ms. The JSON of the notices taken. */
export const claimDueNoticesScript = `
${now}
local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
local taken = {}
for _, id in ipairs(ids) do
	local json = redis.call('HGET', KEYS[1], id)
	if json then
		redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), id)
		table.insert(taken, json)
	else
		redis.call('ZREM', KEYS[2], id)
	end
end
return taken
`;

/** KEYS: due, attempts. ARGV: id, at least ms, base ms, most ms. */
export const retryNoticeScript = `
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
local failures = redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
local delay = math.min(tonumber(ARGV[3]) * 2 ^ math.min(failures - 1, 30), tonumber(ARGV[4]))
delay = math.max(delay, tonumber(ARGV[2]))
${now}
redis.call('ZADD', KEYS[1], now + delay, ARGV[1])
return 1
`;

/** KEYS: outbox, due, delivered. ARGV: id, JSON. 1 when added. */
export const ensureNoticeScript = `
if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 1 or redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], 0, ARGV[1])
return 1
`;
