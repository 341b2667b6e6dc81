import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import type { Logger } from "../../logger.js";
import { superviseEmbeddedRedis } from "./embedded-redis-supervisor.js";
import { joinEmbeddedRedis, processIsAlive } from "./embedded-redis-users.js";
import { findRedisBinary, RedisServerProcess } from "./redis-server-process.js";

/** Raised with a sentence for the operator; main prints it as one line and exits 1. */
export class RedisSetupError extends Error {}

/** Unix socket paths are limited to about 107 bytes by the kernel. */
const maxSocketPathLength = 100;
const lockWaitMs = 20_000;

export interface EmbeddedRedis {
	socketPath: string;
	/** True when this process started redis-server (rather than finding one running). */
	owner: boolean;
	stop(): Promise<void>;
}

/** On Debian or Ubuntu as root, installs the redis-server package; anywhere else says how. */
export function ensureRedisBinary(logger: Logger): string {
	const found = findRedisBinary();
	if (found) return found;
	const isDebian = existsSync("/etc/debian_version");
	const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
	if (!isDebian || !isRoot) {
		throw new RedisSetupError(
			isDebian
				? "redis-server is not installed: run `sudo apt-get install redis-server`, or set REDIS_URL to a Redis you run."
				: "redis-server is not installed: install Redis 6.2 or newer with your system's package manager, or set REDIS_URL to a Redis you run.",
		);
	}
	logger.warn("redis-server is missing; installing Debian's redis-server package");
	for (const args of [
		["update", "-qq"],
		["install", "-y", "-qq", "redis-server"],
	]) {
		const result = spawnSync("apt-get", args, {
			stdio: ["ignore", 2, 2],
			env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
		});
		if (result.status !== 0) {
			throw new RedisSetupError(`apt-get ${args.join(" ")} failed; install redis-server by hand or set REDIS_URL.`);
		}
	}
	const installed = findRedisBinary();
	if (!installed) throw new RedisSetupError("redis-server is still missing after apt-get install redis-server.");
	return installed;
}

async function answersPing(socketPath: string): Promise<boolean> {
	if (!existsSync(socketPath)) return false;
	const probe = new Redis({ path: socketPath, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
	probe.on("error", () => {});
	try {
		await probe.connect();
		return (await probe.ping()) === "PONG";
	} catch {
		return false;
	} finally {
		probe.disconnect();
	}
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Only one process may start the server on a data folder: the others wait for its socket.
 * A lock left by a dead process is taken over.
 */
async function takeStartLock(lockPath: string, socketPath: string): Promise<"locked" | "running"> {
	const deadline = Date.now() + lockWaitMs;
	while (Date.now() < deadline) {
		// link() either creates the lock with our pid already in it or fails: no half-written lock.
		const ours = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
		writeFileSync(ours, String(process.pid));
		try {
			linkSync(ours, lockPath);
			// The holder before us may have just started it and let go of the lock.
			if (await answersPing(socketPath)) {
				rmSync(lockPath, { force: true });
				return "running";
			}
			return "locked";
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
		} finally {
			rmSync(ours, { force: true });
		}
		if (await answersPing(socketPath)) return "running";
		const holder = Number.parseInt(readFileSync(lockPath, { encoding: "utf8", flag: "r" }) || "", 10);
		if (!Number.isFinite(holder) || !processIsAlive(holder)) rmSync(lockPath, { force: true });
		else await sleep(100);
	}
	throw new RedisSetupError(
		`another process holds ${lockPath} and its Redis did not come up; remove the file if it is stale.`,
	);
}

/** Starts redis-server on the folder unless one is running there (then undefined); one process at a time. */
async function findOrStartServer(
	dir: string,
	socketPath: string,
	logger: Logger,
): Promise<RedisServerProcess | undefined> {
	if (await answersPing(socketPath)) return undefined;
	const binary = ensureRedisBinary(logger);
	const lockPath = resolve(dir, "start.lock");
	if ((await takeStartLock(lockPath, socketPath)) === "running") return undefined;
	try {
		const server = await RedisServerProcess.start({
			dir,
			endpoint: { kind: "socket", path: socketPath },
			binary,
			detached: true,
		});
		logger.info({ socketPath, pid: server.pid }, "started embedded redis-server");
		return server;
	} finally {
		rmSync(lockPath, { force: true });
	}
}

/** Stops a server this process did not start: it was the last one using it. */
async function shutdownOverSocket(socketPath: string): Promise<void> {
	const client = new Redis({ path: socketPath, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
	client.on("error", () => {});
	try {
		await client.connect();
		await client.call("SHUTDOWN");
	} catch {
		// SHUTDOWN answers by closing the connection; a server already gone is fine too.
	} finally {
		client.disconnect();
	}
}

/**
 * The Redis of a machine without REDIS_URL: redis-server on a unix socket under the data folder,
 * shared by every process (bot, workers, CLI) that uses the same folder. With `supervise` (the
 * bot) it is started again whenever it dies; the last process to leave stops it.
 */
export async function startEmbeddedRedis(
	dataDir: string,
	logger: Logger,
	options: { supervise?: boolean } = {},
): Promise<EmbeddedRedis> {
	const dir = resolve(dataDir, "redis");
	const socketPath = resolve(dir, "redis.sock");
	if (Buffer.byteLength(socketPath) > maxSocketPathLength) {
		throw new RedisSetupError(
			`the data folder path is too long for a unix socket (${socketPath}); set SOLIDARITY_DATA_DIR to a shorter path.`,
		);
	}
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	const user = joinEmbeddedRedis(dir);
	let server: RedisServerProcess | undefined;
	try {
		server = await findOrStartServer(dir, socketPath, logger);
	} catch (error) {
		user.leave();
		throw error;
	}
	if (!server) logger.debug({ socketPath }, "using the embedded Redis already running on this data folder");
	const supervisor = options.supervise
		? superviseEmbeddedRedis({
				initial: server,
				findOrStart: () => findOrStartServer(dir, socketPath, logger),
				answers: () => answersPing(socketPath),
				logger,
			})
		: undefined;
	// The server is detached, so that a Ctrl-C reaching the whole process group leaves it to the graceful stop
	// below. A process that ends without that stop (an uncaught error, process.exit) would leave it running for
	// nobody: if this process was its last user, it is asked to stop as Redis stops on SIGTERM, writing out what
	// it holds. A kill -9 runs nothing; the next start on the folder finds that server and uses it.
	const runningHere = () => (supervisor ? supervisor.current() : server?.running ? server : undefined);
	const stopOnExit = () => {
		const running = runningHere();
		if (running?.pid === undefined || !user.leave()) return;
		try {
			process.kill(running.pid, "SIGTERM");
		} catch {
			// Already gone.
		}
	};
	process.on("exit", stopOnExit);
	return {
		socketPath,
		owner: server !== undefined,
		stop: async () => {
			process.off("exit", stopOnExit);
			supervisor?.stop();
			const running = runningHere();
			if (!user.leave()) {
				logger.info("embedded redis-server left running: another process uses it");
				return;
			}
			if (running) await running.stop("SIGTERM");
			else await shutdownOverSocket(socketPath);
			logger.info("stopped embedded redis-server");
		},
	};
}
