// Counts the round trips that write, as Redis itself saw them (MONITOR), so "fsyncs per request"
// is read from the server, not estimated: with appendfsync always each of them waits on an fsync.
// A top-level write command is one; a MULTI…EXEC holding a write is one; a script (EVAL, EVALSHA,
// FCALL) whose calls include a write is one. Commands a script calls are shown by MONITOR with
// "lua" as their client and are attributed to the script before them.
import { once } from "node:events";
import { createConnection } from "node:net";
import type { Redis } from "ioredis";

export interface WriteCounter {
	/** Write round trips seen since the last call, with the commands that made them. */
	take(): { roundTrips: number; commands: string[] };
	/** Resolves once MONITOR has shown everything sent on `client` before this call. */
	mark(): Promise<void>;
	stop(): Promise<void>;
}

/** One MONITOR line, `1796555511.248688 [0 unix:/…/redis.sock] "hset" "h" "a" "1"`: its source and arguments. */
function readMonitorLine(line: string): { source: string; args: string[] } | undefined {
	const head = /^\S+ \[\d+ ([^\]]+)\]/.exec(line);
	if (!head?.[1]) return undefined;
	// The arguments are quoted with their quotes and backslashes escaped; only their first letters matter here.
	const args = [...line.slice(head[0].length).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? "");
	return { source: head[1], args };
}

export async function countWriteRoundTrips(client: Redis): Promise<WriteCounter> {
	const writeCommands = new Set<string>();
	for (const entry of (await client.call("COMMAND")) as unknown[][]) {
		const [name, , flags] = entry as [string, number, string[]];
		if (flags.includes("write")) writeCommands.add(name.toLowerCase());
	}
	// MONITOR on a socket of its own, read line by line: ioredis's monitor() can take a line Redis sends
	// right after its "+OK" for the reply to a command and throws "Command queue state error", which ended a
	// bench run at this stop.
	const { path, host, port } = client.options;
	const monitor = createConnection(path ? { path } : { host: host ?? "127.0.0.1", port: port ?? 6379 });
	await once(monitor, "connect");
	monitor.setEncoding("utf8");
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
	const onLine = ({ args, source }: { args: string[]; source: string }) => {
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
			commands.push(`${name} ${args[1] ?? ""}`.trim());
		}
	};
	let pending = "";
	// Redis shows only what it runs after its "+OK": commands sent before it would never be seen, and a marker
	// among them would be waited for in vain.
	let monitoring: () => void = () => {};
	const started = new Promise<void>((resolve) => {
		monitoring = resolve;
	});
	monitor.on("data", (chunk: string) => {
		pending += chunk;
		const complete = pending.split("\r\n");
		pending = complete.pop() ?? "";
		for (const line of complete) {
			if (line === "+OK") monitoring();
			const read = line.startsWith("+") ? readMonitorLine(line.slice(1)) : undefined;
			if (read) onLine(read);
		}
	});
	monitor.write("MONITOR\r\n");
	await started;
	const counter: WriteCounter = {
		take() {
			const taken = { roundTrips, commands };
			roundTrips = 0;
			commands = [];
			return taken;
		},
		async mark() {
			const label = `bench-mark-${++marks}`;
			// A marker MONITOR never shows would leave the bench waiting for ever: it fails, saying so.
			let timer: NodeJS.Timeout | undefined;
			const seen = new Promise<void>((resolve, reject) => {
				waiting.set(label, resolve);
				timer = setTimeout(() => reject(new Error(`MONITOR did not show ${label} within 10 s`)), 10_000);
			});
			await client.echo(label);
			await seen.finally(() => clearTimeout(timer));
		},
		async stop() {
			monitor.destroy();
		},
	};
	await counter.mark();
	counter.take();
	return counter;
}
