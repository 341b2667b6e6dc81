import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Which processes use the embedded Redis of a data folder: one file per user, named with its pid.
 * Whoever leaves last stops the server, so a short CLI run never stops the Redis a running bot
 * uses, even when the CLI happened to start it.
 */
export interface EmbeddedRedisUser {
	/** Removes this user; true when no other live process uses the server. */
	leave(): boolean;
}

export function processIsAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, it is just not ours to signal.
		return (error as NodeJS.ErrnoException).code === "EPERM";
	}
}

export function joinEmbeddedRedis(dir: string): EmbeddedRedisUser {
	const usersDir = resolve(dir, "users");
	mkdirSync(usersDir, { recursive: true, mode: 0o700 });
	const name = `${process.pid}.${Math.random().toString(36).slice(2)}`;
	writeFileSync(resolve(usersDir, name), "");
	return {
		leave() {
			rmSync(resolve(usersDir, name), { force: true });
			let others = 0;
			for (const entry of readdirSync(usersDir)) {
				const pid = Number.parseInt(entry.split(".")[0] ?? "", 10);
				// A file left by a process that was killed says nothing: tidy it away.
				if (Number.isFinite(pid) && processIsAlive(pid)) others++;
				else rmSync(resolve(usersDir, entry), { force: true });
			}
			return others === 0;
		},
	};
}
