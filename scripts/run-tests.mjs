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
// No --test-force-exit: under it Node drops the tail of a file's results before the parent reads
// them and still exits 0 (nodejs/node#64833; here the import corpus file lost up to 18 of its 122
// tests in a run), so a count, or a failure, could go missing. --test-timeout fails a test that
// hangs, and the watchdog below ends a run that hangs anyway, saying so: a test file whose process
// stays alive after its last test (a client still reconnecting to a Redis it killed) ends there.
const runLimitMs = 45 * 60 * 1000;
const result = spawnSync(
	process.execPath,
	["--import", "tsx", "--test", "--test-timeout=300000", "--test-reporter=spec", ...files],
	{
		stdio: "inherit",
		env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
		timeout: runLimitMs,
		killSignal: "SIGKILL",
	},
);
if (result.error) {
	process.stderr.write(
		`run-tests: the run did not finish within ${runLimitMs / 60_000} minutes (${result.error.message})\n`,
	);
}
process.exit(result.status ?? 1);
