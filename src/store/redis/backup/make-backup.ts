import type { Redis } from "ioredis";
import { keys } from "../keys.js";
import { readSchemaVersion } from "../schema-version.js";
import { type BackupFile, backupFormatVersion, stripContacts } from "./backup-file.js";
import { readSnapshot } from "./snapshot-read.js";

/** Every piece of state at one moment, contact e-mails only when asked for. */
export async function makeBackup(redis: Redis, options: { withContacts: boolean; now: Date }): Promise<BackupFile> {
	const entries = await readSnapshot(redis);
	// The version as the snapshot has it, so that it is the same moment as the data.
	const stored = entries.find((entry) => entry.key === keys.schemaVersion);
	return {
		format: "solidarity-backup",
		formatVersion: backupFormatVersion,
		schemaVersion: stored?.type === "string" ? Number(stored.value) : await readSchemaVersion(redis),
		createdAt: options.now.toISOString(),
		withContacts: options.withContacts,
		entries: options.withContacts ? entries : stripContacts(entries),
	};
}
