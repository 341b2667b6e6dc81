import type { ChainableCommander, Redis } from "ioredis";
import { keyPrefix } from "../keys.js";
import {
	currentSchemaVersion,
	hasKeys,
	migrateSchema,
	SchemaVersionError,
	writeSchemaVersion,
} from "../schema-version.js";
import type { BackupFile } from "./backup-file.js";
import type { KeyEntry } from "./snapshot-read.js";

export class RestoreRefused extends Error {}

function write(pipeline: ChainableCommander, entry: KeyEntry): void {
	pipeline.del(entry.key);
	switch (entry.type) {
		case "string":
			pipeline.set(entry.key, entry.value);
			break;
		case "hash":
			if (Object.keys(entry.value).length > 0) pipeline.hset(entry.key, entry.value);
			break;
		case "set":
			if (entry.value.length > 0) pipeline.sadd(entry.key, ...entry.value);
			break;
		case "zset":
			if (entry.value.length > 0)
				pipeline.zadd(entry.key, ...entry.value.flatMap(([member, score]) => [score, member]));
			break;
		case "list":
			if (entry.value.length > 0) pipeline.rpush(entry.key, ...entry.value);
			break;
		case "stream":
			// Explicit ids keep each audit entry's id, and with it its order and time.
			for (const [id, fields] of entry.value) pipeline.xadd(entry.key, id, ...fields);
			break;
	}
	if (entry.ttlMs) pipeline.pexpire(entry.key, entry.ttlMs);
}

/**
 * Loads a backup into Redis: refused when the project already has keys there unless forced (then
 * they are removed first), and refused for data newer than this code. Older data is migrated
 * forward after the load. `progress` is told how many keys are written.
 */
export async function restoreBackup(
	redis: Redis,
	backup: BackupFile,
	options: { force: boolean; progress?: (done: number, total: number) => void },
): Promise<{ keys: number }> {
	if (backup.schemaVersion > currentSchemaVersion) {
		throw new SchemaVersionError(
			`the backup is schema version ${backup.schemaVersion}, newer than this code's ${currentSchemaVersion}`,
		);
	}
	if (await hasKeys(redis, `${keyPrefix}*`)) {
		if (!options.force)
			throw new RestoreRefused("Redis already holds solidarity data; restore with --force to replace it");
		await removeProjectKeys(redis);
	}
	const batch = 200;
	for (let start = 0; start < backup.entries.length; start += batch) {
		const pipeline = redis.multi();
		for (const entry of backup.entries.slice(start, start + batch)) write(pipeline, entry);
		await pipeline.exec();
		options.progress?.(Math.min(start + batch, backup.entries.length), backup.entries.length);
	}
	// The version goes in last: an interrupted restore leaves no version, and a new restore with --force.
	await writeSchemaVersion(redis, backup.schemaVersion);
	await migrateSchema(redis);
	return { keys: backup.entries.length };
}

async function removeProjectKeys(redis: Redis): Promise<void> {
	for (let cursor = "0"; ; ) {
		const [next, page] = await redis.scan(cursor, "MATCH", `${keyPrefix}*`, "COUNT", 1000);
		if (page.length > 0) await redis.unlink(...page);
		if (next === "0") return;
		cursor = next;
	}
}
