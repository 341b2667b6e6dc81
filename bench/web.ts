// bench/web: the statement page and the sign form of the running program (`--role web`, its own
// embedded Redis), driven over HTTP from this process.
// Prints GET /s/<id> at a steady 500 requests a second (each request timed from its scheduled
// start, so queueing counts) with its p50/p99, the closed-loop ceiling, and the sustained rate of
// accepted sign posts with the per-address and per-statement limits lifted.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { freePort } from "../src/store/redis/redis-server-process.js";
import { below, measure, report } from "./lib/figures.js";

const statementId = "icor-peru-struggle-2023";
const steadyRate = 500;
const steadySeconds = 10;
const ceilingSeconds = 5;
const ceilingConcurrency = 16;
const signSeconds = 5;
const signConcurrency = 8;
const goalP99Ms = 10;

const root = resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-web-"));
const port = await freePort();
const agent = new Agent({ keepAlive: true, maxSockets: 128 });

function startProgram(): Promise<ChildProcess> {
	const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "--role", "web"], {
		cwd: root,
		env: {
			PATH: process.env.PATH,
			HOME: process.env.HOME,
			SOLIDARITY_DATA_DIR: dataDir,
			WEB_PORT: String(port),
			WEB_SIGNS_PER_ADDRESS: "1000000",
			WEB_SIGNS_PER_STATEMENT: "1000000",
			LOG_LEVEL: "warn",
		},
		stdio: ["ignore", "ignore", "pipe"],
	});
	return new Promise((ready, fail) => {
		let stderr = "";
		child.stderr?.on("data", (chunk) => {
			stderr += chunk;
			if (/web pages at/.test(stderr)) ready(child);
		});
		child.on("exit", (code) => fail(new Error(`the program exited (${code}): ${stderr}`)));
	});
}

function send(
	method: string,
	path: string,
	options: { body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
	return new Promise((done, fail) => {
		const outgoing = request(
			{ host: "127.0.0.1", port, method, path, agent, headers: options.headers ?? {} },
			(response) => {
				let body = "";
				response.setEncoding("utf8");
				response.on("data", (chunk) => {
					body += chunk;
				});
				response.on("end", () => done({ status: response.statusCode ?? 0, body, headers: response.headers }));
			},
		);
		outgoing.on("error", fail);
		outgoing.end(options.body);
	});
}

const percentile = (sorted: readonly number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const program = await startProgram();
try {
	for (let i = 0; i < 300; i++) await send("GET", `/s/${statementId}`);

	// Open loop: a request every 2 ms whatever the answers do, each timed from when it was due.
	const latencies: number[] = [];
	let failures = 0;
	const total = steadyRate * steadySeconds;
	const start = performance.now();
	const inFlight: Promise<void>[] = [];
	for (let i = 0; i < total; i++) {
		const due = start + (i * 1000) / steadyRate;
		const wait = due - performance.now();
		if (wait > 1) await new Promise((tick) => setTimeout(tick, wait));
		// A request due within the millisecond goes at once, before its time: it is timed from when it went, or a
		// quick answer read as less than nothing (a p50 of -0.01 ms in one run).
		const sent = Math.min(due, performance.now());
		inFlight.push(
			send("GET", `/s/${statementId}`).then((response) => {
				if (response.status !== 200) failures++;
				latencies.push(performance.now() - sent);
			}),
		);
	}
	await Promise.all(inFlight);
	const elapsed = (performance.now() - start) / 1000;
	latencies.sort((a, b) => a - b);
	const p99 = percentile(latencies, 99);
	console.log(
		`statement page at ${steadyRate}/s: ${(total / elapsed).toFixed(0)} requests/s achieved, p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, ${failures} not 200`,
	);
	report(measure("web_page_p99_ms", p99, "ms", below(goalP99Ms)));

	let served = 0;
	const ceilingEnd = performance.now() + ceilingSeconds * 1000;
	await Promise.all(
		Array.from({ length: ceilingConcurrency }, async () => {
			while (performance.now() < ceilingEnd) {
				await send("GET", `/s/${statementId}`);
				served++;
			}
		}),
	);
	console.log(
		`statement page ceiling: ${(served / ceilingSeconds).toFixed(0)} requests/s with ${ceilingConcurrency} in flight`,
	);

	const form = await send("GET", `/s/${statementId}/sign`);
	const cookie = String(form.headers["set-cookie"]).split(";")[0] ?? "";
	const token = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? "";
	let accepted = 0;
	let refused = 0;
	let next = 0;
	const signEnd = performance.now() + signSeconds * 1000;
	await Promise.all(
		Array.from({ length: signConcurrency }, async () => {
			while (performance.now() < signEnd) {
				const n = next++;
				const body = new URLSearchParams({
					csrf: token,
					kind: "organization",
					name: `Bench Union ${n}`,
					abbreviation: "",
					country: "CL",
					attest: "yes",
				}).toString();
				const response = await send("POST", `/s/${statementId}/sign`, {
					body,
					headers: { "content-type": "application/x-www-form-urlencoded", cookie },
				});
				if (response.status === 201) accepted++;
				else refused++;
			}
		}),
	);
	console.log(
		`sign posts, limits lifted: ${(accepted / signSeconds).toFixed(0)} accepted/s with ${signConcurrency} in flight (${refused} not accepted)`,
	);
} finally {
	program.kill("SIGTERM");
	await new Promise((done) => program.once("exit", done));
	agent.destroy();
	rmSync(dataDir, { recursive: true, force: true });
}
