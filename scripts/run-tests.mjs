// Node 20's test runner finds no .ts file by itself and then passes having run nothing, so the
// test files are listed here explicitly: every test/**/*.test.ts, or the files named as arguments.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const files =
	process.argv.length > 2
		? process.argv.slice(2)
		: readdirSync("test", { recursive: true })
				.map((name) => join("test", String(name)))
				.filter((name) => name.endsWith(".test.ts"))
				.sort();
if (files.length === 0) {
	process.stderr.write("run-tests: no test files found under test/\n");
	process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
	stdio: "inherit",
	env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
});
process.exit(result.status ?? 1);
