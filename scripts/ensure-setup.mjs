// Runs before `npm start` and `npm test` on a fresh machine: installs the npm packages when they
// are missing or older than the lockfile, and redis-server from Debian's packages when running
// as root on Debian. Plain Node with no dependencies, because it runs before they exist.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const run = (command, args, env = process.env) => {
	const result = spawnSync(command, args, { stdio: ["ignore", 2, 2], env });
	if (result.status !== 0) {
		process.stderr.write(`setup: ${command} ${args.join(" ")} failed (exit ${result.status})\n`);
		process.exit(1);
	}
};

const installedMarker = "node_modules/.package-lock.json";
if (!existsSync(installedMarker) || statSync(installedMarker).mtimeMs < statSync("package-lock.json").mtimeMs) {
	// `npm ci` installs exactly the lockfile, and stops when package.json and it disagree.
	process.stderr.write("setup: installing npm packages\n");
	run("npm", ["ci", "--no-audit", "--no-fund"]);
}

const hasRedis = spawnSync("sh", ["-c", "command -v redis-server"]).status === 0 || existsSync("/usr/bin/redis-server");
const wantsRedis = process.argv.includes("--redis") && !process.env.REDIS_URL;
if (wantsRedis && !hasRedis) {
	const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
	if (isRoot && existsSync("/etc/debian_version")) {
		process.stderr.write("setup: installing redis-server from Debian's packages\n");
		const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
		run("apt-get", ["update", "-qq"], env);
		run("apt-get", ["install", "-y", "-qq", "redis-server"], env);
	} else {
		process.stderr.write(
			"setup: redis-server is not installed: run `sudo apt-get install redis-server` (Debian/Ubuntu) or your system's equivalent\n",
		);
		process.exit(1);
	}
}
