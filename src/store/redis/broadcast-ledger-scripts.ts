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
 * KEYS: audience, stats, fan-out. ARGV: ttl seconds, the cursor the page starts after ("" at the
 * start), the cursor it ends at ("" for the last page), the page as JSON, then member, language
 * pairs. Fixes the page only if the walk stands at its start and is not complete; the last page
 * writes the total, the audience's size. Returns 1 when it fixed the page, else 0.
 */
export const fixAudiencePageScript = `
if redis.call('HEXISTS', KEYS[2], 'total') == 1 then return 0 end
if (redis.call('HGET', KEYS[3], 'cursor') or '') ~= ARGV[2] then return 0 end
for i = 5, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[3], 'cursor', ARGV[3], 'pending', ARGV[4])
if ARGV[3] == '' then redis.call('HSET', KEYS[2], 'total', redis.call('HLEN', KEYS[1])) end
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], tonumber(ARGV[1])) end
return 1
`;

/**
 * Before a send, in one round trip: the chat's recorded outcome, if any; else the send's place in
 * its lane's pace (a platform's, or Telegram's paid broadcasts' own), one send every `interval`
 * microseconds across every worker, as the time to
 * wait for it. The pace key holds the next free instant (Redis TIME); a send claims it and pushes it
 * on, so sends are spaced evenly instead of leaving in bursts, and no second holds more than the
 * rate. A claimed place whose send never goes (a crash) is only a gap.
 * KEYS: ledger, pace. ARGV: member, interval in microseconds (0: no pace).
 * Returns {outcome} or {false, wait in microseconds}.
 */
export const beforeSendScript = `
local outcome = redis.call('HGET', KEYS[1], ARGV[1])
if outcome then return {outcome} end
local interval = tonumber(ARGV[2])
if interval <= 0 then return {false, 0} end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local slot = tonumber(redis.call('GET', KEYS[2]) or 0)
if slot < now then slot = now end
redis.call('SET', KEYS[2], string.format('%d', slot + interval), 'PX', 60000)
return {false, slot - now}
`;
