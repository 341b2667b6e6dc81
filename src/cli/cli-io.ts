import type { Runtime } from "../runtime.js";
import { openRuntime } from "../runtime.js";

export function print(text: string): void {
	process.stdout.write(`${text}\n`);
}

export function printError(text: string): void {
	process.stderr.write(`${text}\n`);
}

export const io = { out: print, err: printError };

export async function withRuntime(work: (runtime: Runtime) => Promise<number>): Promise<number> {
	const runtime = await openRuntime({ env: process.env, logFd: 2, defaultLogLevel: "warn", keepReads: false });
	try {
		return await work(runtime);
	} finally {
		await runtime.close();
	}
}

/**
 * The words a leaf command was given after its own name, exactly as typed: the commands that
 * parse their own arguments (days, subscription, statement import, discord deploy) get them raw.
 */
export function argsAfter(argv: readonly string[], path: readonly string[]): string[] {
	let at = 0;
	for (const word of path) {
		const found = argv.indexOf(word, at);
		if (found < 0) return [];
		at = found + 1;
	}
	return argv.slice(at);
}
