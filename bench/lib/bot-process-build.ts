// Production runs the compiled bot (`npm run build`, then `npm start` runs dist/ with source maps
// on), so the bench measures the bot's memory as that code: the bot's process entry and the
// sources it imports are compiled with the project's compiler options into a scratch folder, and
// started with plain node, no tsx loader in the process.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export interface CompiledBotProcess {
	/** The compiled bench/lib/broadcast-bot-process.js. */
	entry: string;
	remove(): void;
}

export function compileBotProcess(): CompiledBotProcess {
	const out = mkdtempSync(join(tmpdir(), "sb-bench-bot-"));
	const tsc = join(root, "node_modules", ".bin", "tsc");
	const built = spawnSync(tsc, ["-p", join(root, "bench", "tsconfig.bot-process.json"), "--outDir", out], {
		stdio: ["ignore", "inherit", "inherit"],
	});
	if (built.status !== 0) throw new Error("could not compile the bench's bot process");
	// As in the project folder: ES modules, and the packages found where dist/ finds them.
	writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
	symlinkSync(join(root, "node_modules"), join(out, "node_modules"));
	return {
		entry: join(out, "bench", "lib", "broadcast-bot-process.js"),
		remove: () => rmSync(out, { recursive: true, force: true }),
	};
}
