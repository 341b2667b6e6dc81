import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { freePort } from "../../src/store/redis/redis-server-process.js";
import { DiscordFake, fakeApplicationId } from "../helpers/discord-fake.js";
import { runProgram } from "../helpers/run-program.js";
import { TelegramTestServer } from "../helpers/telegram-test-server.js";
import { TestRedis } from "../helpers/test-redis.js";

const discordToken = "MTAwMDAwMDAwMDAwMDAwMDAx.Gabcde.abcdefghijklmnopqrstuvwxyz012345";

describe("solidarity doctor", () => {
	let redis: TestRedis;
	let telegram: TelegramTestServer;
	let discord: DiscordFake;
	let env: NodeJS.ProcessEnv;
	before(async () => {
		[redis, telegram, discord] = await Promise.all([
			TestRedis.start(),
			TelegramTestServer.start(),
			DiscordFake.start(),
		]);
		env = {
			REDIS_URL: redis.url,
			TELEGRAM_BOT_TOKEN: telegram.token,
			TELEGRAM_API_ROOT: telegram.apiRoot,
			DISCORD_TOKEN: discordToken,
			DISCORD_APPLICATION_ID: fakeApplicationId,
			DISCORD_API_BASE: discord.apiBase,
		};
	});
	after(async () => {
		await Promise.all([redis.stop(), telegram.stop(), discord.close()]);
	});

	const doctor = (extra: NodeJS.ProcessEnv = {}) => runProgram(["bin/solidarity.js", "doctor"], { ...env, ...extra });

	it("reports each check on its own line, warns about undeployed commands, and passes", async () => {
		telegram.failNext("getWebhookInfo", { status: 200, body: { ok: true, result: { url: "" } } });
		const run = await doctor();
		assert.equal(run.code, 0, run.stdout + run.stderr);
		const lines = run.stdout.trim().split("\n");
		for (const expected of [
			/^ok {4}environment: every variable valid$/,
			/^ok {4}statements: 5 files in config\/statements$/,
			/^ok {4}member roll: 21 members/,
			/^ok {4}solidarity days: 1 days/,
			/^ok {4}redis: 127\.0\.0\.1:\d+, PING [\d.]+ ms$/,
			/^ok {4}redis persistence: appendonly yes, appendfsync always$/,
			/^ok {4}telegram token: getMe: @\S+$/,
			/^ok {4}telegram webhook at Telegram: none \(polling\)$/,
			/^ok {4}discord token: \/users\/@me: /,
			/^warn {2}discord commands: \d+ not deployed globally .*: run solidarity discord deploy$/,
			/^0 failed, 1 warnings, \d+ ok$/,
		])
			assert.ok(
				lines.some((line) => expected.test(line)),
				`${expected} in\n${run.stdout}`,
			);
		assert.deepEqual(await redis.client().keys("*"), [], "the doctor changed nothing in Redis");
	});

	it("sees the commands once deployed", async () => {
		const deploy = await runProgram(["bin/solidarity.js", "discord", "deploy"], env);
		assert.equal(deploy.code, 0, deploy.stderr);
		const run = await doctor();
		assert.match(run.stdout, /^ok {4}discord commands: \d+ deployed globally$/m);
	});

	it("fails, with a non-zero exit, on a refused token, an unreachable Redis and a bad variable", async () => {
		telegram.failNext("getMe", { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
		const refused = await doctor({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
		assert.equal(refused.code, 1);
		assert.match(refused.stdout, /^fail {2}telegram token: getMe refused it \(401 Unauthorized\)$/m);
		assert.match(refused.stdout, /^fail {2}redis: 127\.0\.0\.1:\d+: /m);
		const bad = await doctor({ TELEGRAM_SEND_RATE: "fast" });
		assert.equal(bad.code, 1);
		assert.match(bad.stdout, /^fail {2}environment: TELEGRAM_SEND_RATE/m);
	});
});
