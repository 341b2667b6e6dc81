import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { LiveProgram } from "../../helpers/live-program.js";
import { TestRedis } from "../../helpers/test-redis.js";

const unavailable = {
	en: /can't reach my database for a moment.*try again/,
	es: /No puedo acceder a mi base de datos por un momento.*Vuelve a intentarlo/,
};

describe("the console chat while its Redis is killed", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start();
	});
	after(() => redis.stop());

	for (const locale of ["en", "es"] as const) {
		it(`answers within 2 s in ${locale} that it is briefly unavailable, serves again within 5 s, and exits at the end of its input`, async () => {
			const app = LiveProgram.start(["--import", "tsx", "src/main.ts"], {
				REDIS_URL: redis.url,
				DEFAULT_LOCALE: locale,
			});
			try {
				await app.waitFor(/icor-peru-struggle-2023/, 20_000, app.send("/statements"));
				await redis.crash();
				const timings: Record<string, number> = {};
				// A signature first: it must write, so it meets the outage whenever the bot learns of it. A
				// read made before the bot has seen its connections close may still be served from what it
				// keeps, which is what Redis held when it died.
				for (const line of ["/adhere icor-peru-struggle-2023 Red Dawn Collective; RDC; Perú", "/statements", "hello"]) {
					const asked = Date.now();
					await app.waitFor(unavailable[locale], 2000, app.send(line));
					timings[line] = Date.now() - asked;
				}
				const help = app.send("/help");
				await app.waitFor(/\/statements/, 2000, help);

				await redis.restart();
				const back = Date.now();
				await app.askUntil("/statements", /icor-peru-struggle-2023/, 5000);
				const recoveredMs = Date.now() - back;
				process.stdout.write(
					`# outage (${locale}): replies ${JSON.stringify(timings)} ms, recovered in ${recoveredMs} ms\n`,
				);

				const ending = Date.now();
				assert.equal(await app.endInput(), 0, app.stderr);
				assert.ok(Date.now() - ending < 10_000, "exits within 10 s of the end of input");
				assert.doesNotMatch(app.stdout, /something went wrong/);
			} finally {
				app.kill();
			}
		});
	}

	it("exits within 10 s at the end of input and on SIGTERM while Redis is still gone", async () => {
		for (const stop of ["end of input", "SIGTERM"] as const) {
			const app = LiveProgram.start(["--import", "tsx", "src/main.ts"], { REDIS_URL: redis.url });
			try {
				await app.waitFor(/icor-peru-struggle-2023/, 20_000, app.send("/statements"));
				await redis.crash();
				await app.waitFor(unavailable.en, 2000, app.send("/adhere icor-peru-struggle-2023 Red Dawn Collective"));
				const stopping = Date.now();
				const code = stop === "SIGTERM" ? await app.signal("SIGTERM") : await app.endInput();
				const tookMs = Date.now() - stopping;
				process.stdout.write(`# shutdown on ${stop} with Redis gone: ${tookMs} ms, exit ${code}\n`);
				assert.ok(tookMs < 10_000, `stops within 10 s (${tookMs} ms)`);
				assert.equal(code, 0, app.stderr);
			} finally {
				app.kill();
				await redis.restart();
			}
		}
	});
});
