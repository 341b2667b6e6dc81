import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { importCommand } from "../../../src/core/commands/import-command.js";
import { organizer, say, spanishMember, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

describe("/import", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());

	it("is an organizer command: a campaign, then the rest of the text, optional so that no text gets its own answer", () => {
		assert.equal(importCommand.role, "organizer");
		assert.deepEqual(
			importCommand.parameters.map((parameter) => [parameter.name, parameter.type, parameter.required, parameter.rest]),
			[
				["campaign", "string", true, undefined],
				["text", "text", false, true],
			],
		);
	});

	it("saves the pasted statement as a draft and summarizes it, unrecognized lines included", async () => {
		const seed = readFileSync(join(import.meta.dirname, "../../fixtures/seeds/002_931f5cf06bc67560.txt"), "utf8");
		const reply = text(
			await say(t.core, `/import peru-observation-mission ${seed}\n\nwww.example.org/sign`, organizer),
		);
		assert.match(reply, /Draft saved as peru-urgent-declaration\./);
		assert.match(reply, /Signatories: 9 signatories/);
		assert.match(reply, /1 line was not recognized/);
		assert.match(reply, /www\.example\.org\/sign/);
		assert.equal((await t.statements.get("peru-urgent-declaration"))?.status, "draft");
		assert.equal((await t.statements.get("peru-urgent-declaration"))?.campaign, "peru-observation-mission");
		assert.equal((await t.statements.get("peru-urgent-declaration-2023"))?.status, "closed", "the seed is untouched");
	});

	it("answers in Spanish and never replaces an existing statement", async () => {
		const spanishOrganizer = { ...spanishMember, userId: organizer.userId };
		const pasted =
			"Solidaridad con Chile\n\nExigimos la libertad de todos los detenidos y el fin de la represión contra el pueblo.\n\nFirman:\nCentral Unitaria de Trabajadores\nColectivo Sur\nRed de Mujeres";
		await say(t.core, `/import red-muqui ${pasted}`, spanishOrganizer);
		const reply = text(await say(t.core, `/import red-muqui ${pasted}`, spanishOrganizer));
		assert.match(reply, /Borrador guardado como solidaridad-con-chile-2/);
		assert.match(reply, /Firman: 3 firmantes/);
		assert.ok(await t.statements.get("solidaridad-con-chile"));
	});

	it("is refused to a member, and nothing is saved", async () => {
		const reply = await say(
			t.core,
			"/import red-muqui Solidaridad con Bolivia\n\nFirman:\nColectivo Norte",
			spanishMember,
		);
		assert.equal(reply.private, true);
		assert.match(text(reply), /Solo los organizadores de Red Muqui pueden hacer eso/);
		assert.equal(await t.statements.get("solidaridad-con-bolivia"), undefined);
	});
});
