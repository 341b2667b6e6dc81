import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importStatement } from "../../../src/core/import/import-statement.js";
import { junkRule } from "../../../src/core/import/junk-lines.js";
import { splitPersonRole, takePersonTitles } from "../../../src/core/import/person-role.js";
import { signersInSentence } from "../../../src/core/import/sentence-list.js";

const names = (text: string) =>
	importStatement(text).sections.flatMap((section) => section.signatories.map((signatory) => signatory.name));

describe("people signing with their role", () => {
	it("takes titles off the name and splits a role into function and organization", () => {
		assert.deepEqual(takePersonTitles("Prof. Dr. Gerhard Bäcker"), { name: "Gerhard Bäcker", titles: ["Prof. Dr."] });
		assert.deepEqual(takePersonTitles("Diane Abbott MP"), { name: "Diane Abbott", titles: ["MP"] });
		assert.deepEqual(splitPersonRole("président des Amis de la Terre France"), {
			title: "président",
			organization: "Amis de la Terre France",
		});
		assert.deepEqual(splitPersonRole("Universität Duisburg-Essen", ["Prof. Dr."]), {
			title: "Prof. Dr.",
			organization: "Universität Duisburg-Essen",
		});
	});

	it("reads a name line and its role line as one person", () => {
		const draft = importStatement(
			"Appeal\n\nWe call on the government to stop the repression of the students and release them now.\n\nPrime firme:\n\nDr. Maha Abdelrahman\nUniversity of Cambridge\n\nProf. Gilbert Achcar\nSOAS University of London\n\nDr. Enam Al-Wer\nUniversity of Essex\n",
		);
		const people = draft.sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind, person.title, person.organization]),
			[
				["Maha Abdelrahman", "individual", "Dr.", "University of Cambridge"],
				["Gilbert Achcar", "individual", "Prof.", "SOAS University of London"],
				["Enam Al-Wer", "individual", "Dr.", "University of Essex"],
			],
		);
	});
});

describe("signers named in a sentence", () => {
	it("finds the list after the words that introduce it, up to the end of the sentence", () => {
		assert.deepEqual(
			signersInSentence(
				"La nota è firmata da tutti i componenti della segreteria nazionale: Susanna Camusso, Nino Baseotto, Vincenzo Colla. Leggi qui la nota integrale!",
			),
			["Susanna Camusso", "Nino Baseotto", "Vincenzo Colla"],
		);
		assert.deepEqual(
			signersInSentence(
				"Entre los firmantes están el escritor José Luis Sampedro, el economista Pedro Montes o el presidente de la Fundación Cultura de Paz, Federico Mayor Zaragoza.",
			),
			[
				"José Luis Sampedro, escritor",
				"Pedro Montes, economista",
				"Federico Mayor Zaragoza, presidente de la Fundación Cultura de Paz",
			],
		);
		assert.equal(signersInSentence("We signed the lease in May and moved in the week after."), undefined);
	});

	it("adds them to the draft as people where no list is printed, and takes a printed list over its introduction", () => {
		const prose =
			"Statement\n\nThe statement, signed by Susanna Camusso, Nino Baseotto and Vincenzo Colla, asks the government to act.\n";
		assert.deepEqual(names(prose), ["Susanna Camusso", "Nino Baseotto", "Vincenzo Colla"]);
		// The corpus's convention (test/fixtures/import/README.md): where the text prints a list, the list is the
		// signatories, and a signer named in the introduction and again in the list is counted once.
		const listed = `${prose}\nSignatories:\nSusanna Camusso\nNino Baseotto\n`;
		assert.deepEqual(names(listed), ["Susanna Camusso", "Nino Baseotto"]);
	});
});

describe("nothing silently lost", () => {
	it("says which rule dropped a line of page furniture", () => {
		assert.equal(junkRule("Hide AdAdvertisement"), "ad-slot");
		assert.equal(junkRule("Annette said:"), "comment-author");
		assert.equal(junkRule("Sign the petition of Confidence in Jeremy Corbyn here"), "call-to-action");
		assert.equal(junkRule("Susanna Camusso"), null);
	});

	it("shows candidate lines when a sign-on text yields no list", () => {
		const draft = importStatement(
			"Open letter\n\nWe, the undersigned, ask the council to keep the library open for everyone who needs it every day.\n\nMaria Lopez — Greenfield\n",
		);
		if (draft.sections.length === 0) assert.ok(draft.missingList && draft.missingList.candidates.length > 0);
		else assert.equal(draft.missingList, null);
		const none = importStatement(
			"Open letter\n\nWe, the undersigned, ask the council to keep the library open for everyone who needs it every day of the week.\n",
		);
		assert.deepEqual(none.sections, []);
		assert.notEqual(none.missingList, null);
	});

	it("joins a name a PDF broke over two lines", () => {
		assert.deepEqual(
			names(
				"Statement\n\nThe following collectives met to discuss the arrests of the activists and agreed to act together.\n\nFirman:\nAsamblea de Parados de\nFontarrón.\nCoordinadora Antifascista de\nMadrid.\nEspacio Independiente.\n",
			),
			["Asamblea de Parados de Fontarrón", "Coordinadora Antifascista de Madrid", "Espacio Independiente"],
		);
	});
});

describe("a person in lists and exports", () => {
	it("is listed as written: name, title, organization", async () => {
		const { signatoryLine } = await import("../../../src/core/statements/signatory-list.js");
		const { draftToStatement } = await import("../../../src/core/import/draft-to-statement.js");
		assert.equal(
			signatoryLine(
				{ name: "Benoit Teste", kind: "individual", title: "secrétaire général", organization: "FSU" },
				"en",
			),
			"Benoit Teste, secrétaire général, FSU",
		);
		const statement = draftToStatement(
			importStatement(
				"Tribune\n\nNous appelons toutes les forces progressistes à reconstruire ensemble un futur écologique et social.\n\nLes signataires :\n- Benoit Teste, secrétaire général de la FSU\n- Aurélie Trouvé, porte-parole d’Attac France\n- Eric Beynel, porte-parole de l’Union syndicale Solidaires\n",
			),
			"tribune",
			"icor",
		);
		const first = statement.sections[0]?.signatories[0];
		assert.equal(first?.kind, "individual");
		assert.equal(first?.title, "secrétaire général");
		assert.equal(first?.organization, "FSU");
	});
});

describe("the import summary", () => {
	it("says when a sign-on text gave no list, and shows the lines that may be it", async () => {
		const { draftSummaryLines } = await import("../../../src/core/import/draft-summary.js");
		const draft = importStatement(
			"Open letter\n\nWe, the undersigned, ask the council to keep the library open for everyone who needs it every day of the week.\n",
		);
		draft.missingList = { candidates: ["Maria Lopez — Greenfield"] };
		const lines = draftSummaryLines(draft);
		assert.ok(lines.includes("no signatory list found: the draft has the text only"));
		assert.ok(lines.includes("  Maria Lopez — Greenfield"));
	});
});
