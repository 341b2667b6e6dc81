import { readFile, rename, writeFile } from "node:fs/promises";
import { backupFileSchema, backupFormatVersion } from "../store/redis/backup/backup-file.js";
import { makeBackup } from "../store/redis/backup/make-backup.js";
import { RestoreRefused, restoreBackup } from "../store/redis/backup/restore-write.js";
import { SchemaVersionError } from "../store/redis/schema-version.js";
import { print, printError } from "./cli-io.js";
import { withStore } from "./open-store.js";
import { progressBar } from "./progress.js";

const defaultName = (now: Date) => `solidarity-backup-${now.toISOString().replace(/[:.]/g, "-")}.json`;

/** `solidarity backup [file]`: "-" writes to stdout; the file appears whole or not at all. */
export function runBackup(file: string | undefined, options: { withContacts?: boolean }): Promise<number> {
	return withStore(async (redis) => {
		const now = new Date();
		const backup = await makeBackup(redis, { withContacts: options.withContacts ?? false, now });
		const bar = progressBar("backup", backup.entries.length);
		// One entry a line: a diff between two backups reads as a list of changed keys.
		const lines = backup.entries.map((entry, index) => {
			if (index % 500 === 0) bar.update(index);
			return JSON.stringify(entry);
		});
		bar.update(backup.entries.length);
		bar.stop();
		const { entries: _entries, ...header } = backup;
		const text = `${JSON.stringify(header).slice(0, -1)},"entries":[\n${lines.join(",\n")}\n]}\n`;
		if (file === "-") {
			process.stdout.write(text);
			return 0;
		}
		const target = file ?? defaultName(now);
		await writeFile(`${target}.partial`, text, { mode: 0o600 });
		await rename(`${target}.partial`, target);
		print(
			`backup ${target}: ${backup.entries.length} keys, schema version ${backup.schemaVersion}, ${options.withContacts ? "with" : "without"} contact e-mails`,
		);
		return 0;
	});
}

/** `solidarity restore <file> [--force]`: exit 1 for a refused restore or a bad file, 66 for no file. */
export async function runRestore(file: string, options: { force?: boolean }): Promise<number> {
	let raw: string;
	try {
		raw = await readFile(file, "utf8");
	} catch (error) {
		printError(`solidarity: ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
		return 66;
	}
	let parsed: ReturnType<typeof backupFileSchema.safeParse>;
	try {
		parsed = backupFileSchema.safeParse(JSON.parse(raw));
	} catch {
		printError(`solidarity: ${file}: not JSON; is it a solidarity backup?`);
		return 1;
	}
	if (!parsed.success) {
		printError(`solidarity: ${file}: not a solidarity backup (${parsed.error.issues[0]?.message ?? "invalid"})`);
		return 1;
	}
	const backup = parsed.data;
	if (backup.formatVersion > backupFormatVersion) {
		printError(`solidarity: ${file}: backup format ${backup.formatVersion} is newer than this code reads`);
		return 1;
	}
	return withStore(async (redis) => {
		const bar = progressBar("restore", backup.entries.length);
		try {
			const result = await restoreBackup(redis, backup, { force: options.force ?? false, progress: bar.update });
			bar.stop();
			print(`restored ${result.keys} keys from ${file} (made ${backup.createdAt})`);
			return 0;
		} catch (error) {
			bar.stop();
			if (error instanceof RestoreRefused || error instanceof SchemaVersionError) {
				printError(`solidarity: ${error.message}`);
				return 1;
			}
			throw error;
		}
	});
}
