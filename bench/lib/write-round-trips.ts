// Counts the round trips that write, as Redis itself saw them (MONITOR), so "fsyncs per request"
// is read from the server, not estimated: with appendfsync always each of them waits on an fsync.
// A top-level write command is one; a MULTI…EXEC holding a write is one; a script (EVAL, EVALSHA,
// FCALL) whose calls include a write is one. Commands a script calls are shown by MONITOR with
// "lua" as their client and are attributed to the script before them.
import type { Redis } from "ioredis";

export interface WriteCounter {
	/** Write round trips seen since the last call, with the commands that made them. */
	take(): { roundTrips: number; commands: string[] };
	/** Resolves once MONITOR has shown everything sent on `client` before this call. */
	mark(): Promise<void>;
	stop(): Promise<void>;
}

export async function countWriteRoundTrips(client: Redis): Promise<WriteCounter> {
	const writeCommands = new Set<string>();
	for (const entry of (await client.call("COMMAND")) as unknown[][]) {
		const [name, , flags] = entry as [string, number, string[]];
		if (flags.includes("write")) writeCommands.add(name.toLowerCase());
	}
	const monitor = await client.monitor();
	// ioredis may take the first lines MONITOR shows, when other connections are busy as it starts,
	// for replies to no command, and says so with an error event (a crash with no listener). Such a
	// line is one this count missed: a count it happened in is refused, and the start is skipped below.
	let missed: unknown;
	monitor.on("error", (error: unknown) => {
		missed = error;
	});
	let roundTrips = 0;
	let commands: string[] = [];
	// Per source: how many transactions are open on it, and whether a write was queued since its last EXEC.
	// Every client on a unix socket shows the same source ("unix:/…/redis.sock"), so two clients' MULTI blocks
	// can interleave under one source when a pipeline reaches Redis in two reads. One flag per client let the
	// first EXEC close both, and the other's queued writes then counted as top-level round trips ("hset, set");
	// counted this way, each EXEC after a queued write is one round trip, whichever client's it was.
	const openMulti = new Map<string, { open: number; wrote: boolean }>();
	let script: { counted: boolean; label: string } | undefined;
	let marks = 0;
	const waiting = new Map<string, () => void>();
	monitor.on("monitor", (_time: string, args: string[], source: string) => {
		const name = (args[0] ?? "").toLowerCase();
		if (name === "echo" && args[1]?.startsWith("bench-mark-")) {
			waiting.get(args[1])?.();
			waiting.delete(args[1]);
			return;
		}
		const fromScript = source.includes("lua");
		if (fromScript) {
			if (script && !script.counted && writeCommands.has(name)) {
				script.counted = true;
				roundTrips++;
				commands.push(script.label);
			}
			return;
		}
		script = undefined;
		const transactions = openMulti.get(source);
		if (name === "multi") {
			openMulti.set(source, { open: (transactions?.open ?? 0) + 1, wrote: transactions?.wrote ?? false });
			return;
		}
		if ((name === "exec" || name === "discard") && transactions) {
			if (transactions.wrote && name === "exec") {
				roundTrips++;
				commands.push("multi/exec");
			}
			transactions.wrote = false;
			transactions.open--;
			if (transactions.open === 0) openMulti.delete(source);
			return;
		}
		if (name === "eval" || name === "evalsha" || name === "fcall") {
			script = { counted: false, label: name };
			return;
		}
		if (!writeCommands.has(name)) return;
		if (transactions) transactions.wrote = true;
		else {
			roundTrips++;
			commands.push(name);
		}
	});
	const counter: WriteCounter = {
		take() {
			if (missed) throw new Error(`MONITOR lost a line, so this count is wrong: ${String(missed)}`);
			const taken = { roundTrips, commands };
			roundTrips = 0;
			commands = [];
			return taken;
		},
		async mark() {
			const label = `bench-mark-${++marks}`;
			const seen = new Promise<void>((resolve) => waiting.set(label, resolve));
			await client.echo(label);
			await seen;
		},
		async stop() {
			monitor.disconnect();
		},
	};
	await counter.mark();
	missed = undefined;
	counter.take();
	return counter;
}
