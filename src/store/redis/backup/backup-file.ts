import { z } from "zod";
import type { KeyEntry } from "./snapshot-read.js";

/** The backup file's own format; a file of a later format is refused rather than half read. */
export const backupFormatVersion = 1;

const entrySchema = z.discriminatedUnion("type", [
	z.object({
		key: z.string(),
		ttlMs: z.number().int().positive().optional(),
		type: z.literal("string"),
		value: z.string(),
	}),
	z.object({
		key: z.string(),
		ttlMs: z.number().int().positive().optional(),
		type: z.literal("hash"),
		value: z.record(z.string(), z.string()),
	}),
	z.object({
		key: z.string(),
		ttlMs: z.number().int().positive().optional(),
		type: z.literal("set"),
		value: z.array(z.string()),
	}),
	z.object({
		key: z.string(),
		ttlMs: z.number().int().positive().optional(),
		type: z.literal("zset"),
		value: z.array(z.tuple([z.string(), z.string()])),
	}),
	z.object({
		key: z.string(),
		ttlMs: z.number().int().positive().optional(),
		type: z.literal("list"),
		value: z.array(z.string()),
	}),
	z.object({
		key: z.string(),
		ttlMs: z.number().int().positive().optional(),
		type: z.literal("stream"),
		value: z.array(z.tuple([z.string(), z.array(z.string())])),
	}),
]);

export const backupFileSchema = z.object({
	format: z.literal("solidarity-backup"),
	formatVersion: z.number().int().positive(),
	/** The data's schema version (schema-version.ts) when it was read. */
	schemaVersion: z.number().int().nonnegative(),
	createdAt: z.string(),
	withContacts: z.boolean(),
	entries: z.array(entrySchema),
});

export type BackupFile = z.infer<typeof backupFileSchema>;

/** Contact e-mails sit in adherence records and in the audit's before/after copies of them. */
function dropContacts(value: unknown): { value: unknown; changed: boolean } {
	if (Array.isArray(value)) {
		let changed = false;
		const items = value.map((item) => {
			const result = dropContacts(item);
			changed ||= result.changed;
			return result.value;
		});
		return { value: items, changed };
	}
	if (value && typeof value === "object") {
		let changed = false;
		const out: Record<string, unknown> = {};
		for (const [name, item] of Object.entries(value)) {
			if (name === "contactEmail") {
				changed = true;
				continue;
			}
			const result = dropContacts(item);
			changed ||= result.changed;
			out[name] = result.value;
		}
		return { value: out, changed };
	}
	return { value, changed: false };
}

function withoutContacts(text: string): string {
	if (!text.includes("contactEmail")) return text;
	try {
		const result = dropContacts(JSON.parse(text));
		return result.changed ? JSON.stringify(result.value) : text;
	} catch {
		return text;
	}
}

/** Removes every contact e-mail from the entries' JSON values, leaving all else as read. */
export function stripContacts(entries: KeyEntry[]): KeyEntry[] {
	return entries.map((entry): KeyEntry => {
		switch (entry.type) {
			case "string":
				return { ...entry, value: withoutContacts(entry.value) };
			case "hash":
				return {
					...entry,
					value: Object.fromEntries(Object.entries(entry.value).map(([field, text]) => [field, withoutContacts(text)])),
				};
			case "list":
				return { ...entry, value: entry.value.map(withoutContacts) };
			case "stream":
				return {
					...entry,
					value: entry.value.map(([id, fields]): [string, string[]] => [id, fields.map(withoutContacts)]),
				};
			default:
				return entry;
		}
	});
}
