// `npm run bench`: runs every benchmark in this folder in its own process, one after the other,
// so one benchmark's memory and timers cannot colour the next one's figures. Each figure a bench
// reports is gathered into bench/results.json; the run fails when a bench fails or a figure misses
// its goal by more than 50%, so a regression is visible without putting timings in the tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MeasuredFigure } from "./lib/figures.js";

const folder = import.meta.dirname;
const only = process.argv.slice(2);
const benches = readdirSync(folder)
	.filter((name) => name.endsWith(".ts") && name !== "run-all.ts")
	.filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
	// The broadcast bench last: for a while after it the machine is still writing and freeing its
	// 100,000 chats, and the bench after it measured the 300-signatory import at 55 ms instead of 30.
	.sort((a, b) => Number(a === "broadcast.ts") - Number(b === "broadcast.ts") || a.localeCompare(b));
/** BENCH_TIMEOUT_SECONDS shortens or lengthens the ten minutes a bench may take. */
const benchTimeoutSeconds = Number(process.env.BENCH_TIMEOUT_SECONDS) || 600;
const scratch = mkdtempSync(join(tmpdir(), "sb-bench-results-"));
const resultsFile = join(scratch, "figures.jsonl");
writeFileSync(resultsFile, "");
const failedBenches: string[] = [];
for (const name of benches) {
	process.stdout.write(`\n# bench/${name}\n`);
	// Each bench makes its temporary folders in one of its own, so that what a killed bench leaves running
	// there (its embedded redis-server is detached, as the bot's is) can be found and stopped.
	const benchTemp = join(scratch, name.replace(/\.ts$/, ""));
	mkdirSync(benchTemp);
	const result = spawnSync(process.execPath, ["--import", "tsx", join(folder, name)], {
		stdio: "inherit",
		env: { ...process.env, BENCH_RESULTS_FILE: resultsFile, TMPDIR: benchTemp },
		// A bench that hangs (one adherence run did, once, at stop 23) fails after ten minutes, not never.
		timeout: benchTimeoutSeconds * 1000,
		killSignal: "SIGKILL",
	});
	if (result.error) {
		console.log(`${name} did not finish: ${result.error.message}`);
		const left = stopProcessesUnder(benchTemp);
		if (left > 0) console.log(`stopped ${left} process(es) it left running in ${benchTemp}`);
	}
	if (result.status !== 0) failedBenches.push(name);
}
/** Kills every process whose command line names `folder`: what a killed bench started there. */
function stopProcessesUnder(folder: string): number {
	let stopped = 0;
	for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
		try {
			if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(folder)) continue;
			process.kill(Number(pid), "SIGKILL");
			stopped++;
		} catch {
			// Gone meanwhile, or not ours to read.
		}
	}
	return stopped;
}

const figures = readFileSync(resultsFile, "utf8")
	.split("\n")
	.filter(Boolean)
	.map((line) => JSON.parse(line) as MeasuredFigure);
rmSync(scratch, { recursive: true, force: true });
writeFileSync(
	join(folder, "results.json"),
	`${JSON.stringify(
		figures.map(({ name, value, unit, goal, holds }) => ({ name, value, unit, goal, holds })),
		null,
		"\t",
	)}\n`,
);
const farOff = figures.filter((figure) => figure.farOff);
process.stdout.write(
	`\n${figures.length} figures in bench/results.json; ${figures.filter((figure) => !figure.holds).length} missed their goal, ${farOff.length} by more than 50%${farOff.length ? `: ${farOff.map((figure) => figure.name).join(", ")}` : ""}\n`,
);
if (failedBenches.length) process.stdout.write(`benches that failed: ${failedBenches.join(", ")}\n`);
if (benches.length === 0) process.stdout.write("no benchmarks yet\n");
process.exit(failedBenches.length > 0 || farOff.length > 0 ? 1 : 0);
