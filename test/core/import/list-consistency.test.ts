import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findDate } from "../../../src/core/import/date-parse.js";
import { importStatement } from "../../../src/core/import/import-statement.js";
import { junkRule } from "../../../src/core/import/junk-lines.js";

const signatories = (text: string) => importStatement(text).sections.flatMap((section) => section.signatories);

describe("a list read as a whole, as a person copying it would", () => {
	it("reads a name the given-name table does not know like the 'name – university' lines around it", () => {
		const people = signatories(
			"Statement on academic freedom\n\nWe, the undersigned, believe that academics must be free to question received wisdom in and out of the classroom.\n\nSignatories:\n\n4. Valerie Amos – Royal Holloway\n3. Zorblax Quenthwick – University of Leeds\n2. Charlotte Tredgett – King’s College London\n1. Maria Jensen – University of Bristol\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Valerie Amos", "individual"],
				["Zorblax Quenthwick", "individual"],
				["Charlotte Tredgett", "individual"],
				["Maria Jensen", "individual"],
			],
		);
	});

	it("keeps an office after a comma with the name before it, however the office is capitalized", () => {
		const people = signatories(
			"Noi ex sindaci\n\nA firmare il comunicato sono Mario Rossi, ex Sindaco di Vallerana, Luca Bianchi, ex Sindaco di Poggiolo e Anna Verdi, ex Sindaco di Campobasso Alto. Secondo loro il nuovo comune deve cambiare.\n",
		);
		assert.deepEqual(
			people.map((person) => person.name),
			["Mario Rossi", "Luca Bianchi", "Anna Verdi"],
		);
	});

	it("ends a list run on after its heading where the links under it begin", () => {
		const names = signatories(
			"Aufruf: Rassismus entgegentreten\n\nWir fordern eine Politik, die Geflüchtete schützt und nicht zur Zielscheibe von Hetze macht.\nDen Aufruf haben erstellt: Amadeu Antonio Stiftung; Pro Asyl; Referat Migration beim Vorstand des DGB; Flüchtlingsrat Berlin e.V.\nZum Aufruf\nPressemitteilung zum Aufruf der Stiftung\nBericht zum Aufruf in der Tageszeitung\n",
		);
		assert.deepEqual(
			names.map((signatory) => [signatory.name, signatory.kind]),
			[
				["Amadeu Antonio Stiftung", "organization"],
				["Pro Asyl", "organization"],
				["Referat Migration beim Vorstand des DGB", "organization"],
				["Flüchtlingsrat Berlin e.V.", "organization"],
			],
		);
	});
});

describe("furniture and datelines of news pages", () => {
	it("drops a reporter's byline with the place written from, and the heading over a body's social accounts", () => {
		assert.equal(junkRule("Por Cristiane Agostine — De São Paulo"), "byline");
		assert.equal(junkRule("By Jo Quenthwick – From Leeds"), "byline");
		assert.equal(junkRule("O Núcleo do PT Lisboa nas redes sociais"), "follow-us");
		assert.equal(junkRule("Sindicato de Trabajadores de Chile"), null);
	});

	it("reads a date written month first with 'de' before the year", () => {
		assert.equal(findDate("Colina marzo 11 de 2018.-"), "2018-03-11");
		assert.equal(findDate("Santiago, abril 3 del 2019"), "2019-04-03");
	});
});

describe("signers named only in prose", () => {
	it("takes the run of names in the sentence that says who issued the text, when no list is printed", () => {
		const draft = importStatement(
			"Unions salute the strike\n\nThe following is the statement issued on 2 September by the central unions – NTUF, GWUC, SMWU, Dockers’ Federation of Kerala and PTU.\n\nIt has been an unprecedented strike of millions of workers in transport, oil, coal and power. We congratulate the workers for their response.\n",
		);
		const found = draft.sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			found.map((signatory) => signatory.name),
			["NTUF", "GWUC", "SMWU", "Dockers’ Federation of Kerala", "PTU"],
		);
		assert.ok(found.every((signatory) => signatory.doubts?.includes("guessed-split")));
	});

	it("pairs each person with the town printed after them, and takes no sentence's list of common nouns", () => {
		const mayors = importStatement(
			"Il appello dei sindaci\n\nL’appello è nato su impulso di alcuni sindaci promotori. Si tratta di Paolo Verdi, Lucca, Anna Neri, Pisa, Marco Gialli, Siena e Sara Blu, Arezzo.\n",
		).sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			mayors.map((signatory) => [signatory.name, signatory.country]),
			[
				["Paolo Verdi", "Lucca"],
				["Anna Neri", "Pisa"],
				["Marco Gialli", "Siena"],
				["Sara Blu", "Arezzo"],
			],
		);
		const nouns = importStatement(
			"Aufruf\n\nWir rufen zur Demonstration auf. Viele geben mehr als die Hälfte ihres Einkommens für Miete, Energie, Heizung und Lebensmittel aus.\n",
		);
		assert.deepEqual(
			nouns.sections.flatMap((section) => section.signatories),
			[],
		);
	});
});
