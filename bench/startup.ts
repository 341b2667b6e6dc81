// bench/startup: the time from starting the bot to its first reply in the console, as someone
// typing `npm start` meets it: the process starts, the embedded redis-server starts on a fresh
// data folder, the statements load, and `/statements` is answered. Measured with the bundled
// build (`npm run build` first, as production runs it) and, for comparison, through tsx.
// The command is `node <options> scripts/start.mjs`, with the node options of package.json's start
// script: what `npm start` runs after its setup check. npm's own start-up (about 0.2 s more) is
// left out, as a service manager would not run npm either.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { startNodeOptions } from "./lib/bot-process-build.js";
import { below, measure, report } from "./lib/figures.js";

const root = join(import.meta.dirname, "..");

/** Milliseconds from spawning the bot to the first line of its reply on stdout. */
async function firstReply(fromSource = false): Promise<number> {
	const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-start-"));
	try {
		const started = performance.now();
		const child = spawn(process.execPath, [...startNodeOptions(), join(root, "scripts", "start.mjs")], {
			cwd: root,
			env: {
				...process.env,
				SOLIDARITY_DATA_DIR: dataDir,
				DISCORD_TOKEN: "",
				TELEGRAM_BOT_TOKEN: "",
				SOLIDARITY_FROM_SOURCE: fromSource ? "1" : "0",
			},
			stdio: ["pipe", "pipe", "pipe"],
		});
		let stderr = "";
		child.stderr.on("data", (chunk) => {
			stderr += chunk;
		});
		const replied = new Promise<number>((resolve, reject) => {
			child.stdout.once("data", () => resolve(performance.now() - started));
			child.once("exit", (code) => reject(new Error(`the bot exited (${code}) before replying: ${stderr}`)));
		});
		child.stdin.end("/statements\n");
		const ms = await replied;
		await new Promise((resolve) => child.once("exit", resolve));
		return ms;
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

async function median(runs: number, fromSource = false): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) times.push(await firstReply(fromSource));
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? 0;
}

const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) throw new Error("npm run build failed");
await firstReply(); // the page cache warm, as on a machine that has run the bot before
const compiled = await median(5);
const throughTsx = await median(3, true);
console.log(
	`start to first console reply (median): ${compiled.toFixed(0)} ms compiled (dist/), ${throughTsx.toFixed(0)} ms through tsx; embedded Redis on a fresh data folder included`,
);
report(measure("start_to_first_reply_ms", compiled, "ms", below(1000)));
