import type { Redis } from "ioredis";
import { keys } from "./keys.js";

// KEYS: generation, version, changes, records. ARGV: the version the reader has.
// A list's version and the records changed since, with their numbers, in one round trip; HMGET in
// slices, as Lua's unpack has a limit on how many values it spreads.
const listSinceScript = `
local changed = redis.call('ZRANGEBYSCORE', KEYS[3], '(' .. ARGV[1], '+inf')
local records = {}
for first = 1, #changed, 1000 do
	local part = redis.call('HMGET', KEYS[4], unpack(changed, first, math.min(first + 999, #changed)))
	for index = 1, #part do records[#records + 1] = part[index] end
end
return { redis.call('GET', KEYS[1]) or '', redis.call('GET', KEYS[2]) or '0', records, changed }
`;

interface ListSinceCommand {
	solidarityListSince(...args: (string | number)[]): Promise<[string, string, (string | null)[], string[]]>;
}

/** The script on whichever connection the tracked read hands over (the tracking one, or the main one). */
function listSince(client: Redis): ListSinceCommand {
	if (!("solidarityListSince" in client))
		client.defineCommand("solidarityListSince", { numberOfKeys: 4, lua: listSinceScript });
	return client as unknown as ListSinceCommand;
}

/** What a list's version check read: the records changed since the version this process had then. */
export interface ListStamp {
	generation: string;
	version: number;
	records: (string | null)[];
	/** Each record's number, in the same order. */
	numbers: string[];
}

/** A list's generation and version, with the records changed after `since`, in one round trip. */
export async function readListSince(client: Redis, statementId: string, since: number): Promise<ListStamp> {
	const [generation, version, records, numbers] = await listSince(client).solidarityListSince(
		keys.adherenceGeneration(statementId),
		keys.adherenceVersion(statementId),
		keys.adherenceChanges(statementId),
		keys.adherences(statementId),
		since,
	);
	return { generation, version: Number(version), records, numbers };
}
