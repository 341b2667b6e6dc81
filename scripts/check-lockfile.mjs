// CI's guard against a lockfile grown by incremental updates: `npm ci` checks that package.json and
// the lockfile agree, and this checks that the lockfile still lists the other platforms' optional
// native packages, whose absence makes `npm ci` fail only on a machine unlike the writer's.
import { readFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const paths = Object.keys(lock.packages ?? {});
const families = [
	{ name: "@biomejs/cli-", platforms: ["linux-x64", "linux-arm64", "darwin-x64", "darwin-arm64", "win32-x64"] },
	{
		name: "@msgpackr-extract/msgpackr-extract-",
		platforms: ["linux-x64", "linux-arm64", "darwin-x64", "darwin-arm64", "win32-x64"],
	},
];
const missing = families.flatMap(({ name, platforms }) =>
	platforms.map((platform) => `${name}${platform}`).filter((entry) => !paths.includes(`node_modules/${entry}`)),
);
if (missing.length > 0) {
	process.stderr.write(
		`check-lockfile: package-lock.json lacks ${missing.join(", ")}; regenerate it from scratch: rm -rf node_modules package-lock.json && npm install\n`,
	);
	process.exit(1);
}
process.stdout.write("check-lockfile: package-lock.json is complete\n");
