import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import {
	icorOrganizer,
	member,
	organizer,
	redMuquiOrganizer,
	say,
	startTestCore,
	type TestCore,
	text,
} from "../../helpers/test-core.js";

const pasted =
	"Solidarity with the miners\n\nWe stand with the striking miners and demand the release of those arrested.\n\nSignatories:\n1. Red Dawn, Netherlands\n2. Miners Union, Peru\n3. Ana Pérez\n\nSubsequent signatories:\n1. Colectivo Sur, Chile";
const id = "solidarity-with-the-miners";

describe("/draft", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());
	beforeEach(async () => {
		await t.reset();
		await say(t.core, `/import icor ${pasted}`, icorOrganizer);
	});

	const names = async () =>
		(await t.statements.get(id))?.sections.map((section) => section.signatories.map((s) => s.name)) ?? [];

	it("the import reply and the listing number the signatories through the sections", async () => {
		const imported = text(await say(t.core, `/import icor ${pasted}`, icorOrganizer));
		assert.match(imported, /1\. Red Dawn/);
		const listing = text(await say(t.core, `/draft ${id}`, icorOrganizer));
		assert.match(listing, /Section 2: Subsequent signatories/);
		assert.match(listing, /4\. Colectivo Sur/);
	});

	it("edits, changes the kind, removes, adds and moves, each audited", async () => {
		assert.match(
			text(await say(t.core, `/draft ${id} edit 1 Rode Morgen; RM; Netherlands`, icorOrganizer)),
			/Changed: Rode Morgen/,
		);
		await say(t.core, `/draft ${id} kind 3 individual`, icorOrganizer);
		await say(t.core, `/draft ${id} remove 2`, icorOrganizer);
		await say(t.core, `/draft ${id} add Frente Norte; FN; Bolivia`, icorOrganizer);
		await say(t.core, `/draft ${id} move 1 2`, icorOrganizer);
		assert.deepEqual(await names(), [["Ana Pérez"], ["Colectivo Sur", "Frente Norte", "Rode Morgen"]]);
		const statement = await t.statements.get(id);
		assert.equal(statement?.sections[0]?.signatories[0]?.kind, "individual");
		const moved = statement?.sections[1]?.signatories[2];
		assert.deepEqual([moved?.abbreviation, moved?.country], ["RM", "NL"]);
		const audit = (await t.adherences.audit(id)).filter((entry) => entry.action.startsWith("draft-"));
		assert.deepEqual(
			audit.map((entry) => entry.action),
			["draft-edit", "draft-kind", "draft-remove", "draft-add", "draft-move"],
		);
		assert.equal(audit[0]?.who, `telegram:${icorOrganizer.userId}`);
		assert.equal((audit[0]?.before as { name?: string } | undefined)?.name, "Red Dawn");
		assert.equal((audit[0]?.after as { name?: string } | undefined)?.name, "Rode Morgen");
		assert.equal(audit[2]?.after, null);
	});

	it("/open publishes the corrected draft", async () => {
		await say(t.core, `/draft ${id} remove 2`, icorOrganizer);
		await say(t.core, `/open ${id}`, icorOrganizer);
		const statement = await t.statements.get(id);
		assert.equal(statement?.status, "open");
		assert.doesNotMatch(text(await say(t.core, `/signatories ${id}`, member)), /Miners Union/);
	});

	it("refuses members, organizers of another campaign, published statements, bad numbers and hostile text", async () => {
		const before = await names();
		assert.match(text(await say(t.core, `/draft ${id} remove 1`, member)), /Only organizers of ICOR can do that/);
		assert.match(text(await say(t.core, `/draft ${id} remove 1`, redMuquiOrganizer)), /Only organizers of ICOR/);
		assert.match(text(await say(t.core, `/draft ${id} remove 9`, icorOrganizer)), /no signatory 9 .* it has 4/);
		assert.match(text(await say(t.core, `/draft ${id} edit 1 @everyone; -; Peru`, icorOrganizer)), /@mentions/);
		assert.match(text(await say(t.core, `/draft ${id} edit 1 Ok\u202e; -; Peru`, icorOrganizer)), /invisible/);
		assert.match(text(await say(t.core, `/draft ${id} move 1 nowhere`, icorOrganizer)), /no section "nowhere"/);
		assert.deepEqual(await names(), before);
		assert.match(
			text(await say(t.core, "/draft icor-movadef-persecution remove 1", organizer)),
			/Only a draft can be corrected/,
		);
	});

	it("removes several numbers and ranges at once, as the listing numbered them, each audited", async () => {
		const reply = text(await say(t.core, `/draft ${id} remove 1, 3-4`, icorOrganizer));
		assert.match(reply, /Removed 3: Red Dawn, Ana Pérez, Colectivo Sur\./);
		assert.match(reply, /1\. Miners Union/);
		assert.deepEqual(await names(), [["Miners Union"], []]);
		const audit = (await t.adherences.audit(id)).filter((entry) => entry.action === "draft-remove");
		assert.deepEqual(
			audit.map((entry) => (entry.before as { name?: string }).name),
			["Red Dawn", "Ana Pérez", "Colectivo Sur"],
		);
	});

	it("removes nothing when one number of the list is wrong", async () => {
		const before = await names();
		assert.match(text(await say(t.core, `/draft ${id} remove 2 9`, icorOrganizer)), /no signatory 9 .* it has 4/);
		assert.match(text(await say(t.core, `/draft ${id} remove 3-1`, icorOrganizer)), /numbers to remove .* 3 5 8-12/);
		assert.match(text(await say(t.core, `/draft ${id} remove 2 two`, icorOrganizer)), /numbers to remove/);
		assert.match(text(await say(t.core, `/draft ${id} remove`, icorOrganizer)), /numbers to remove/);
		assert.match(text(await say(t.core, `/draft ${id} remove 0-2`, icorOrganizer)), /no signatory 0/);
		assert.deepEqual(await names(), before);
	});

	it("adds one signatory per line, in order, each audited, the first on the command's line or the next", async () => {
		assert.match(
			text(await say(t.core, `/draft ${id} add\nFrente Sur; -; Chile\nColectivo Este`, icorOrganizer)),
			/Added 2: Frente Sur, Colectivo Este\./,
		);
		await t.reset();
		await say(t.core, `/import icor ${pasted}`, icorOrganizer);
		const reply = text(
			await say(
				t.core,
				`/draft ${id} add Frente Norte; FN; Bolivia\n\nColectivo Andino; -; Peru\nAna Gómez`,
				icorOrganizer,
			),
		);
		assert.match(reply, /Added 3: Frente Norte, Colectivo Andino, Ana Gómez\./);
		assert.deepEqual(await names(), [
			["Red Dawn", "Miners Union", "Ana Pérez"],
			["Colectivo Sur", "Frente Norte", "Colectivo Andino", "Ana Gómez"],
		]);
		const added = (await t.statements.get(id))?.sections[1]?.signatories[2];
		assert.deepEqual([added?.abbreviation, added?.country], [undefined, "PE"]);
		const audit = (await t.adherences.audit(id)).filter((entry) => entry.action === "draft-add");
		assert.equal(audit.length, 3);
		assert.equal((audit[2]?.after as { name?: string } | undefined)?.name, "Ana Gómez");
	});

	it("adds nothing when one line is refused, and names that line", async () => {
		const before = await names();
		const reply = text(
			await say(t.core, `/draft ${id} add Frente Norte; FN; Bolivia\n@everyone; -; Chile`, icorOrganizer),
		);
		assert.match(reply, /^In line 2 of the signatories: .*@mentions.* Nothing was added\.$/);
		assert.match(
			text(await say(t.core, `/draft ${id} add A; B; C; D\nFrente Norte`, icorOrganizer)),
			/^In line 1 of the signatories: /,
		);
		// Typed from the line after the command, as a chat's message of several lines is: counted the same way.
		assert.match(
			text(await say(t.core, `/draft ${id} add\nFrente Norte\n\n@everyone`, icorOrganizer)),
			/^In line 2 of the signatories: /,
		);
		assert.deepEqual(await names(), before);
	});

	it("takes a long list at once, and refuses a bad list whole, whatever its size", async () => {
		const count = async () => (await names()).flat().length;
		const many = Array.from({ length: 150 }, (_, index) => `Sindicato ${index + 1}; -; Peru`).join("\n");
		assert.match(
			text(await say(t.core, `/draft ${id} add\n${many}`, icorOrganizer)),
			/Added 150: Sindicato 1, Sindicato 2, Sindicato 3, Sindicato 4, Sindicato 5 and 145 more\./,
		);
		assert.equal(await count(), 154);
		assert.match(
			text(await say(t.core, `/draft ${id} remove 1-9999999`, icorOrganizer)),
			/no signatory 9999999 .* it has 154/,
		);
		const hostile = `${many}\nFrente \u202eNorte; -; Chile`;
		assert.match(
			text(await say(t.core, `/draft ${id} add ${hostile}`, icorOrganizer)),
			/^In line 151 of the signatories: /,
		);
		assert.equal(await count(), 154, "nothing of the refused list was added");
		assert.match(
			text(await say(t.core, `/draft ${id} remove 5-154`, icorOrganizer)),
			/Removed 150: Sindicato 1, .* and 145 more\./,
		);
		assert.deepEqual(await names(), [["Red Dawn", "Miners Union", "Ana Pérez"], ["Colectivo Sur"]]);
	});

	it("answers in Spanish", async () => {
		const spanish = { ...icorOrganizer, userLocale: "es-419" };
		assert.match(text(await say(t.core, `/borrador ${id} quitar 1`, spanish)), /Quitado: Red Dawn/);
		assert.match(text(await say(t.core, `/draft ${id} remove 99`, spanish)), /No hay firmante 99/);
		assert.match(
			text(await say(t.core, `/borrador ${id} quitar 1 2`, spanish)),
			/Quitados 2: Miners Union, Ana Pérez\./,
		);
		assert.match(
			text(await say(t.core, `/borrador ${id} agregar Frente Norte\nOk\u200b; -; Peru`, spanish)),
			/^En la línea 2 de los firmantes: .* No se agregó nada\.$/,
		);
	});
});
