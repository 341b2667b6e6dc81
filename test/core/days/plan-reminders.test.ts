import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import type { Subscription } from "../../../src/core/chats/subscription.js";
import { planReminders } from "../../../src/core/days/plan-reminders.js";
import { type SolidarityDay, solidarityDaySchema } from "../../../src/core/days/solidarity-day.js";

const day = (id: string, date: string, extra: Partial<SolidarityDay> = {}): SolidarityDay =>
	solidarityDaySchema.parse({ id, title: { en: id }, date, campaign: "wftu", ...extra });

const chat = (chatId: string, timeZone: string, platform: Subscription["platform"] = "telegram"): Subscription => ({
	platform,
	chatId,
	timeZone,
	language: "en",
	campaigns: ["wftu"],
	subscribedBy: "test",
	subscribedAt: "2024-01-01T00:00:00.000Z",
});

const lima = chat("-1001", "America/Lima");
const kathmandu = chat("-1002", "Asia/Kathmandu");
const auckland = chat("-1003", "Pacific/Auckland");
const peru = day("peru-solidarity-day", "--01-31");

/** The fields that say when and where, one line each, so a failure shows the whole plan. */
const when = (plan: ReturnType<typeof planReminders>) =>
	plan.map((r) => `${r.utc} ${r.localTime} ${r.timeZone} ${r.platform}:${r.chat} ${r.day} ${r.date} -${r.offset}`);

const window = (from: string, to: string): [Date, Date] => [new Date(from), new Date(to)];

describe("planReminders", () => {
	it("reminds only the chats that follow the day's campaign", () => {
		const icorOnly: Subscription = { ...chat("-1004", "America/Lima"), campaigns: ["icor"] };
		const none: Subscription = { ...chat("-1005", "America/Lima"), campaigns: [] };
		const plan = planReminders(
			[peru],
			[icorOnly, none, lima],
			...window("2024-01-01T00:00:00Z", "2024-03-01T00:00:00Z"),
		);
		assert.deepEqual([...new Set(plan.map((reminder) => reminder.chat))], ["-1001"]);
	});

	it("puts a yearly day's reminders at 09:00 in Lima (UTC-5 all year) and Kathmandu (UTC+5:45)", () => {
		const plan = planReminders([peru], [lima, kathmandu], ...window("2024-01-01T00:00:00Z", "2024-03-01T00:00:00Z"));
		assert.deepEqual(when(plan), [
			// Kathmandu 09:00 - 5:45 = 03:15 UTC the same day.
			"2024-01-24T03:15:00.000Z 2024-01-24T09:00 Asia/Kathmandu telegram:-1002 peru-solidarity-day 2024-01-31 -7",
			// Lima 09:00 + 5:00 = 14:00 UTC.
			"2024-01-24T14:00:00.000Z 2024-01-24T09:00 America/Lima telegram:-1001 peru-solidarity-day 2024-01-31 -7",
			"2024-01-30T03:15:00.000Z 2024-01-30T09:00 Asia/Kathmandu telegram:-1002 peru-solidarity-day 2024-01-31 -1",
			"2024-01-30T14:00:00.000Z 2024-01-30T09:00 America/Lima telegram:-1001 peru-solidarity-day 2024-01-31 -1",
			"2024-01-31T03:15:00.000Z 2024-01-31T09:00 Asia/Kathmandu telegram:-1002 peru-solidarity-day 2024-01-31 -0",
			"2024-01-31T14:00:00.000Z 2024-01-31T09:00 America/Lima telegram:-1001 peru-solidarity-day 2024-01-31 -0",
		]);
		assert.deepEqual(Object.keys(plan[0] ?? {}).sort(), [
			"chat",
			"date",
			"day",
			"localTime",
			"offset",
			"platform",
			"timeZone",
			"utc",
		]);
	});

	it("keeps 09:00 local across the end of New Zealand's daylight saving (first Sunday of April)", () => {
		// 2024-04-07 03:00 NZDT (UTC+13) becomes 02:00 NZST (UTC+12). A day on 10 April: its 7-day reminder
		// (3 April) is before the change, the day itself after it.
		const plan = planReminders(
			[day("nz-april", "2024-04-10")],
			[auckland],
			...window("2024-03-01T00:00:00Z", "2024-05-01T00:00:00Z"),
		);
		assert.deepEqual(when(plan), [
			// 2024-04-03 09:00 at UTC+13 = 2024-04-02 20:00 UTC.
			"2024-04-02T20:00:00.000Z 2024-04-03T09:00 Pacific/Auckland telegram:-1003 nz-april 2024-04-10 -7",
			// 2024-04-09 09:00 at UTC+12 = 2024-04-08 21:00 UTC.
			"2024-04-08T21:00:00.000Z 2024-04-09T09:00 Pacific/Auckland telegram:-1003 nz-april 2024-04-10 -1",
			// 2024-04-10 09:00 at UTC+12 = 2024-04-09 21:00 UTC.
			"2024-04-09T21:00:00.000Z 2024-04-10T09:00 Pacific/Auckland telegram:-1003 nz-april 2024-04-10 -0",
		]);
		const [weekBefore, , onTheDay] = plan;
		assert.ok(weekBefore && onTheDay);
		const utcOffset = (utc: string) => DateTime.fromISO(utc).setZone("Pacific/Auckland").offset;
		assert.equal(utcOffset(weekBefore.utc), 13 * 60);
		assert.equal(utcOffset(onTheDay.utc), 12 * 60);
		assert.equal(weekBefore.localTime.slice(11), "09:00");
		assert.equal(onTheDay.localTime.slice(11), "09:00");
		// Seven calendar days apart, but seven days and one hour of real time: the clocks went back an hour.
		assert.equal(new Date(onTheDay.utc).getTime() - new Date(weekBefore.utc).getTime(), (7 * 24 + 1) * 3600 * 1000);
	});

	it("keeps 09:00 local across the start of New Zealand's daylight saving (last Sunday of September)", () => {
		// 2024-09-29 02:00 NZST (UTC+12) becomes 03:00 NZDT (UTC+13).
		const plan = planReminders(
			[day("nz-october", "2024-10-02", { offsets: [7, 0] })],
			[auckland],
			...window("2024-09-01T00:00:00Z", "2024-11-01T00:00:00Z"),
		);
		assert.deepEqual(when(plan), [
			// 2024-09-25 09:00 at UTC+12 = 2024-09-24 21:00 UTC.
			"2024-09-24T21:00:00.000Z 2024-09-25T09:00 Pacific/Auckland telegram:-1003 nz-october 2024-10-02 -7",
			// 2024-10-02 09:00 at UTC+13 = 2024-10-01 20:00 UTC: an hour earlier in UTC, the same hour on the wall.
			"2024-10-01T20:00:00.000Z 2024-10-02T09:00 Pacific/Auckland telegram:-1003 nz-october 2024-10-02 -0",
		]);
	});

	it("moves a local time that does not exist that night forward, as the clocks do", () => {
		// 02:30 on 2024-09-29 does not exist in Auckland: the clocks jump from 02:00 to 03:00 (UTC+13).
		const plan = planReminders(
			[day("nz-gap", "2024-09-29", { offsets: [0], localTime: "02:30" })],
			[auckland],
			...window("2024-09-01T00:00:00Z", "2024-10-01T00:00:00Z"),
		);
		// 03:30 at UTC+13 = 2024-09-28 14:30 UTC.
		assert.deepEqual(when(plan), [
			"2024-09-28T14:30:00.000Z 2024-09-29T03:30 Pacific/Auckland telegram:-1003 nz-gap 2024-09-29 -0",
		]);
	});

	it("plans a yearly day across the new year: reminders in late December for a day early in January", () => {
		const plan = planReminders(
			[day("new-year-day", "--01-03"), peru],
			[lima],
			...window("2024-12-20T00:00:00Z", "2025-02-10T00:00:00Z"),
		);
		assert.deepEqual(when(plan), [
			// Lima is UTC-5: 09:00 is 14:00 UTC. The week-before reminder falls in 2024, for the 2025 day.
			"2024-12-27T14:00:00.000Z 2024-12-27T09:00 America/Lima telegram:-1001 new-year-day 2025-01-03 -7",
			"2025-01-02T14:00:00.000Z 2025-01-02T09:00 America/Lima telegram:-1001 new-year-day 2025-01-03 -1",
			"2025-01-03T14:00:00.000Z 2025-01-03T09:00 America/Lima telegram:-1001 new-year-day 2025-01-03 -0",
			"2025-01-24T14:00:00.000Z 2025-01-24T09:00 America/Lima telegram:-1001 peru-solidarity-day 2025-01-31 -7",
			"2025-01-30T14:00:00.000Z 2025-01-30T09:00 America/Lima telegram:-1001 peru-solidarity-day 2025-01-31 -1",
			"2025-01-31T14:00:00.000Z 2025-01-31T09:00 America/Lima telegram:-1001 peru-solidarity-day 2025-01-31 -0",
		]);
	});

	it("plans a yearly day once in each year of a long window", () => {
		const plan = planReminders(
			[day("peru", "--01-31", { offsets: [0] })],
			[lima],
			...window("2024-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
		);
		assert.deepEqual(
			plan.map((r) => r.utc),
			["2024-01-31T14:00:00.000Z", "2025-01-31T14:00:00.000Z"],
		);
	});

	it("plans 29 February only in leap years, never moved to 1 March", () => {
		const plan = planReminders(
			[day("leap", "--02-29")],
			[lima],
			...window("2023-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
		);
		assert.deepEqual(when(plan), [
			"2024-02-22T14:00:00.000Z 2024-02-22T09:00 America/Lima telegram:-1001 leap 2024-02-29 -7",
			"2024-02-28T14:00:00.000Z 2024-02-28T09:00 America/Lima telegram:-1001 leap 2024-02-29 -1",
			"2024-02-29T14:00:00.000Z 2024-02-29T09:00 America/Lima telegram:-1001 leap 2024-02-29 -0",
		]);
	});

	it("plans nothing for a one-off day in the past", () => {
		const plan = planReminders(
			[day("wftu-2023", "2023-01-31")],
			[lima, kathmandu],
			...window("2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
		);
		assert.deepEqual(plan, []);
	});

	it("sorts by instant, then platform, then chat, whatever the order of days and chats", () => {
		const plan = planReminders(
			[day("second", "2024-06-02", { offsets: [0] }), day("first", "2024-06-01", { offsets: [0] })],
			[chat("b", "America/Lima"), chat("9", "America/Lima", "discord"), chat("a", "America/Lima"), kathmandu],
			...window("2024-05-01T00:00:00Z", "2024-07-01T00:00:00Z"),
		);
		assert.deepEqual(
			plan.map((r) => `${r.utc} ${r.platform}:${r.chat} ${r.day}`),
			[
				// Kathmandu 09:00 = 03:15 UTC; Lima 09:00 = 14:00 UTC.
				"2024-06-01T03:15:00.000Z telegram:-1002 first",
				"2024-06-01T14:00:00.000Z discord:9 first",
				"2024-06-01T14:00:00.000Z telegram:a first",
				"2024-06-01T14:00:00.000Z telegram:b first",
				"2024-06-02T03:15:00.000Z telegram:-1002 second",
				"2024-06-02T14:00:00.000Z discord:9 second",
				"2024-06-02T14:00:00.000Z telegram:a second",
				"2024-06-02T14:00:00.000Z telegram:b second",
			],
		);
	});

	it("keeps to the window [from, to): the start included, the end left out", () => {
		// Lima's reminders for 2024: 01-24, 01-30 and 01-31, each at 14:00 UTC.
		const exact = planReminders([peru], [lima], ...window("2024-01-24T14:00:00.000Z", "2024-01-31T14:00:00.000Z"));
		assert.deepEqual(
			exact.map((r) => r.utc),
			["2024-01-24T14:00:00.000Z", "2024-01-30T14:00:00.000Z"],
		);
		const later = planReminders([peru], [lima], ...window("2024-01-24T14:00:00.001Z", "2024-01-31T14:00:00.001Z"));
		assert.deepEqual(
			later.map((r) => r.utc),
			["2024-01-30T14:00:00.000Z", "2024-01-31T14:00:00.000Z"],
		);
		assert.deepEqual(planReminders([peru], [], ...window("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z")), []);
	});
});
