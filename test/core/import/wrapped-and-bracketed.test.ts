import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hardWrappedLines } from "../../../src/core/import/hard-wrap.js";
import { importStatement } from "../../../src/core/import/import-statement.js";

const signatories = (text: string) => importStatement(text).sections.flatMap((section) => section.signatories);

// Texts written by hand in the shapes of plain-text copies: an e-mail or a narrow column that broke every paragraph
// at the same width, and a news sentence whose last signer carries a place in brackets.
describe("a paragraph hard-wrapped at a column", () => {
	const text =
		"The Guardian March 3, 2003\n\nCity unions oppose the war\n\n" +
		"A statement opposing the war has been signed by 80 union members in their \n" +
		"individual capacities. Among them were five union presidents: Ruth Okafor, \n" +
		"Transit Workers Union Local 9; Daniel Weiss, Hospital Staff Association of \n" +
		"Kings County; Ellen Marsh, Graphic Artists Guild; Omar Haddad, Municipal \n" +
		"Clerks Union; and Petra Lindqvist, Library Guild.\n\n" +
		"They have formed a coalition and adopted the following principles.\n";

	it("reads a signer whose name or body the column broke as one signer", () => {
		assert.deepEqual(
			signatories(text).map((signatory) => [signatory.name, signatory.organization]),
			[
				["Ruth Okafor", "Transit Workers Union Local 9"],
				["Daniel Weiss", "Hospital Staff Association of Kings County"],
				["Ellen Marsh", "Graphic Artists Guild"],
				["Omar Haddad", "Municipal Clerks Union"],
				["Petra Lindqvist", "Library Guild"],
			],
		);
	});

	it("leaves a list of long entries, one a line, as a line each", () => {
		const names = signatories(
			"Open letter on the closure of the libraries\n\nWe ask the council to keep every library open.\n\nSigned:\n" +
				"Margaret Ellison, Professor of Social History, University of Leeds, UK\n" +
				"Tomasz Wierzbicki, Senior Lecturer in Economics, University of York, UK\n" +
				"Amina Diallo, Research Fellow in Urban Studies, University of Bristol, UK\n" +
				"Hugh Pemberton, Reader in Modern Literature, University of Sheffield, UK\n",
		).map((signatory) => signatory.name);
		assert.deepEqual(names, ["Margaret Ellison", "Tomasz Wierzbicki", "Amina Diallo", "Hugh Pemberton"]);
	});
});

describe("a signer's place in brackets at the end of a sentence", () => {
	it("keeps the bracket of the last signer whole", () => {
		const found = signatories(
			"Appel des maires\n\nLa tribune est signée par Anne Roux (Lyon), Paul Mercier (Brest) et Jeanne Petit (Saint-Malo).\n",
		);
		assert.deepEqual(
			found.map((signatory) => signatory.name),
			["Anne Roux", "Paul Mercier", "Jeanne Petit"],
		);
		assert.match(found[2]?.asWritten ?? "", /\(Saint-Malo\)$/);
	});
});

describe("a person printed with an article before their title", () => {
	it("reads 'el Dr. Name, Cargo' as that person with the title, the last one after 'y el Dr.' too", () => {
		const found = signatories(
			"Solidaridad con la universidad\n\nFirman: el Dr. Tomás Ugarte Peña, Rector de la Universidad del Norte; la Dra. Inés Maldonado Ruiz, Rectora de la Universidad del Sur; el Ing. Pablo Arce Lima, Director del Instituto Tecnológico del Valle y el Dr. Mateo Quiroga, Rector de la Universidad de la Costa.\n",
		);
		assert.deepEqual(
			found.map((signatory) => [signatory.name, signatory.kind, signatory.organization]),
			[
				["Tomás Ugarte Peña", "individual", "Universidad del Norte"],
				["Inés Maldonado Ruiz", "individual", "Universidad del Sur"],
				["Pablo Arce Lima", "individual", "Instituto Tecnológico del Valle"],
				["Mateo Quiroga", "individual", "Universidad de la Costa"],
			],
		);
	});
});

describe("a numbered list of people with their department and university", () => {
	it("reads each numbered line as one person, the rest of the line as where they work", () => {
		const found = signatories(
			"Add us to the list\n\nWe, the undersigned faculty, ask to be added to the list.\n\n1. Miriam Okonkwo, Psychology, University of Leeds\n2. Pieter van Dam, Comparative Literature and Poetics, Utrecht University\n3. Lucía Ferrer, Gender, Race, and Sexuality Studies, University of Granada\n",
		);
		assert.deepEqual(
			found.map((signatory) => [signatory.name, signatory.kind]),
			[
				["Miriam Okonkwo", "individual"],
				["Pieter van Dam", "individual"],
				["Lucía Ferrer", "individual"],
			],
		);
		assert.match(found[2]?.organization ?? found[2]?.title ?? "", /University of Granada/);
	});
});

describe("a long run of names in a text that prints no list", () => {
	it("reads five or more names in a row as the signers, though no word of signing stands beside them", () => {
		const names = signatories(
			"Memorando de la oposición\n\nReunidos el 5 de mayo en Lima, el Frente Amplio Popular, el Partido Verde Ecologista, la Unión Cívica Nacional, el Movimiento Al Futuro y la Alianza Democrática Campesina presentaron ayer un memorando al gobierno.\n\nEl texto denuncia violaciones de la Constitución.\n",
		).map((signatory) => signatory.name);
		assert.deepEqual(names, [
			"Frente Amplio Popular",
			"Partido Verde Ecologista",
			"Unión Cívica Nacional",
			"Movimiento Al Futuro",
			"Alianza Democrática Campesina",
		]);
	});

	it("reads no signers from four names in a row with no word of signing", () => {
		const names = signatories(
			"Memorando de la oposición\n\nReunidos el 5 de mayo en Lima, el Frente Amplio Popular, el Partido Verde Ecologista, la Unión Cívica Nacional y el Movimiento Al Futuro presentaron ayer un memorando al gobierno.\n\nEl texto denuncia violaciones de la Constitución.\n",
		).map((signatory) => signatory.name);
		assert.deepEqual(names, []);
	});
});

describe("a letter's place and day with no year", () => {
	it("takes 'Brussels, 24 February' for a dateline, not a signer, under the addressee", () => {
		const draft = importStatement(
			"Solidarity With the Workers of Chile\n\nThe letter of solidarity from the General Secretaries of the two confederations.\n\nTo Chilean Trade Union Leaders\n\nBrussels, 24 February\n\nSolidarity With the Workers of Chile\n\nDear Brothers and Sisters,\n\nWe have been watching with anger and great sadness the events in Chile, and we stand with you.\n\nYours in solidarity,\n\nMaria Lindqvist\nGeneral Secretary\n",
		);
		const names = draft.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name));
		assert.ok(!names.includes("Brussels, 24 February"), names.join(" | "));
		assert.ok(names.includes("Maria Lindqvist"), names.join(" | "));
	});
});

describe("signatures side by side, with names the given-name table does not know", () => {
	it("reads names over a row of offices in the same columns as people with those offices", () => {
		const draft = importStatement(
			"Solidaritätsadresse an die Kolleginnen und Kollegen\n\nWir stehen an eurer Seite und wünschen euch für den Streik jeden denkbaren Erfolg, liebe Kolleginnen und Kollegen.\n\nMit kollegialen Grüßen,\n\n" +
				"Swantje Oltmanns                      Yiğit Karabulut                            Uwe Brandl\n" +
				"BR-Vorsitzende                        stellv. BR-Vorsitzender                       Sprecher des Vertrauenskörpers\n\nDruckansicht\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) =>
				section.signatories.map((signatory) => [signatory.name, signatory.kind, signatory.title]),
			),
			[
				["Swantje Oltmanns", "individual", "BR-Vorsitzende"],
				["Yiğit Karabulut", "individual", "stellv. BR-Vorsitzender"],
				["Uwe Brandl", "individual", "Sprecher"],
			],
		);
		assert.equal(draft.accounting.find((line) => line.text === "Druckansicht")?.as, "furniture");
	});
});

describe("a list of a hundred and thirty thousand lines in one block", () => {
	it("is measured for hard wrapping without overflowing the call stack", () => {
		const lines = Array.from({ length: 130_000 }, (_, index) => `Union number ${index}`);
		assert.equal(hardWrappedLines(lines).size, 0);
	});
});
