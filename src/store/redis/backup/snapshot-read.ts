import type { Redis } from "ioredis";
import { keyPrefix } from "../keys.js";

/** One key as Redis holds it, in a shape JSON can carry. */
export type KeyValue =
	| { type: "string"; value: string }
	| { type: "hash"; value: Record<string, string> }
	| { type: "set"; value: string[] }
	| { type: "zset"; value: [member: string, score: string][] }
	| { type: "list"; value: string[] }
	| { type: "stream"; value: [id: string, fields: string[]][] };

export type KeyEntry = { key: string; ttlMs?: number } & KeyValue;

/**
 * Every key under the prefix, read by one Lua script: Redis runs a script alone, so the snapshot
 * is one moment, never half of a change. Passing one key of the prefix routes it to the cluster
 * node that holds the hash tag's slot (every project key lives there).
 */
const readAll = `
local out = {}
for _, key in ipairs(redis.call('KEYS', ARGV[1])) do
	local kind = redis.call('TYPE', key).ok
	local value
	if kind == 'string' then value = redis.call('GET', key)
	elseif kind == 'hash' then value = redis.call('HGETALL', key)
	elseif kind == 'set' then value = redis.call('SMEMBERS', key)
	elseif kind == 'zset' then value = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
	elseif kind == 'list' then value = redis.call('LRANGE', key, 0, -1)
	elseif kind == 'stream' then value = redis.call('XRANGE', key, '-', '+')
	end
	if value then table.insert(out, {key, kind, redis.call('PTTL', key), value}) end
end
return out`;

/** Keys that are not state: rate-limit windows, edit locks, half-filled conversations (30 minutes). */
const transient = [/^rate:/, /:edit-lock$/, /^conversation:/];

function pairs(flat: string[]): [string, string][] {
	const out: [string, string][] = [];
	for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as string, flat[i + 1] as string]);
	return out;
}

function decode(kind: string, raw: unknown): KeyValue | undefined {
	if (kind === "string") return { type: "string", value: raw as string };
	if (kind === "hash") return { type: "hash", value: Object.fromEntries(pairs(raw as string[])) };
	if (kind === "set") return { type: "set", value: [...(raw as string[])].sort() };
	if (kind === "zset") return { type: "zset", value: pairs(raw as string[]) };
	if (kind === "list") return { type: "list", value: raw as string[] };
	if (kind === "stream") return { type: "stream", value: raw as [string, string[]][] };
	return undefined;
}

export async function readSnapshot(redis: Redis): Promise<KeyEntry[]> {
	const rows = (await redis.eval(readAll, 1, `${keyPrefix}statements`, `${keyPrefix}*`)) as [
		string,
		string,
		number,
		unknown,
	][];
	const entries: KeyEntry[] = [];
	for (const [key, kind, ttl, raw] of rows) {
		if (transient.some((pattern) => pattern.test(key.slice(keyPrefix.length)))) continue;
		const value = decode(kind, raw);
		if (value) entries.push({ key, ...(ttl > 0 ? { ttlMs: ttl } : {}), ...value });
	}
	return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
