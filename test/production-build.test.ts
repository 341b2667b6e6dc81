import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { freePort } from "../src/store/redis/redis-server-process.js";
import { LiveProgram } from "./helpers/live-program.js";
import { projectRoot } from "./helpers/run-program.js";
import { TelegramTestServer } from "./helpers/telegram-test-server.js";
import { TestRedis } from "./helpers/test-redis.js";

// `npm start` runs the bundle `npm run build` makes, not the sources the other tests run through
// tsx: what a bundler can break (a package that finds its files beside its own code, a JSON import,
// a chunk loaded on demand) is only seen by running the bundle.
describe("the production build", () => {
	let redis: TestRedis;
	let folder: string;
	before(async () => {
		redis = await TestRedis.start();
		folder = mkdtempSync(join(tmpdir(), "sb-build-"));
		const built = spawnSync(process.execPath, ["scripts/build.mjs", "--outdir", join(folder, "dist")], {
			cwd: projectRoot,
			encoding: "utf8",
		});
		assert.equal(built.status, 0, built.stderr);
		// The packages left outside the bundle are found as from the project folder.
		symlinkSync(join(projectRoot, "node_modules"), join(folder, "node_modules"));
	});
	after(async () => {
		await redis.stop();
		rmSync(folder, { recursive: true, force: true });
	});

	it("is a few files, not one per module", () => {
		const scripts = readdirSync(join(folder, "dist")).filter((name) => name.endsWith(".js"));
		assert.ok(scripts.includes("main.js"));
		assert.ok(scripts.length < 80, `${scripts.length} files`);
	});

	it("answers in the console, imports a statement, and serves the web pages with their files", async () => {
		const port = await freePort();
		const bot = LiveProgram.start([join(folder, "dist", "main.js")], { REDIS_URL: redis.url, WEB_PORT: String(port) });
		try {
			await bot.waitFor(/web pages at http:\/\/127\.0\.0\.1:\d+\//, 30_000, 0, "stderr");
			const list = await bot.waitFor(/\n\n/, 10_000, bot.send("/statements"));
			assert.match(list, /icor-peru-struggle-2023 — Solidarity with the struggle of the Peruvian people/);

			// The importer is a chunk of its own, loaded by the first /import; it reads French country names.
			const imported = await bot.waitFor(
				/Section 1/,
				10_000,
				bot.send(
					"/import icor Solidarity with Peru. Signed by: CGTP (Pérou), Confédération générale du travail – CGT (France)",
				),
			);
			assert.match(imported, /1\. CGTP \(PE\)\n2\. Confédération générale du travail \(CGT, FR\)/);

			const page = await fetch(`http://127.0.0.1:${port}/s/icor-peru-struggle-2023`);
			assert.equal(page.status, 200);
			assert.match(await page.text(), /Solidarity with the struggle of the Peruvian people/);
			for (const [path, type] of [
				["/assets/site.css", /text\/css/],
				["/assets/sign.js", /text\/javascript/],
				["/assets/altcha/altcha.js", /text\/javascript/],
			] as const) {
				const asset = await fetch(`http://127.0.0.1:${port}${path}`);
				assert.equal(asset.status, 200, path);
				assert.match(String(asset.headers.get("content-type")), type, path);
				assert.ok((await asset.text()).length > 100, path);
			}
			assert.doesNotMatch(bot.stderr, /web pages off|Error/);
		} finally {
			assert.equal(await bot.endInput(), 0, bot.stderr);
		}
	});

	it("serves Telegram from its chunk, with telegraf bundled", async () => {
		const telegram = await TelegramTestServer.start();
		const bot = LiveProgram.start([join(folder, "dist", "main.js")], {
			REDIS_URL: redis.url,
			TELEGRAM_BOT_TOKEN: telegram.token,
			TELEGRAM_API_ROOT: telegram.apiRoot,
			WEB_PORT: "0",
			LOG_LEVEL: "info",
		});
		try {
			await bot.waitFor(/solidarity-bot running/, 30_000);
			const user = telegram.user({ userId: 3004, chatId: 3004, type: "private" });
			const [reply] = await user.say("/statements");
			assert.match(reply?.text ?? "", /icor-peru-struggle-2023/);
			assert.equal(await bot.signal("SIGTERM"), 0, bot.stderr);
		} finally {
			await telegram.stop();
		}
	});

	it("loads the Discord adapter's chunk, with discord.js bundled", async () => {
		const chunk = readdirSync(join(folder, "dist")).find((name) => /^discord-adapter-\w+\.js$/.test(name));
		assert.ok(chunk, "a chunk of its own");
		const adapter = (await import(join(folder, "dist", chunk))) as Record<string, unknown>;
		assert.equal(typeof adapter.startDiscordAdapter, "function");
	});
});
