// A model of a chat request, to show where the adherence figure's floor really is on this machine: it
// writes what an approval writes (the record, its audit entry with the record before and after, the
// list's version and change, a notice and its due time) in one Lua script, after a fixed spell of
// JavaScript on the main thread, and nothing else: no parsing, no reads, no work after the reply, no
// garbage. Driven in the same chained turns of three as the chat requests, it tells how far above
// the floor's SET any request that does that much work reads, whatever its code.
import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";

const writeLikeAnApproval = `
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('XADD', KEYS[2], '*', 'at', ARGV[3], 'who', 'telegram:1', 'action', 'approve', 'number', ARGV[1], 'before', ARGV[2], 'after', ARGV[2])
local version = redis.call('INCR', KEYS[3])
redis.call('ZADD', KEYS[4], version, ARGV[1])
redis.call('HSET', KEYS[5], 'decision:' .. ARGV[1], ARGV[4])
redis.call('ZADD', KEYS[6], 0, 'decision:' .. ARGV[1])
return version
`;

/** The keys the model writes, of its own, removed after the run. */
export const modelKeys = ["record", "audit", "version", "changes", "outbox", "due"].map(
	(name) => `{sb}:bench:model:${name}`,
);

/**
 * A request maker like the chat requests' (a step waits for the one before it in its turn of three),
 * each request spending `javascriptMs` on the main thread before its one write.
 */
export function modelRequestsInTurn(redis: Redis, javascriptMs: number): (i: number) => Promise<void> {
	// EVALSHA, as the repositories' scripts are sent, not the script's text with every call.
	if (!("benchModelApproval" in redis))
		redis.defineCommand("benchModelApproval", { numberOfKeys: modelKeys.length, lua: writeLikeAnApproval });
	const write = (redis as unknown as { benchModelApproval: (...args: string[]) => Promise<number> }).benchModelApproval;
	let number = 0;
	let previous: Promise<void> = Promise.resolve();
	const request = async () => {
		const n = ++number;
		const began = performance.now();
		while (performance.now() - began < javascriptMs) {
			// The spell of JavaScript: parsing, checks and rendering, as a request does them, stood in for.
		}
		const at = new Date().toISOString();
		const record = JSON.stringify({
			statementId: "bench-model",
			number: n,
			submission: {
				name: `Organization ${n.toString(36)} ${(n * 7919).toString(36)}`,
				country: "PE",
				kind: "organization",
			},
			status: "approved",
			submittedBy: `telegram:${100_000 + n}`,
			submittedAt: at,
			decidedAt: at,
			decidedBy: "telegram:1",
		});
		const notice = JSON.stringify({ kind: "decision", statementId: "bench-model", number: n, decision: "approved" });
		await write.call(redis, ...modelKeys, String(n), record, at, notice);
	};
	return (i) => {
		previous = i % 3 === 0 ? request() : previous.then(request);
		return previous;
	};
}
