import type { Logger } from "../../logger.js";
import type { RedisServerProcess } from "./redis-server-process.js";

/** A server this process did not start is checked this often; its own, the instant it exits. */
const pollMs = 500;

export interface SupervisorOptions {
	/** The server this process started, or undefined when another process's was found running. */
	initial: RedisServerProcess | undefined;
	/** Starts a server on the same data unless one is running: undefined then. */
	findOrStart(): Promise<RedisServerProcess | undefined>;
	answers(): Promise<boolean>;
	logger: Logger;
}

export interface Supervisor {
	/** Stops watching; the server this process runs now (current()) is the caller's to stop. */
	stop(): void;
	/** The server this process runs now, if any. */
	current(): RedisServerProcess | undefined;
}

/**
 * Keeps the embedded Redis of a long-running process up: when it dies (its own child exits, or the
 * one another process started stops answering) it is started again on the same data folder. The
 * start lock makes sure that of several supervisors, one starts it.
 */
export function superviseEmbeddedRedis(options: SupervisorOptions): Supervisor {
	const { logger } = options;
	const state: { server: RedisServerProcess | undefined; stopping: boolean; checking: boolean } = {
		server: options.initial,
		stopping: false,
		checking: false,
	};
	const watch = (server: RedisServerProcess) => {
		void server.exited.then(() => {
			if (!state.stopping) void check();
		});
	};
	async function check(): Promise<void> {
		if (state.stopping || state.checking) return;
		state.checking = true;
		try {
			if (state.server?.running) return;
			if (!state.server && (await options.answers())) return;
			state.server = undefined;
			const downAt = Date.now();
			logger.warn("embedded Redis is down: starting it again on the same data");
			const started = await options.findOrStart();
			if (state.stopping) {
				await started?.stop("SIGTERM");
				return;
			}
			state.server = started;
			if (started) watch(started);
			logger.warn({ pid: started?.pid, ms: Date.now() - downAt }, "embedded Redis is up again");
		} catch (error) {
			logger.error({ err: error }, "could not start the embedded Redis again; trying again shortly");
		} finally {
			state.checking = false;
		}
	}
	if (options.initial) watch(options.initial);
	const timer = setInterval(() => void check(), pollMs);
	timer.unref();
	return {
		stop() {
			state.stopping = true;
			clearInterval(timer);
		},
		current() {
			return state.server?.running ? state.server : undefined;
		},
	};
}
