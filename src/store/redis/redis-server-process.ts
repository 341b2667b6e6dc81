import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, isAbsolute, join } from "node:path";

export type RedisEndpoint = { kind: "tcp"; host: "127.0.0.1"; port: number } | { kind: "socket"; path: string };

export interface RedisServerOptions {
	/** Data folder: AOF files live here. */
	dir: string;
	endpoint: RedisEndpoint;
	binary?: string;
	/** Own process group, so a Ctrl-C at the terminal does not stop Redis before the app has shut down. */
	detached?: boolean;
	/** More redis-server arguments, e.g. --requirepass in a test of a wrong password. */
	extraArgs?: readonly string[];
}

export class RedisBinaryMissingError extends Error {}

const readyLine = /ready to accept connections/i;
const startTimeoutMs = 15_000;

/**
 * Finds the redis-server binary on PATH, as `command -v` would, or in Debian's location. Looked up here rather
 * than by a shell: a synchronous spawn of `sh` held the whole process for some 15 ms at every start.
 */
export function findRedisBinary(): string | undefined {
	// A relative folder on PATH would depend on where the bot was started from; it is not searched.
	const onPath = (process.env.PATH ?? "")
		.split(delimiter)
		.filter((folder) => isAbsolute(folder))
		.map((folder) => join(folder, "redis-server"));
	return [...onPath, "/usr/bin/redis-server", "/usr/sbin/redis-server", "/usr/local/bin/redis-server"].find(
		isExecutableFile,
	);
}

function isExecutableFile(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/** A port the kernel has just handed out, for a server started right after. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			server.close(() => {
				if (address && typeof address === "object") resolve(address.port);
				else reject(new Error("no port assigned"));
			});
		});
	});
}

/**
 * A redis-server child process with durable settings: AOF on, fsync on every write,
 * reachable only from this machine.
 */
export class RedisServerProcess {
	/** Settles when the server process has ended, for whatever reason. */
	readonly exited: Promise<void>;

	private constructor(
		private readonly child: ChildProcess,
		readonly endpoint: RedisEndpoint,
		readonly dir: string,
	) {
		this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
	}

	static async start(options: RedisServerOptions): Promise<RedisServerProcess> {
		const binary = options.binary ?? findRedisBinary();
		if (!binary) throw new RedisBinaryMissingError("redis-server is not installed");
		const endpointArgs =
			options.endpoint.kind === "tcp"
				? ["--port", String(options.endpoint.port), "--bind", "127.0.0.1"]
				: ["--port", "0", "--unixsocket", options.endpoint.path, "--unixsocketperm", "700"];
		const args = [
			...endpointArgs,
			"--dir",
			options.dir,
			"--appendonly",
			"yes",
			"--appendfsync",
			"always",
			"--save",
			"",
			"--daemonize",
			"no",
			"--protected-mode",
			"yes",
			"--logfile",
			"",
			...(options.extraArgs ?? []),
		];
		const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], detached: options.detached ?? false });
		const server = new RedisServerProcess(child, options.endpoint, options.dir);
		await new Promise<void>((resolve, reject) => {
			let output = "";
			const timer = setTimeout(() => {
				child.kill("SIGKILL");
				reject(new Error(`redis-server did not start within ${startTimeoutMs} ms: ${output.slice(-500)}`));
			}, startTimeoutMs);
			const onData = (chunk: Buffer) => {
				output += chunk.toString();
				if (readyLine.test(output)) {
					clearTimeout(timer);
					child.stdout?.off("data", onData);
					child.stdout?.resume();
					resolve();
				}
			};
			child.stdout?.on("data", onData);
			child.stderr?.on("data", (chunk: Buffer) => {
				output += chunk.toString();
			});
			child.once("exit", (code) => {
				clearTimeout(timer);
				reject(new Error(`redis-server exited with code ${code}: ${output.trim().split("\n").slice(-3).join(" | ")}`));
			});
			child.once("error", (error) => {
				clearTimeout(timer);
				reject(error);
			});
		});
		return server;
	}

	get running(): boolean {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	get pid(): number | undefined {
		return this.child.pid;
	}

	/** Stops the server; SIGTERM lets it flush the AOF, SIGKILL simulates a crash. */
	async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
		if (this.child.exitCode !== null || this.child.signalCode !== null) return;
		this.child.kill(signal);
		await this.exited;
	}
}
