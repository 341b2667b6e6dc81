// The layers the README's Architecture section draws, checked on the source itself, so that a
// shortcut across them fails the build instead of waiting for a reviewer to notice it.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";

const src = resolve(import.meta.dirname, "../src");

function sourceFiles(folder: string): string[] {
	return readdirSync(join(src, folder), { recursive: true })
		.map(String)
		.filter((name) => name.endsWith(".ts"))
		.map((name) => join(src, folder, name));
}

/** Every module a file imports, as written, with whether the import is for types only. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
	const text = readFileSync(file, "utf8");
	const found: { specifier: string; typeOnly: boolean }[] = [];
	for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gms))
		found.push({ specifier: match[3] ?? "", typeOnly: Boolean(match[2]) });
	for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g))
		found.push({ specifier: match[1] ?? "", typeOnly: false });
	return found;
}

/** The file under src/ a relative import names, e.g. "core/commands/command.ts". */
function target(file: string, specifier: string): string | undefined {
	if (!specifier.startsWith(".")) return undefined;
	return relative(src, resolve(dirname(file), specifier)).replace(/\.js$/, ".ts");
}

const platformAndStorageLibraries = /^(ioredis|bullmq|discord\.js|@discordjs\/|telegraf|fastify|@fastify\/|pino)/;

describe("the layers", () => {
	it("keep the core free of storage, queues, platforms, the web and logging", () => {
		const offending = sourceFiles("core").flatMap((file) =>
			importsOf(file)
				.filter(({ specifier }) => platformAndStorageLibraries.test(specifier))
				.map(({ specifier }) => `${relative(src, file)} imports ${specifier}`),
		);
		assert.deepEqual(offending, []);
	});

	it("keep the core from reaching out of src/core", () => {
		const offending = sourceFiles("core").flatMap((file) =>
			importsOf(file)
				.map(({ specifier }) => target(file, specifier))
				.filter((path): path is string => path !== undefined && !path.startsWith("core/"))
				.map((path) => `${relative(src, file)} imports ${path}`),
		);
		assert.deepEqual(offending, []);
	});

	it("keep the domain folders from importing the command table", () => {
		const domains = readdirSync(join(src, "core"), { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name !== "commands")
			.map((entry) => join("core", entry.name));
		assert.ok(domains.length >= 5, `domain folders found: ${domains.join(", ")}`);
		const offending = domains.flatMap((folder) =>
			sourceFiles(folder).flatMap((file) =>
				importsOf(file)
					.map(({ specifier }) => target(file, specifier))
					.filter((path): path is string => path?.startsWith("core/commands/") === true)
					.map((path) => `${relative(src, file)} imports ${path}`),
			),
		);
		assert.deepEqual(offending, []);
	});

	it("keep every line of Redis code under src/store/redis", () => {
		const offending = ["core", "jobs", "bots", "cli"].flatMap((folder) =>
			sourceFiles(folder).flatMap((file) =>
				importsOf(file)
					// A connection's options are a type; a client is code.
					.filter(({ specifier, typeOnly }) => specifier === "ioredis" && !typeOnly)
					.map(() => relative(src, file)),
			),
		);
		assert.deepEqual(offending, []);
	});

	it("keep the adapters thin: no storage or queues of their own", () => {
		const offending = sourceFiles("bots").flatMap((file) =>
			importsOf(file)
				.map(({ specifier }) => target(file, specifier))
				.filter((path): path is string => path?.startsWith("store/") === true || path?.startsWith("jobs/") === true)
				.map((path) => `${relative(src, file)} imports ${path}`),
		);
		assert.deepEqual(offending, []);
	});

	it("keep jobs on the core's ports and their own, not on the store", () => {
		const offending = sourceFiles("jobs").flatMap((file) =>
			importsOf(file)
				.filter(({ typeOnly }) => !typeOnly)
				.map(({ specifier }) => target(file, specifier))
				.filter((path): path is string => path?.startsWith("store/") === true)
				.map((path) => `${relative(src, file)} imports ${path}`),
		);
		assert.deepEqual(offending, []);
	});

	it("keep files small, message tables apart", () => {
		const messageTables = /i18n\/messages-\w+\.ts$/;
		const long = sourceFiles(".")
			.filter((file) => !messageTables.test(file))
			.map((file) => ({ file: relative(src, file), lines: readFileSync(file, "utf8").split("\n").length - 1 }))
			.filter(({ lines }) => lines > 300)
			.map(({ file, lines }) => `${file}: ${lines} lines`);
		assert.deepEqual(long, []);
	});

	it("keep no mutable state at module level", () => {
		// A variable, Map or Set at the top of a module is state every importer shares; state belongs
		// to an instance that its owner creates and passes on. A table built once at load is typed
		// ReadonlyMap or ReadonlySet, so the compiler keeps it unchanged.
		const offending = sourceFiles(".").flatMap((file) =>
			readFileSync(file, "utf8")
				.split("\n")
				.map((line, index) => ({ line, index }))
				.filter(
					({ line }) =>
						/^(export\s+)?(let|var)\s/.test(line) ||
						(/^(export\s+)?const\s+\w+\s*(:[^=]+)?=\s*new\s+(Map|Set|WeakMap)\b/.test(line) &&
							!/^(export\s+)?const\s+\w+\s*:\s*Readonly(Map|Set)</.test(line)),
				)
				.map(({ index, line }) => `${relative(src, file)}:${index + 1}: ${line.trim()}`),
		);
		assert.deepEqual(offending, []);
	});
});
