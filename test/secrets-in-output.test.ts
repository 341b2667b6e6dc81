import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { freePort } from "../src/store/redis/redis-server-process.js";
import { LiveProgram } from "./helpers/live-program.js";
import { runProgram } from "./helpers/run-program.js";
import { TelegramTestServer } from "./helpers/telegram-test-server.js";
import { TestRedis } from "./helpers/test-redis.js";

const password = "Bot-Redis-Passw0rd-91c2";

/**
 * Every line the bot and the CLI print, in every failure we can provoke, searched for every secret
 * and each of its parts.
 */
describe("secrets in what the bot and the CLI print", () => {
	let redis: TestRedis;
	let telegram: TelegramTestServer;
	const printed: string[] = [];
	before(async () => {
		redis = await TestRedis.start({ extraArgs: ["--requirepass", password] });
		telegram = await TelegramTestServer.start();
	});
	after(async () => {
		await telegram.stop();
		await redis.stop();
	});
	const secrets = () => [password, encodeURIComponent(password), telegram.token, telegram.token.split(":")[1] ?? ""];
	const redisUrl = () => `redis://:${password}@127.0.0.1:${redis.port}/0`;
	const bot = (env: NodeJS.ProcessEnv) =>
		LiveProgram.start(["--import", "tsx", "src/main.ts"], {
			REDIS_URL: redisUrl(),
			TELEGRAM_BOT_TOKEN: telegram.token,
			TELEGRAM_API_ROOT: telegram.apiRoot,
			LOG_LEVEL: "debug",
			...env,
		});

	it("keeps running when the Telegram API cannot be reached at start, retrying, and stops on SIGTERM", async () => {
		const app = bot({ TELEGRAM_API_ROOT: `http://127.0.0.1:${await freePort()}` });
		try {
			await app.waitFor(/platform adapter could not start; retrying/, 20_000);
			await app.waitFor(/"attempt":2/, 5000);
			assert.equal(await app.signal("SIGTERM"), 0, app.stderr);
		} finally {
			app.kill();
			printed.push(app.stdout, app.stderr);
		}
	});

	it("retries a token Telegram refuses, then serves once it is accepted, and logs Redis's outage", async () => {
		telegram.failNext("getMe", { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
		const app = bot({});
		try {
			await app.waitFor(/platform adapter started after retrying/, 20_000);
			await redis.crash();
			await app.waitFor(/redis unreachable/, 5000);
			await redis.restart();
			await app.waitFor(/redis is back/, 5000);
			assert.equal(await app.signal("SIGTERM"), 0, app.stderr);
		} finally {
			app.kill();
			printed.push(app.stdout, app.stderr);
		}
	});

	it("stops with one line on a wrong Redis password, the bot and the CLI alike", async () => {
		for (const args of [
			["--import", "tsx", "src/main.ts"],
			["bin/solidarity.js", "statements", "list"],
		]) {
			const run = await runProgram(args, {
				REDIS_URL: `redis://:${password}-wrong@127.0.0.1:${redis.port}/0`,
				TELEGRAM_BOT_TOKEN: telegram.token,
				TELEGRAM_API_ROOT: telegram.apiRoot,
				LOG_LEVEL: "debug",
			});
			assert.equal(run.code, 1);
			assert.match(run.stderr, /wrong password/);
			printed.push(run.stdout, run.stderr);
		}
	});

	it("never printed a secret or a part of one", () => {
		const lines = printed.join("\n").split("\n");
		assert.ok(lines.length > 10, "the failures above printed something to search");
		for (const secret of secrets()) {
			const leaks = lines.filter((line) => line.includes(secret));
			assert.deepEqual(leaks, [], `no line carries ${secret.slice(0, 3)}…`);
		}
	});
});
