import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { TelegramTestServer } from "./helpers/telegram-test-server.js";
import { TestRedis } from "./helpers/test-redis.js";

const root = resolve(import.meta.dirname, "..");

describe("npm start with a Telegram token", () => {
	let redis: TestRedis;
	let telegram: TelegramTestServer;
	before(async () => {
		redis = await TestRedis.start();
		telegram = await TelegramTestServer.start();
	});
	after(async () => {
		await telegram.stop();
		await redis.stop();
	});

	it("serves the chat, logs JSON lines without the token, and stops cleanly on SIGTERM", async () => {
		const app = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
			cwd: root,
			env: {
				PATH: process.env.PATH,
				HOME: process.env.HOME,
				REDIS_URL: redis.url,
				TELEGRAM_BOT_TOKEN: telegram.token,
				TELEGRAM_API_ROOT: telegram.apiRoot,
				LOG_LEVEL: "info",
			},
		});
		let stdout = "";
		let stderr = "";
		app.stdout.on("data", (chunk) => {
			stdout += chunk;
		});
		app.stderr.on("data", (chunk) => {
			stderr += chunk;
		});
		try {
			const deadline = Date.now() + 15_000;
			while (!stdout.includes("solidarity-bot running") && Date.now() < deadline) {
				await new Promise((wait) => setTimeout(wait, 50));
			}
			assert.match(stdout, /solidarity-bot running/, stderr);
			const user = telegram.user({ userId: 3003, chatId: 3003, type: "private" });
			const [reply] = await user.say("/statements");
			assert.match(reply?.text ?? "", /icor-peru-struggle-2023/);
			const exited = once(app, "exit");
			const stoppedAt = Date.now();
			app.kill("SIGTERM");
			const [code] = await exited;
			assert.equal(code, 0, stderr);
			assert.ok(Date.now() - stoppedAt < 10_000, "stops within 10 seconds");
		} finally {
			if (app.exitCode === null) app.kill("SIGKILL");
		}
		const lines = stdout.trim().split("\n");
		for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `a JSON log line: ${line.slice(0, 120)}`);
		assert.ok(!stdout.includes(telegram.token.split(":")[1] ?? "never"), "the token never reaches the log");
		assert.match(stdout, /"msg":"telegram adapter started"/);
	});
});
