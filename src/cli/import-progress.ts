import { statSync } from "node:fs";
import { progressBar } from "./progress.js";

/** Files this large take long enough to parse that a terminal should see the steps go by. */
const largeFileBytes = 256 * 1024;

/** A progress bar over read, parse and save, for a large file only (and only on a terminal). */
export function importProgress(args: readonly string[]): {
	progress?: (done: number, total: number) => void;
	progressDone?: () => void;
} {
	const file = args.find((arg) => !arg.startsWith("-"));
	let size = 0;
	try {
		size = file ? statSync(file).size : 0;
	} catch {
		return {};
	}
	if (size < largeFileBytes) return {};
	const bar = progressBar("import", 3);
	return { progress: (done) => bar.update(done), progressDone: () => bar.stop() };
}
