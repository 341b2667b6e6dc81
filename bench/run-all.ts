// `npm run bench`: runs every benchmark in this folder in its own process, one after the other,
// so one benchmark's memory and timers cannot colour the next one's figures.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const folder = import.meta.dirname;
const benches = readdirSync(folder)
	.filter((name) => name.endsWith(".ts") && name !== "run-all.ts")
	.sort();
let failed = 0;
for (const name of benches) {
	process.stdout.write(`\n# bench/${name}\n`);
	const result = spawnSync(process.execPath, ["--import", "tsx", join(folder, name)], { stdio: "inherit" });
	if (result.status !== 0) failed++;
}
if (benches.length === 0) process.stdout.write("no benchmarks yet\n");
process.exit(failed > 0 ? 1 : 0);
