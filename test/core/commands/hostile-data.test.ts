import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, beforeEach, describe, it } from "node:test";
import { organizer, say, spanishMember, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

const spanishOrganizer = { ...spanishMember, userId: "2001" };

describe("hostile data from a chat", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());
	beforeEach(() => t.reset());

	const statementIds = async () => (await t.statements.list()).map((statement) => statement.id).sort();

	it("refuses an /import of binary data, NULs or control characters, saying which, and saves nothing", async () => {
		const before = await statementIds();
		const cases: [string, RegExp][] = [
			[`Title\n${new TextDecoder().decode(randomBytes(2000))}`, /not text but binary data/],
			["A Resolution\u0000\nFirst line\nSigned: ICOR", /NUL characters/],
			[
				"A Resolution\u0007\u001b[31m\nSignatories:\n1. Red Dawn, Peru",
				/2 control characters \(the first is U\+0007\)/,
			],
		];
		for (const [pasted, problem] of cases) {
			const reply = text(await say(t.core, `/import icor ${pasted}`, organizer));
			assert.match(reply, problem);
			assert.doesNotMatch(reply, /Draft saved/);
		}
		assert.deepEqual(await statementIds(), before, "no draft was stored");
	});

	it("answers /import with no text with the import's own sentence, in English and Spanish", async () => {
		assert.match(text(await say(t.core, "/import icor", organizer)), /There is no text to import/);
		assert.match(text(await say(t.core, "/import icor   ", spanishOrganizer)), /No hay texto que importar/);
	});

	it("publishes only as of a real calendar date between 1900 and 2100, naming the problem", async () => {
		const cases: [string, RegExp][] = [
			["2023-02-30", /2023-02-30 is not a date: that month has 28 days/],
			["2024-02-30", /that month has 29 days/],
			["2023-13-01", /no such month/],
			["9999-99-99", /outside the years 1900 to 2100/],
			["0000-01-01", /outside the years 1900 to 2100/],
			["7-2-2023", /"7-2-2023" is not a date: give it as YYYY-MM-DD/],
			["2099-01-01", /is in the future/],
		];
		for (const [date, problem] of cases) {
			const reply = text(await say(t.core, `/publish icor-peru-struggle-2023 ${date}`, organizer));
			assert.match(reply, problem, date);
			assert.doesNotMatch(reply, /more than I expected/);
		}
		assert.equal(await t.deps.statementState.asOf("icor-peru-struggle-2023"), undefined, "no date was stored");
		assert.match(
			text(await say(t.core, "/publish icor-peru-struggle-2023 2023-02-30", spanishOrganizer)),
			/ese mes tiene 28 días/,
		);
		assert.match(
			text(await say(t.core, "/publish icor-peru-struggle-2023 2024-02-29", organizer)),
			/as of 29 February 2024/,
		);
	});

	it("adds days and schedules announcements only on real dates", async () => {
		assert.match(text(await say(t.core, "/dayadd icor 2027-02-30 Fake day", organizer)), /that month has 28 days/);
		assert.match(
			text(await say(t.core, "/dayadd icor 9999-01-01 Far day", organizer)),
			/outside the years 1900 to 2100/,
		);
		assert.match(
			text(await say(t.core, "/announce icor March on Friday at 2027-02-30T09:00Z", organizer)),
			/2027-02-30 is not a date: that month has 28 days/,
		);
		assert.doesNotMatch(text(await say(t.core, "/days")), /Fake day|Far day/);
	});
});
