// Production runs the bundled bot (`npm run build`, then `npm start` runs dist/ with source maps
// on), so the bench measures the bot's memory as that code: the bot's process entry and the
// sources it imports are bundled by the same build script into a scratch folder, and started with
// plain node, no tsx loader in the process, with the node options `npm start` gives the bot (its
// memory budget) and source maps on, as scripts/start.mjs turns them on for dist/.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export interface CompiledBotProcess {
	/** The compiled bench/lib/broadcast-bot-process.js. */
	entry: string;
	/** The options to start it with. */
	execArgv: string[];
	remove(): void;
}

export function compileBotProcess(): CompiledBotProcess {
	const out = mkdtempSync(join(tmpdir(), "sb-bench-bot-"));
	const built = spawnSync(
		process.execPath,
		[
			join(root, "scripts", "build.mjs"),
			"--entry",
			join(root, "bench", "lib", "broadcast-bot-process.ts"),
			"--outdir",
			join(out, "dist"),
		],
		{ stdio: ["ignore", "inherit", "inherit"] },
	);
	if (built.status !== 0) throw new Error("could not build the bench's bot process");
	// The packages left outside the bundle are found as from the project folder.
	symlinkSync(join(root, "node_modules"), join(out, "node_modules"));
	return {
		entry: join(out, "dist", "broadcast-bot-process.js"),
		execArgv: [...startNodeOptions(), "--enable-source-maps"],
		remove: () => rmSync(out, { recursive: true, force: true }),
	};
}

/** The options between `node` and the script in package.json's start script: what `npm start` runs with. */
export function startNodeOptions(): string[] {
	const start = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts
		.start;
	const words = start.trim().split(/\s+/).slice(1);
	const script = words.findIndex((word) => !word.startsWith("-"));
	return script < 0 ? words : words.slice(0, script);
}
