import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { solidarity } from "../helpers/run-program.js";
import { TestRedis } from "../helpers/test-redis.js";

describe("solidarity days and subscription", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start();
	});
	after(() => redis.stop());

	it("subscribes chats from the command line and lists them", async () => {
		const lima = await solidarity(
			["subscription", "add", "telegram", "-1001", "--tz", "America/Lima", "--campaign", "wftu"],
			redis.url,
		);
		assert.equal(lima.code, 0, lima.stderr);
		assert.equal(lima.stdout, "subscribed telegram:-1001 in America/Lima, language en\n");
		const kathmandu = await solidarity(
			[
				"subscription",
				"add",
				"discord",
				"123456789012345678",
				"--tz",
				"Asia/Kathmandu",
				"--lang",
				"es",
				"--campaign",
				"wftu",
			],
			redis.url,
		);
		assert.equal(kathmandu.code, 0, kathmandu.stderr);

		const list = await solidarity(["subscription", "list"], redis.url);
		assert.equal(list.code, 0, list.stderr);
		assert.match(list.stdout, /^chat +time zone +lang +campaigns +subscribed by +at\n/);
		assert.match(list.stdout, /\ntelegram:-1001 +America\/Lima +en +wftu +cli +\d{4}-\d\d-\d\dT/);
		assert.match(list.stdout, /\ndiscord:123456789012345678 +Asia\/Kathmandu +es +wftu +cli +/);
	});

	it("prints the plan of the shipped Peru day in Lima and Kathmandu as exact JSON", async () => {
		const run = await solidarity(["days", "plan", "--from", "2024-01-20", "--to", "2024-02-01", "--json"], redis.url);
		assert.equal(run.code, 0, run.stderr);
		// config/solidarity-days.yaml: --01-31, offsets 7, 1, 0 at 09:00. Lima is UTC-5 (09:00 = 14:00 UTC),
		// Kathmandu UTC+5:45 (09:00 = 03:15 UTC the same day); sorted by instant.
		const reminder = (offset: number, date: string, lima: boolean) =>
			lima
				? {
						day: "peru-solidarity-day",
						offset,
						platform: "telegram",
						chat: "-1001",
						timeZone: "America/Lima",
						localTime: `${date}T09:00`,
						utc: `${date}T14:00:00.000Z`,
					}
				: {
						day: "peru-solidarity-day",
						offset,
						platform: "discord",
						chat: "123456789012345678",
						timeZone: "Asia/Kathmandu",
						localTime: `${date}T09:00`,
						utc: `${date}T03:15:00.000Z`,
					};
		assert.deepEqual(JSON.parse(run.stdout), [
			reminder(7, "2024-01-24", false),
			reminder(7, "2024-01-24", true),
			reminder(1, "2024-01-30", false),
			reminder(1, "2024-01-30", true),
			reminder(0, "2024-01-31", false),
			reminder(0, "2024-01-31", true),
		]);
	});

	it("prints the plan as a table, and the days", async () => {
		const table = await solidarity(["days", "plan", "--from", "2024-01-20", "--to", "2024-02-01"], redis.url);
		assert.equal(table.code, 0, table.stderr);
		const lines = table.stdout.trimEnd().split("\n");
		assert.equal(lines.length, 7);
		assert.match(lines[0] ?? "", /^utc +local time +time zone +chat +day +offset$/);
		assert.match(
			lines[2] ?? "",
			/^2024-01-24T14:00:00\.000Z +2024-01-24 09:00 +America\/Lima +telegram:-1001 +peru-solidarity-day +7$/,
		);
		const empty = await solidarity(["days", "plan", "--from", "2024-03-01", "--to", "2024-03-02"], redis.url);
		assert.equal(empty.stdout, "no reminders planned from 2024-03-01T00:00:00.000Z to 2024-03-02T00:00:00.000Z\n");

		const days = await solidarity(["days", "list"], redis.url);
		assert.equal(days.code, 0, days.stderr);
		assert.match(
			days.stdout,
			/^peru-solidarity-day {2}--01-31 {2}International Solidarity Day with the people of Peru {2}\(config, statement wftu-peru-solidarity-day-2023\)/,
		);
		assert.match(days.stdout, /every year on 31 January\. Reminders 7 days before, 1 day before and on the day/);
	});

	it("refuses bad values with exit 1 and usage mistakes with exit 2", async () => {
		const cases: [string[], number, RegExp][] = [
			[["subscription", "add", "telegram", "-1003", "--tz", "Mars/Olympus"], 1, /not an IANA time zone/],
			[["subscription", "add", "slack", "C123", "--tz", "UTC"], 1, /platform must be telegram or discord/],
			[["subscription", "add", "telegram", "general chat", "--tz", "UTC"], 1, /is not a telegram chat id/],
			[["subscription", "add", "telegram", "-1003", "--tz", "UTC", "--lang", "fr"], 1, /--lang must be en or es/],
			[["subscription", "add", "telegram", "-1003"], 2, /--tz/],
			[["subscription", "add", "telegram", "-1003", "--tz", "UTC", "--colour", "red"], 2, /--colour/],
			[["days", "plan", "--from", "2024-02-30"], 1, /--from must be a date/],
			[["days", "plan", "--from", "2024-02-01", "--to", "2024-01-01"], 1, /--to must come after --from/],
			[["days", "schedule"], 2, /solidarity days plan/],
		];
		// Independent runs, so in parallel: each one starts a whole runtime.
		const runs = await Promise.all(cases.map(([args]) => solidarity(args, redis.url)));
		for (const [index, [args, code, message]] of cases.entries()) {
			const run = runs[index];
			assert.ok(run);
			assert.equal(run.code, code, `${args.join(" ")}: ${run.stderr}`);
			assert.match(run.stderr, message, args.join(" "));
			assert.equal(run.stdout, "", args.join(" "));
		}
		const list = await solidarity(["subscription", "list"], redis.url);
		assert.doesNotMatch(list.stdout, /-1003/, "nothing was subscribed");
	});

	it("removes a subscription, and says so when there is none", async () => {
		const removed = await solidarity(["subscription", "remove", "discord", "123456789012345678"], redis.url);
		assert.equal(removed.code, 0, removed.stderr);
		assert.equal(removed.stdout, "unsubscribed discord:123456789012345678\n");
		const again = await solidarity(["subscription", "remove", "discord", "123456789012345678"], redis.url);
		assert.equal(again.code, 1);
		assert.match(again.stderr, /was not subscribed/);
		const plan = await solidarity(["days", "plan", "--from", "2024-01-20", "--to", "2024-02-01", "--json"], redis.url);
		assert.deepEqual(
			JSON.parse(plan.stdout).map((reminder: { timeZone: string }) => reminder.timeZone),
			["America/Lima", "America/Lima", "America/Lima"],
		);
	});
});
