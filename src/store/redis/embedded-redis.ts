import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import type { Logger } from "../../logger.js";
import { findRedisBinary, RedisServerProcess } from "./redis-server-process.js";

/** Raised with a sentence for the operator; main prints it as one line and exits 1. */
export class RedisSetupError extends Error {}

/** Unix socket paths are limited to about 107 bytes by the kernel. */
const maxSocketPathLength = 100;
const lockWaitMs = 20_000;

export interface EmbeddedRedis {
	socketPath: string;
	/** True when this process started redis-server and so stops it on exit. */
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

function processIsAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
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

/**
 * The Redis of a machine without REDIS_URL: redis-server on a unix socket under the data folder,
 * shared by every process (bot, workers, CLI) that uses the same folder.
 */
export async function startEmbeddedRedis(dataDir: string, logger: Logger): Promise<EmbeddedRedis> {
	const dir = resolve(dataDir, "redis");
	const socketPath = resolve(dir, "redis.sock");
	if (Buffer.byteLength(socketPath) > maxSocketPathLength) {
		throw new RedisSetupError(
			`the data folder path is too long for a unix socket (${socketPath}); set SOLIDARITY_DATA_DIR to a shorter path.`,
		);
	}
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	if (await answersPing(socketPath)) {
		logger.debug({ socketPath }, "using the embedded Redis already running on this data folder");
		return { socketPath, owner: false, stop: async () => {} };
	}
	const binary = ensureRedisBinary(logger);
	const lockPath = resolve(dir, "start.lock");
	if ((await takeStartLock(lockPath, socketPath)) === "running") {
		return { socketPath, owner: false, stop: async () => {} };
	}
	try {
		const server = await RedisServerProcess.start({
			dir,
			endpoint: { kind: "socket", path: socketPath },
			binary,
			detached: true,
		});
		logger.info({ socketPath, pid: server.pid }, "started embedded redis-server");
		return {
			socketPath,
			owner: true,
			stop: async () => {
				await server.stop("SIGTERM");
				logger.info("stopped embedded redis-server");
			},
		};
	} finally {
		rmSync(lockPath, { force: true });
	}
}
