// The adherence repository's Lua scripts: each change is one step on the server.

/**
 * Duplicate check, rate limit, numbering, the record and its audit entry in one step: Redis runs
 * a script alone, so two racing submissions cannot both pass the check, and a crash leaves all or
 * nothing. With appendfsync always the reply comes after the write is on disk. A pending record's
 * moderation card goes to the notice outbox in the same step, so no crash can lose it, already
 * leased to the writer for ARGV[7] ms: the writer delivers it next without a write of its own to
 * claim it, and if it dies the card is due again when the lease ends. With ARGV[8] = '1' the
 * conversation that led here (KEYS[11]) ends in the same step too, so a /confirm waits on one
 * fsync, not two; when the submission was made from a copy of that conversation (ARGV[9], else
 * empty) and the stored one is no longer the same, nothing is written.
 */
export const submitScript = `
if ARGV[8] == '1' then
	if ARGV[9] ~= '' and redis.call('GET', KEYS[11]) ~= ARGV[9] then return {'stale-conversation'} end
	redis.call('DEL', KEYS[11])
end
local identityStart = 10
for i = identityStart, #ARGV do
	local existing = redis.call('HGET', KEYS[3], ARGV[i])
	if existing then return {'duplicate', existing} end
end
local count = redis.call('INCR', KEYS[4])
if count == 1 then redis.call('EXPIRE', KEYS[4], tonumber(ARGV[3])) end
if count > tonumber(ARGV[2]) then return {'rate-limited', tostring(count)} end
if redis.call('EXISTS', KEYS[8]) == 0 then
	local now = redis.call('TIME')
	redis.call('SET', KEYS[8], now[1] .. '.' .. now[2])
end
local number = redis.call('INCR', KEYS[1])
local record = cjson.decode(ARGV[1])
record.number = number
local json = cjson.encode(record)
redis.call('HSET', KEYS[2], number, json)
for i = identityStart, #ARGV do redis.call('HSET', KEYS[3], ARGV[i], number) end
redis.call('XADD', KEYS[5], '*', 'at', ARGV[4], 'who', ARGV[5], 'action', ARGV[6], 'number', number, 'after', json)
redis.call('ZADD', KEYS[7], redis.call('INCR', KEYS[6]), number)
if record.status == 'pending' then
	local notice = 'card:' .. record.statementId .. ':' .. number
	redis.call('HSET', KEYS[9], notice, cjson.encode({kind = 'moderation-card', statementId = record.statementId, number = number}))
	local clock = redis.call('TIME')
	redis.call('ZADD', KEYS[10], tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000) + tonumber(ARGV[7]), notice)
end
return {'created', json}
`;

/**
 * The change, its audit entry and the notice it owes (ARGV[7], id ARGV[8]; empty for none) in one
 * step; the notice is leased to the writer for ARGV[9] ms, as in the submit script. The change was
 * made from the record as ARGV[10] held it: if the stored one differs, nothing is written.
 */
export const transitionScript = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return {'not-found'} end
if current ~= ARGV[10] then return {'stale', current} end
local status = cjson.decode(current).status
local allowed = false
for candidate in string.gmatch(ARGV[2], '[^,]+') do
	if candidate == status then allowed = true end
end
if not allowed then return {'conflict', current} end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
for i = 11, #ARGV do
	if redis.call('HGET', KEYS[2], ARGV[i]) == ARGV[1] then redis.call('HDEL', KEYS[2], ARGV[i]) end
end
if ARGV[7] ~= '' then
	redis.call('HSET', KEYS[6], ARGV[8], ARGV[7])
	local clock = redis.call('TIME')
	redis.call('ZADD', KEYS[7], tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000) + tonumber(ARGV[9]), ARGV[8])
end
redis.call('XADD', KEYS[3], '*', 'at', ARGV[4], 'who', ARGV[5], 'action', ARGV[6], 'number', ARGV[1], 'before', current, 'after', ARGV[3])
redis.call('ZADD', KEYS[5], redis.call('INCR', KEYS[4]), ARGV[1])
return {'changed', current}
`;
