/**
 * A subscription and the follower sets of its campaigns change in one step, so a fan-out walking a
 * campaign's followers never meets a chat that is not subscribed, nor misses one that is.
 *
 * KEYS: the subscriptions hash, then the follower sets of the campaigns the chat followed
 * (ARGV[4] of them), then those of the campaigns it follows now.
 * ARGV: the chat's field, the record as the caller read it ("" for none), the new record ("" to
 * unsubscribe), the number of former campaigns.
 * Returns -1 when the record changed since the caller read it (the caller reads again), else the
 * number of records written or removed.
 */
export const writeSubscriptionScript = `
local stored = redis.call('HGET', KEYS[1], ARGV[1]) or ''
if stored ~= ARGV[2] then return -1 end
local former = tonumber(ARGV[4])
for i = 2, former + 1 do redis.call('ZREM', KEYS[i], ARGV[1]) end
if ARGV[3] == '' then return redis.call('HDEL', KEYS[1], ARGV[1]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
for i = former + 2, #KEYS do redis.call('ZADD', KEYS[i], 0, ARGV[1]) end
return 1
`;
