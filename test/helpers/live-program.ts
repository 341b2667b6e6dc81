import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import { projectRoot } from "./run-program.js";

/**
 * A program kept running while the test talks to it line by line: it waits on what the program
 * prints (markers), never on sleeps.
 */
export class LiveProgram {
	stdout = "";
	stderr = "";
	private readonly exit: Promise<number | null>;

	private constructor(readonly child: ChildProcessWithoutNullStreams) {
		child.stdout.on("data", (chunk) => {
			this.stdout += chunk;
		});
		child.stderr.on("data", (chunk) => {
			this.stderr += chunk;
		});
		this.exit = once(child, "exit").then(([code]) => code as number | null);
	}

	/** `node <args>` from the project folder with only the environment given (and PATH, HOME). */
	static start(args: readonly string[], env: NodeJS.ProcessEnv): LiveProgram {
		return new LiveProgram(
			spawn(process.execPath, [...args], {
				cwd: projectRoot,
				env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn", ...env },
			}),
		);
	}

	send(line: string): number {
		const mark = this.stdout.length;
		this.child.stdin.write(`${line}\n`);
		return mark;
	}

	/** Resolves with the stdout after `from` once it matches, or fails after `ms` with what was printed. */
	async waitFor(pattern: RegExp, ms: number, from = 0, stream: "stdout" | "stderr" = "stdout"): Promise<string> {
		const deadline = Date.now() + ms;
		for (;;) {
			const text = this[stream].slice(from);
			if (pattern.test(text)) return text;
			if (Date.now() > deadline || this.child.exitCode !== null) {
				throw new Error(
					`no ${pattern} within ${ms} ms.\nstdout: ${text.slice(-2000)}\nstderr: ${this.stderr.slice(-2000)}`,
				);
			}
			await new Promise((tick) => setTimeout(tick, 20));
		}
	}

	/** Asks again (a reply at a time) until a reply matches, as a user would while a service recovers. */
	async askUntil(line: string, pattern: RegExp, ms: number): Promise<string> {
		const deadline = Date.now() + ms;
		for (;;) {
			const reply = await this.waitFor(/\n\n/, Math.max(500, deadline - Date.now()), this.send(line));
			if (pattern.test(reply)) return reply;
			if (Date.now() > deadline) throw new Error(`no reply to ${line} matched ${pattern} within ${ms} ms: ${reply}`);
			await new Promise((tick) => setTimeout(tick, 50));
		}
	}

	/** Ends stdin (the console's end of input) and waits for the exit code. */
	async endInput(): Promise<number | null> {
		this.child.stdin.end();
		return this.exit;
	}

	async signal(signal: NodeJS.Signals): Promise<number | null> {
		this.child.kill(signal);
		return this.exit;
	}

	exited(): Promise<number | null> {
		return this.exit;
	}

	kill(): void {
		if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
	}
}
