// `npm start`: the compiled bot in dist/ when `npm run build` made it from the sources as they are
// now, else the sources through tsx. Compiled JavaScript starts in a fraction of the time tsx
// needs to transform a few hundred modules; tsx stays for development, so an edit never runs stale
// code: a source newer than the build sends the start back to tsx, with a line saying so.
// package.json starts this with `--max-old-space-size=512`. Not because the bot needs that much:
// it keeps about 50 MiB live, even through a 100,000-chat broadcast. On a machine with gigabytes
// V8 otherwise lets the heap grow to about four times what was live at its last full collection
// before it collects again, so a long broadcast's garbage alone took the process past 260 MiB;
// with a budget this size V8 grows the heap by about 1.4 times instead (bench/broadcast.ts
// measures the peak RSS), and the budget is still ten times what the bot keeps.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const stamp = join(root, "dist", ".built");

/** The newest modification time of a source file or folder, and the tsconfig that builds them. */
function newestSource(folder) {
	let newest = statSync(folder).mtimeMs;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
	}
	return newest;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
// SOLIDARITY_FROM_SOURCE=1 runs the sources whatever dist/ holds.
const sourcesChanged =
	process.env.SOLIDARITY_FROM_SOURCE === "1" ||
	built === 0 ||
	Math.max(
		newestSource(join(root, "src")),
		statSync(join(root, "tsconfig.json")).mtimeMs,
		statSync(join(root, "tsconfig.build.json")).mtimeMs,
	) > built;
if (built > 0 && sourcesChanged && process.env.SOLIDARITY_FROM_SOURCE !== "1")
	process.stderr.write("solidarity-bot: src/ changed since `npm run build`; running the sources through tsx\n");
// In this same process, so the bot's own SIGINT and SIGTERM handling is all there is.
if (sourcesChanged) {
	const { register } = await import("tsx/esm/api");
	register();
	await import("../src/main.ts");
} else {
	process.setSourceMapsEnabled(true);
	await import("../dist/main.js");
}
