import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { projectRoot, solidarity } from "../helpers/run-program.js";
import { organizer, say, startTestCore, type TestCore } from "../helpers/test-core.js";

const root = projectRoot;

/** The list as the seed document prints it: from its "Signatories (as of" line to the end of the list. */
function seedListLines(): string[] {
	const seed = readFileSync(join(root, "test/fixtures/seeds/001_55d33ac6f5b697e4.txt"), "utf8");
	const list = seed.slice(seed.indexOf("Signatories (as of"), seed.indexOf("Document Actions"));
	return list
		.split("\n")
		.map((line) => line.trim())
		.filter((line) => line !== "");
}

const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== "");

describe("solidarity signatories export", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());

	it("reproduces the document's own layout: 28 numbered as of its date, then the subsequent signatories", async () => {
		const run = await solidarity(["signatories", "export", "icor-peru-struggle-2023", "--format", "text"], t.redis.url);
		assert.equal(run.code, 0, run.stderr);
		assert.deepEqual(lines(run.stdout), seedListLines());
	});

	it("adds a newly approved adherence as the 4th subsequent signatory, in every format", async () => {
		await say(
			t.core,
			"/adhere icor-peru-struggle-2023 Partido Comunista de Chile (Acción Proletaria); PC-AP; Chile; org@pcap.example",
		);
		await say(t.core, "/confirm");
		await say(t.core, "/approve icor-peru-struggle-2023 1", organizer);
		const text = await solidarity(["signatories", "export", "icor-peru-struggle-2023"], t.redis.url);
		assert.deepEqual(lines(text.stdout), [
			...seedListLines(),
			"PC-AP Partido Comunista de Chile (Acción Proletaria), Chile",
		]);

		const markdown = await solidarity(
			["signatories", "export", "icor-peru-struggle-2023", "--format", "markdown"],
			t.redis.url,
		);
		assert.match(
			markdown.stdout,
			/^\*\*Signatories \\\(as of 7 February 2023, further signatories possible\\\):\*\*\n\n1\\?\. PCPCI/,
		);
		assert.match(markdown.stdout, /\n17\. RM Rode Morgen \\\(Red Dawn\\\), Netherlands\n/);
		assert.match(markdown.stdout, /PC\\-AP Partido Comunista de Chile \\\(Acción Proletaria\\\), Chile {2}\n$/);

		const csv = await solidarity(["signatories", "export", "icor-peru-struggle-2023", "--format", "csv"], t.redis.url);
		const records = csv.stdout.split("\r\n").filter((line) => line !== "");
		assert.equal(records.length, 1 + 32);
		assert.equal(
			records[0],
			"section,number,line,name,abbreviation,nameEn,country,countryAsWritten,kind,source,adherence,approvedAt,contactEmail",
		);
		assert.match(
			records[17] ?? "",
			/^"Signatories \(as of 7 February 2023, further signatories possible\):",17,"RM Rode Morgen \(Red Dawn\), Netherlands",Rode Morgen,RM,Red Dawn,NL,Netherlands,organization,document,,,$/,
		);
		assert.match(
			records[32] ?? "",
			/^Subsequent signatories:,,"PC-AP Partido Comunista de Chile \(Acción Proletaria\), Chile",Partido Comunista de Chile \(Acción Proletaria\),PC-AP,,CL,,organization,adherence,1,2026-11-23T12:00:00\.000Z,org@pcap\.example$/,
		);

		const json = JSON.parse(
			(await solidarity(["signatories", "export", "icor-peru-struggle-2023", "--format", "json"], t.redis.url)).stdout,
		);
		assert.equal(json.count, 32);
		assert.equal(json.signatories[31].contactEmail, "org@pcap.example");
	});

	it("never shows the private contact in a chat", async () => {
		const shown = await t.core.handleText("/signatories icor-peru-struggle-2023", organizer);
		assert.doesNotMatch(JSON.stringify(shown), /pcap\.example/);
		const pending = await t.core.handleText("/pending icor-peru-struggle-2023", organizer);
		assert.doesNotMatch(JSON.stringify(pending), /pcap\.example/);
	});

	it("prints the audit trail of a statement", async () => {
		const run = await solidarity(["audit", "icor-peru-struggle-2023"], t.redis.url);
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stdout, /2026-11-23T12:00:00\.000Z {2}telegram:3003 {2}submit #1 {2}pending\n/);
		assert.match(run.stdout, /telegram:2001 {2}approve #1 {2}pending -> approved\n/);
	});

	it("refuses an unknown format and an unknown statement clearly", async () => {
		const format = await solidarity(
			["signatories", "export", "icor-peru-struggle-2023", "--format", "pdf"],
			t.redis.url,
		);
		assert.equal(format.code, 2);
		assert.match(format.stderr, /--format must be one of text, markdown, csv, json/);
		const unknown = await solidarity(["signatories", "export", "icor-peru"], t.redis.url);
		assert.equal(unknown.code, 1);
		assert.match(unknown.stderr, /Did you mean: icor-peru-struggle-2023/);
	});
});
