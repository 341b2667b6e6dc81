/**
 * The delivery ledger's atomic steps. Counts are written in the same script as the ledger entry
 * they count, so no crash can leave one without the other: sent + failed + gone is always the
 * number of chats in the ledger.
 */

/** KEYS: ledger, stats. ARGV: member, outcome, ttl seconds. Returns the stats after. */
export const recordOutcomeScript = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
	redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
return redis.call('HGETALL', KEYS[2])
`;

/**
 * KEYS: audience, stats. ARGV: ttl seconds, then member, language pairs. The first call writes the
 * audience and its total; every call returns the audience as written (member, language pairs).
 */
export const fixAudienceScript = `
if redis.call('HEXISTS', KEYS[2], 'total') == 0 then
	for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
	redis.call('HSET', KEYS[2], 'total', (#ARGV - 1) / 2)
	redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
	redis.call('EXPIRE', KEYS[2], tonumber(ARGV[1]))
end
return redis.call('HGETALL', KEYS[1])
`;
