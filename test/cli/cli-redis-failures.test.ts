import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { freePort } from "../../src/store/redis/redis-server-process.js";
import { runProgram } from "../helpers/run-program.js";
import { TestRedis } from "../helpers/test-redis.js";

const password = "Cli-Test-Passw0rd-7f3a";

/** The CLI as an operator runs it, timed; its stderr's lines. */
async function statementsList(redisUrl: string) {
	const started = Date.now();
	const run = await runProgram(["bin/solidarity.js", "statements", "list"], { REDIS_URL: redisUrl });
	return { ...run, ms: Date.now() - started, lines: run.stderr.trim().split("\n").filter(Boolean) };
}

describe("the CLI when Redis cannot be used", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start({ extraArgs: ["--requirepass", password] });
	});
	after(() => redis.stop());

	const cases: [string, () => Promise<string>, RegExp][] = [
		["a wrong password", async () => `redis://:Wrong-${password}@127.0.0.1:${redis.port}/0`, /wrong password/],
		["no password", async () => `redis://127.0.0.1:${redis.port}/0`, /needs a password/],
		["a refused port", async () => `redis://:${password}@127.0.0.1:${await freePort()}/0`, /connection refused/],
		["an unknown host", async () => `redis://:${password}@no-such-host.invalid:6379/0`, /unknown host/],
	];
	for (const [name, url, cause] of cases) {
		it(`exits non-zero within 10 s on ${name}, with the cause in one line and no password`, async () => {
			const run = await statementsList(await url());
			process.stdout.write(`# CLI on ${name}: exit ${run.code} after ${run.ms} ms: ${run.lines.join(" | ")}\n`);
			assert.equal(run.code, 1);
			assert.ok(run.ms < 10_000, `exits within 10 s (${run.ms} ms)`);
			assert.equal(run.lines.length, 1, run.stderr);
			assert.match(run.lines[0] ?? "", cause);
			assert.match(run.lines[0] ?? "", /^solidarity: redis: /);
			assert.ok(!`${run.stdout}${run.stderr}`.includes(password), "no password in the output");
		});
	}

	it("works with the right password, which it never prints", async () => {
		const run = await statementsList(`redis://:${password}@127.0.0.1:${redis.port}/0`);
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stdout, /icor-peru-struggle-2023/);
		assert.ok(!`${run.stdout}${run.stderr}`.includes(password));
	});
});
