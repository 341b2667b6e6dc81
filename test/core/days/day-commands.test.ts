import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { parseDayDate, slugForTitle } from "../../../src/core/days/day-dates.js";
import { solidarityDaySchema } from "../../../src/core/days/solidarity-day.js";
import { reminderBroadcastId } from "../../../src/jobs/bull-reminder-planner.js";
import { BroadcastStore } from "../../../src/store/redis/redis-broadcast-store.js";
import {
	icorOrganizer,
	member,
	organizer,
	redMuquiOrganizer,
	say,
	spanishMember,
	startTestCore,
	type TestCore,
	text,
} from "../../helpers/test-core.js";

const spanishOrganizer = { ...spanishMember, userId: organizer.userId };

describe("solidarity day commands", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	// The test clock starts at 2026-11-23T12:00:00Z.
	beforeEach(() => t.reset());
	after(() => t.stop());

	it("adds a one-off and a yearly day, lists them soonest first, and removes one", async () => {
		const added = text(
			await say(t.core, "/dayadd icor 2026-12-10 Day of the Andes statement:icor-peru-struggle-2023", organizer),
		);
		assert.match(added, /Added the solidarity day “Day of the Andes” \(day-of-the-andes\), on 10 December 2026\./);
		assert.match(added, /Reminders 7 days before, 1 day before and on the day, at 09:00 in each chat's time zone\./);
		assert.match(added, /Statement: \/statement icor-peru-struggle-2023/);
		assert.deepEqual(await t.deps.days.list(), [
			{
				id: "day-of-the-andes",
				title: { en: "Day of the Andes" },
				date: "2026-12-10",
				campaign: "icor",
				statementId: "icor-peru-struggle-2023",
				offsets: [7, 1, 0],
				localTime: "09:00",
				source: "chat",
			},
		]);

		assert.match(
			text(await say(t.core, "/dayadd icor --01-31 Solidaridad con el Perú", icorOrganizer)),
			/\(solidaridad-con-el-peru\), every year on 31 January\./,
		);

		const list = text(await say(t.core, "/days", member));
		assert.match(list, /Solidarity days/);
		const andes = list.indexOf("day-of-the-andes");
		const peru = list.indexOf("solidaridad-con-el-peru");
		assert.ok(andes >= 0 && peru > andes, "the soonest first");
		assert.match(list, /Day of the Andes, on 10 December 2026\. Next: 10 December 2026\./);
		assert.match(list, /Solidaridad con el Perú, every year on 31 January\. Next: 31 January 2027\./);
		assert.match(list, /Statement: \/statement icor-peru-struggle-2023/);
		assert.match(list, /This chat is not subscribed to reminders/);

		assert.match(
			text(await say(t.core, "/dayremove day-of-the-andes", organizer)),
			/^Removed the solidarity day “Day of the Andes” \(day-of-the-andes\)\.$/,
		);
		assert.deepEqual(
			(await t.deps.days.list()).map((day) => day.id),
			["solidaridad-con-el-peru"],
		);
		assert.match(
			text(await say(t.core, "/dayremove solidaridad-con-el-per", organizer)),
			/There is no solidarity day with the id "solidaridad-con-el-per"\. Did you mean: solidaridad-con-el-peru\?/,
		);
	});

	it("slugs the title into the id, cut to 48 characters, and numbers a taken one", async () => {
		const long = "International Day of Solidarity with the Workers and Peoples of the Andes";
		await say(t.core, `/dayadd icor 2027-03-08 ${long}`, organizer);
		await say(t.core, `/dayadd icor 2027-03-09 ${long}`, organizer);
		await say(t.core, `/dayadd icor 2027-03-10 ${long}`, organizer);
		const ids = (await t.deps.days.list()).map((day) => day.id);
		// Listed by id; the numbered ones give up the last whole word to keep within 48.
		assert.deepEqual(ids, [
			"international-day-of-solidarity-with-the-2",
			"international-day-of-solidarity-with-the-3",
			"international-day-of-solidarity-with-the-workers",
		]);
		for (const id of ids) assert.ok(id.length <= 48, id);
		assert.equal(slugForTitle("¡Día del Trabajador! 1.º de Mayo"), "dia-del-trabajador-1-o-de-mayo");
		assert.equal(slugForTitle("✊✊"), "day");
	});

	it("plans the reminders of a new day for the subscribed chats at once", async () => {
		await say(t.core, "/subscribe icor America/Lima", organizer);
		await say(t.core, "/dayadd icor 2026-11-26 Day of the miners", organizer);
		const store = new BroadcastStore(t.redis.client());
		const reminder = (offset: number) =>
			store.get(
				reminderBroadcastId({ day: "day-of-the-miners", date: "2026-11-26", offset, timeZone: "America/Lima" }),
			);
		// 25 and 26 November at 09:00 in Lima = 14:00 UTC; the week-before reminder (19 November) has passed.
		assert.equal((await reminder(1))?.at, "2026-11-25T14:00:00.000Z");
		assert.equal((await reminder(0))?.at, "2026-11-26T14:00:00.000Z");
		assert.equal(await reminder(7), undefined);
		assert.match(
			text(await say(t.core, "/days", organizer)),
			/This chat gets the reminders at local time in America\/Lima\./,
		);
	});

	it("refuses a date that is not in the calendar, clearly and in the user's language, and stores nothing", async () => {
		assert.match(
			text(await say(t.core, "/dayadd icor 2027-02-30 Impossible day", organizer)),
			/2027-02-30 is not a date: that month has 28 days/,
		);
		assert.match(
			text(await say(t.core, "/dayadd icor --02-30 Impossible day", organizer)),
			/"--02-30" is not a date I can use/,
		);
		assert.match(text(await say(t.core, "/dayadd icor 31/01 Peru", organizer)), /"31\/01" is not a date I can use/);
		assert.match(
			text(await say(t.core, "/dayadd icor 2027-02-30 Día imposible", spanishOrganizer)),
			/ese mes tiene 28 días/,
		);
		assert.match(
			text(await say(t.core, "/dayadd icor 2026-11-22 Yesterday", organizer)),
			/22 November 2026 has already passed/,
		);
		assert.match(text(await say(t.core, "/dayadd icor 2026-12-01", organizer)), /Please give the title\./);
		assert.deepEqual(await t.deps.days.list(), []);
		// 29 February is a day of its own, kept in leap years only.
		assert.match(text(await say(t.core, "/dayadd icor --02-29 Leap day", organizer)), /every year on 29 February/);
		assert.match(text(await say(t.core, "/days", organizer)), /Next: 29 February 2028\./);
	});

	it("refuses an unknown statement with the closest ids, and stores nothing", async () => {
		const reply = text(await say(t.core, "/dayadd icor 2026-12-10 Day of the Andes statement:icor-peru", organizer));
		assert.match(reply, /There is no statement with the id "icor-peru"\. Did you mean: .*icor-peru-struggle-2023/);
		assert.match(
			text(await say(t.core, "/dayadd icor 2026-12-10 Day statement:zzzzzzzzzzzz", organizer)),
			/There is no statement with the id "zzzzzzzzzzzz"\. Type \/statements/,
		);
		assert.match(
			text(await say(t.core, "/dayadd icor 2026-12-10 statement:icor-peru-struggle-2023", organizer)),
			/title/,
		);
		assert.deepEqual(await t.deps.days.list(), []);
	});

	it("refuses /dayadd and /dayremove to members, with no change; /days is for everyone", async () => {
		assert.match(
			text(await say(t.core, "/dayadd icor 2026-12-10 Day of the Andes", member)),
			/Only organizers of ICOR can do that/,
		);
		assert.deepEqual(await t.deps.days.list(), []);
		await say(t.core, "/dayadd icor 2026-12-10 Day of the Andes", organizer);
		assert.match(text(await say(t.core, "/dayremove day-of-the-andes", member)), /Only organizers of ICOR can do that/);
		assert.match(
			text(await say(t.core, "/dayremove day-of-the-andes", redMuquiOrganizer)),
			/Only organizers of ICOR can do that/,
		);
		assert.equal((await t.deps.days.list()).length, 1);
		assert.match(text(await say(t.core, "/days", member)), /Day of the Andes/);
	});

	it("removes a day from the config file, saying it comes back at the next start", async () => {
		await t.deps.days.replaceConfigured([
			solidarityDaySchema.parse({
				id: "peru-solidarity-day",
				title: { en: "International Solidarity Day with the people of Peru", es: "Día con el Perú" },
				date: "--01-31",
				campaign: "wftu",
				statementId: "wftu-peru-solidarity-day-2023",
			}),
		]);
		const reply = text(await say(t.core, "/dayremove peru-solidarity-day", organizer));
		assert.match(reply, /Removed the solidarity day “International Solidarity Day with the people of Peru”/);
		assert.match(reply, /config\/solidarity-days\.yaml, so it comes back at the next start/);
		assert.deepEqual(await t.deps.days.list(), []);
	});

	it("answers in Spanish", async () => {
		await t.deps.days.replaceConfigured([
			solidarityDaySchema.parse({
				id: "peru-solidarity-day",
				title: { en: "International Solidarity Day with the people of Peru", es: "Día con el Perú" },
				date: "--01-31",
				campaign: "wftu",
			}),
		]);
		const added = text(await say(t.core, "/agregardia icor 2026-12-10 Día de los Andes", spanishOrganizer));
		assert.match(
			added,
			/Día de solidaridad «Día de los Andes» \(dia-de-los-andes\) añadido, el 10 de diciembre de 2026\./,
		);
		assert.match(
			added,
			/Recordatorios 7 días antes, 1 día antes y el mismo día, a las 09:00 en la zona horaria de cada chat\./,
		);
		const list = text(await say(t.core, "/dias", spanishMember));
		assert.match(list, /Días de solidaridad/);
		assert.match(list, /Día con el Perú, cada año el 31 de enero\. Próximo: 31 de enero de 2027\./);
		assert.match(list, /Este chat no está suscrito/);
		assert.match(text(await say(t.core, "/dayadd icor 2026-12-10", spanishOrganizer)), /Indica el título\./);
		assert.match(
			text(await say(t.core, "/quitardia peru-solidarity-day", spanishOrganizer)),
			/eliminado\.\s+Viene de config\/solidarity-days\.yaml, así que volverá en el próximo arranque/,
		);
		assert.match(
			text(await say(t.core, "/dayremove nada", spanishOrganizer)),
			/No hay ningún día de solidaridad con el identificador «nada»/,
		);
		assert.match(text(await say(t.core, "/dayadd icor 2026-12-10 Día", spanishMember)), /organizadores/);
	});

	it("reads dates against the calendar", () => {
		assert.equal(parseDayDate("2024-02-29"), "2024-02-29");
		assert.equal(parseDayDate("2023-02-29"), undefined);
		assert.equal(parseDayDate("--02-29"), "--02-29");
		assert.equal(parseDayDate("--13-01"), undefined);
		assert.equal(parseDayDate("2024-1-31"), undefined);
	});
});
