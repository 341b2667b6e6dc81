import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:net";
import { after, before, describe, it } from "node:test";
import { freePort } from "../../src/store/redis/redis-server-process.js";
import { LiveProgram } from "../helpers/live-program.js";
import { runProgram } from "../helpers/run-program.js";
import { TestRedis } from "../helpers/test-redis.js";

describe("the web pages in the bot's process", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start();
	});
	after(() => redis.stop());

	it("reports a port that is taken in one line, and the console chat goes on without the pages", async () => {
		const taken = createServer().listen(0, "127.0.0.1");
		await once(taken, "listening");
		const port = (taken.address() as { port: number }).port;
		try {
			const run = await runProgram(
				["--import", "tsx", "src/main.ts"],
				{ REDIS_URL: redis.url, WEB_PORT: String(port) },
				"/statements\n",
			);
			assert.equal(run.code, 0, run.stderr);
			assert.equal(
				run.stderr,
				`solidarity-bot: web pages off: port ${port} on 127.0.0.1 is taken (set WEB_PORT to another port, or 0 to turn the pages off)\n`,
			);
			assert.match(run.stdout, /icor-peru-struggle-2023/);
		} finally {
			taken.close();
		}
	});

	it("runs the pages alone with --role web, reading no console input", async () => {
		const port = await freePort();
		const web = LiveProgram.start(["--import", "tsx", "src/main.ts", "--role", "web"], {
			REDIS_URL: redis.url,
			WEB_PORT: String(port),
			PUBLIC_URL: "https://sign.example.org",
		});
		try {
			await web.waitFor(/web pages at https:\/\/sign\.example\.org\//, 30_000, 0, "stderr");
			const page = await fetch(`http://127.0.0.1:${port}/s/icor-peru-struggle-2023`);
			assert.equal(page.status, 200);
			const body = await page.text();
			assert.match(body, /Solidarity with the struggle of the Peruvian people/);
			// Behind https, the headers say so: HSTS, and the cookies are Secure.
			assert.match(String(page.headers.get("strict-transport-security")), /max-age=/);
			const form = await fetch(`http://127.0.0.1:${port}/s/icor-peru-struggle-2023/sign`);
			assert.match(String(form.headers.get("set-cookie")), /Secure/);
			assert.equal(web.stdout, "", "no conversation on stdout");
		} finally {
			await web.signal("SIGTERM");
		}
	});
});
