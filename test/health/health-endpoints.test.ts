import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { after, before, describe, it } from "node:test";
import { freePort } from "../../src/store/redis/redis-server-process.js";
import { projectRoot } from "../helpers/run-program.js";
import { TelegramTestServer } from "../helpers/telegram-test-server.js";
import { TestRedis } from "../helpers/test-redis.js";

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
	const response = await fetch(`http://127.0.0.1:${port}${path}`);
	return { status: response.status, body: await response.text() };
}

describe("health and metrics of a running bot", () => {
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

	it("answers /healthz, /readyz with each check, and /metrics with the commands it served", async () => {
		const port = await freePort();
		const app = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
			cwd: projectRoot,
			env: {
				PATH: process.env.PATH,
				HOME: process.env.HOME,
				REDIS_URL: redis.url,
				TELEGRAM_BOT_TOKEN: telegram.token,
				TELEGRAM_API_ROOT: telegram.apiRoot,
				HEALTH_PORT: String(port),
				LOG_LEVEL: "info",
			},
		});
		let stdout = "";
		app.stdout.on("data", (chunk) => {
			stdout += chunk;
		});
		app.stderr.on("data", () => {});
		try {
			const deadline = Date.now() + 20_000;
			while (!stdout.includes("solidarity-bot running") && Date.now() < deadline) {
				await new Promise((wait) => setTimeout(wait, 50));
			}
			assert.match(stdout, /"msg":"health and metrics served"/);
			assert.deepEqual(await get(port, "/healthz"), { status: 200, body: "ok\n" });
			const ready = await get(port, "/readyz");
			assert.equal(ready.status, 200, ready.body);
			assert.match(
				ready.body,
				/^ready\nok redis: PING [\d.]+ ms\nok redis durability: appendonly yes, appendfsync always\nok telegram: connected\n$/,
			);

			const user = telegram.user({ userId: 3003, chatId: 3003, type: "private" });
			await user.say("/statements");
			await user.say("/statment");
			const metrics = await get(port, "/metrics");
			assert.equal(metrics.status, 200);
			assert.match(metrics.body, /solidarity_commands_total\{command="statements",outcome="ok"\} 1/);
			assert.match(metrics.body, /solidarity_commands_total\{command="unknown",outcome="refused"\} 1/);
			assert.match(metrics.body, /solidarity_command_duration_seconds_count\{command="statements"\} 1/);
			assert.match(metrics.body, /solidarity_queue_jobs\{queue="solidarity-send-telegram",state="waiting"\} 0/);
			assert.match(metrics.body, /solidarity_redis_round_trip_seconds [\d.e-]+/);
			assert.match(metrics.body, /# TYPE solidarity_adherences gauge/);
			assert.match(metrics.body, /# TYPE solidarity_broadcast_sends_total counter/);
		} finally {
			const exited = once(app, "exit");
			app.kill("SIGTERM");
			await exited;
		}
	});
});
