import type { Redis } from "ioredis";
import { keyPrefix, keys } from "./keys.js";

/** The data format this code reads and writes; bump it with a migration below. */
export const currentSchemaVersion = 3;

/** The data is of a later version than this code, or a migration failed: the operator must act. */
export class SchemaVersionError extends Error {}

interface Migration {
	from: number;
	to: number;
	what: string;
	/** Lua, run as one script so it applies wholly or not at all; KEYS[1] is the version key, ARGV[1] `from`. */
	script: string;
}

const guard = `
local at = tonumber(redis.call('GET', KEYS[1]) or '1')
if at ~= tonumber(ARGV[1]) then return redis.error_reply('schema version is ' .. at .. ', not ' .. ARGV[1]) end
`;

/**
 * In order. Version 1 is the format before versions were recorded: keys under `sb:` and BullMQ's
 * under `bull:`. Old data lives on a single Redis (a cluster could not hold it), so the script may
 * rename keys it does not declare.
 */
const migrations: readonly Migration[] = [
	{
		from: 1,
		to: 2,
		what: "keys move under the {sb} Redis Cluster hash tag",
		script: `${guard}
for _, key in ipairs(redis.call('KEYS', 'sb:*')) do redis.call('RENAME', key, '${keyPrefix}' .. string.sub(key, 4)) end
for _, key in ipairs(redis.call('KEYS', 'bull:solidarity-*')) do redis.call('RENAME', key, '${keyPrefix}' .. string.sub(key, 6)) end
redis.call('SET', KEYS[1], '2')
return 2`,
	},
	{
		from: 2,
		to: 3,
		what: "each campaign's followers get a set of their own, so a fan-out reads them in pages",
		script: `${guard}
local subscriptions = '${keys.subscriptions}'
local all = redis.call('HGETALL', subscriptions)
for i = 1, #all, 2 do
	local ok, record = pcall(cjson.decode, all[i + 1])
	if ok and type(record) == 'table' and type(record.campaigns) == 'table' then
		for _, campaign in ipairs(record.campaigns) do
			if type(campaign) == 'string' then
				redis.call('ZADD', '${keyPrefix}campaign:' .. campaign .. ':followers', 0, all[i])
			end
		end
	end
end
redis.call('SET', KEYS[1], '3')
return 3`,
	},
];

/** Whether any key matches; SCAN pages may be empty before the end, so it walks to the end. */
export async function hasKeys(redis: Redis, pattern: string): Promise<boolean> {
	for (let cursor = "0"; ; ) {
		const [next, page] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
		if (page.length > 0) return true;
		if (next === "0") return false;
		cursor = next;
	}
}

/** The version the data in Redis is at; an empty Redis counts as current, unversioned old data as 1. */
export async function readSchemaVersion(redis: Redis): Promise<number> {
	const stored = await redis.get(keys.schemaVersion);
	if (stored !== null) return Number(stored);
	return (await hasKeys(redis, "sb:*")) ? 1 : currentSchemaVersion;
}

export async function writeSchemaVersion(redis: Redis, version: number): Promise<void> {
	await redis.set(keys.schemaVersion, String(version));
}

/**
 * At start: brings older data forward one migration at a time, each in one atomic step, or
 * refuses data newer than this code. Returns what it did, for the log.
 */
export async function migrateSchema(redis: Redis): Promise<{ from: number; to: number; applied: string[] }> {
	const from = await readSchemaVersion(redis);
	if (from > currentSchemaVersion) {
		throw new SchemaVersionError(
			`the data in Redis is schema version ${from}, newer than this code's ${currentSchemaVersion}: run the newer release (or restore a backup made by this one)`,
		);
	}
	const applied: string[] = [];
	let at = from;
	for (const migration of migrations) {
		if (migration.from !== at) continue;
		try {
			await redis.eval(migration.script, 1, keys.schemaVersion, String(migration.from));
		} catch (error) {
			throw new SchemaVersionError(
				`migration ${migration.from} -> ${migration.to} (${migration.what}) failed and changed nothing: ${(error as Error).message}`,
			);
		}
		applied.push(`${migration.from} -> ${migration.to}: ${migration.what}`);
		at = migration.to;
	}
	if ((await redis.get(keys.schemaVersion)) === null) await writeSchemaVersion(redis, at);
	return { from, to: at, applied };
}
