import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { member, organizer, say, spanishMember, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

describe("publishing and closing statements", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	beforeEach(() => t.reset());
	after(() => t.stop());

	it("publishes an imported draft, so that it is listed and takes signatures", async () => {
		const pasted =
			"Solidarity with the dockers of Callao\n\nWe stand with the dockers on strike.\n\nSignatories:\n1. Sindicato Portuario, Peru";
		assert.match(
			text(await say(t.core, `/import icor ${pasted}`, organizer)),
			/Draft saved as solidarity-with-the-dockers-of-callao/,
		);
		assert.doesNotMatch(text(await say(t.core, "/statements")), /dockers/);
		assert.match(text(await say(t.core, "/statement solidarity-with-the-dockers-of-callao")), /There is no statement/);
		assert.match(
			text(await say(t.core, "/signatories solidarity-with-the-dockers-of-callao", organizer)),
			/1\. Sindicato Portuario, Peru/,
			"organizers review the draft",
		);
		assert.match(
			text(await say(t.core, "/adhere solidarity-with-the-dockers-of-callao X; ; PE")),
			/is still a draft: it does not take signatures yet/,
		);
		assert.match(
			text(await say(t.core, "/open solidarity-with-the-dockers-of-callao", organizer)),
			/“Solidarity with the dockers of Callao” is published and takes signatures/,
		);
		assert.match(
			text(await say(t.core, "/statements")),
			/solidarity-with-the-dockers-of-callao .* 1 signatory · open for signatures/,
		);
		assert.match(
			text(await say(t.core, "/adhere solidarity-with-the-dockers-of-callao Frente Obrero; ; PE")),
			/Please check/,
		);
	});

	it("closes a statement for signatures, and reopens it", async () => {
		assert.match(
			text(await say(t.core, "/close icor-peru-struggle-2023", organizer)),
			/is closed: it takes no more signatures/,
		);
		assert.match(
			text(await say(t.core, "/adhere icor-peru-struggle-2023 X; ; PE")),
			/is closed: it no longer takes signatures/,
		);
		assert.match(
			text(await say(t.core, "/close icor-peru-struggle-2023", organizer)),
			/That does not apply: .* is closed/,
		);
		assert.match(
			text(await say(t.core, "/open icor-peru-struggle-2023", organizer)),
			/is published and takes signatures/,
		);
		const audit = (await t.adherences.audit("icor-peru-struggle-2023")).map((entry) => entry.action);
		assert.deepEqual(audit, ["status", "status"]);
	});

	it("is for organizers only", async () => {
		assert.match(
			text(await say(t.core, "/close icor-peru-struggle-2023", member)),
			/Only organizers of ICOR can do that/,
		);
		assert.match(text(await say(t.core, "/close icor-peru-struggle-2023", spanishMember)), /Solo los organizadores/);
		assert.equal((await t.statements.get("icor-peru-struggle-2023"))?.status, "open");
	});
});
