import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadEnvironment } from "../src/config.js";

describe("environment validation", () => {
	it("accepts an empty environment with defaults: console chat on the embedded Redis", () => {
		const result = loadEnvironment({});
		assert.ok(result.ok);
		assert.equal(result.config.REDIS_URL, undefined);
		assert.equal(result.config.DEFAULT_LOCALE, "en");
		assert.equal(result.config.DEFAULT_TIME_ZONE, "UTC");
		assert.deepEqual(result.config.TELEGRAM_ORGANIZER_IDS, []);
	});

	it("parses organizer id lists", () => {
		const result = loadEnvironment({ DISCORD_ORGANIZER_IDS: " 123456789012345678, 42 ", TELEGRAM_ORGANIZER_IDS: "" });
		assert.ok(result.ok);
		assert.deepEqual(result.config.DISCORD_ORGANIZER_IDS, ["123456789012345678", "42"]);
	});

	it("gives one readable line per problem and never echoes a secret", () => {
		const token = "123456:not-a-real-token-but-secret-enough";
		const result = loadEnvironment({
			TELEGRAM_BOT_TOKEN: "oops-secret-value",
			REDIS_URL: "http://user:hunter2@example",
			DEFAULT_TIME_ZONE: "Mars/Olympus",
			DEFAULT_LOCALE: "fr",
			DISCORD_ORGANIZER_IDS: "alice",
			TELEGRAM_API_ROOT: token,
		});
		assert.ok(!result.ok);
		const lines = result.problems;
		assert.equal(lines.length, 6, lines.join("\n"));
		assert.ok(lines.some((line) => line.startsWith("TELEGRAM_BOT_TOKEN: does not look like a Telegram bot token")));
		assert.ok(lines.some((line) => line.startsWith("DEFAULT_TIME_ZONE: expected an IANA time zone")));
		assert.ok(lines.some((line) => line.startsWith("REDIS_URL: expected a redis:// or rediss:// URL")));
		for (const line of lines) {
			assert.doesNotMatch(line, /oops-secret-value|hunter2/);
			assert.doesNotMatch(line, /\n/);
		}
	});
});
