import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../..");

export interface ProgramRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs one of the project's programs as a user would, with only the environment given (and PATH,
 * HOME), the input piped in, and its output collected.
 */
export function runProgram(args: readonly string[], env: NodeJS.ProcessEnv, input = ""): Promise<ProgramRun> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [...args], {
			cwd: projectRoot,
			env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn", ...env },
		});
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (chunk) => {
			stdout += chunk;
		});
		child.stderr.on("data", (chunk) => {
			stderr += chunk;
		});
		child.on("error", fail);
		child.on("exit", (code) => done({ code, stdout, stderr }));
		child.stdin.end(input);
	});
}

/** The operators' CLI, `solidarity …`, against the given Redis. */
export const solidarity = (args: readonly string[], redisUrl: string) =>
	runProgram(["bin/solidarity.js", ...args], { REDIS_URL: redisUrl });
