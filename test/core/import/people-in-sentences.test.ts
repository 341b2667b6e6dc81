import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importStatement } from "../../../src/core/import/import-statement.js";

// A list flattened into one paragraph, a person and their role to each sentence, as blogs repost signatures; the
// texts are written by hand in that shape.
describe("people listed one sentence each", () => {
	const text =
		"Marta Quintela, jornalista e escritora. Rui Pedrosa, ator. Joana Vasconcelos Lima, produtora cultural. Tiago Ferraz, sociólogo, professor universitário UFBA. Helena Bastos, cineasta. Zé de Almeida, músico. E outros...\n" +
		"CARTA ABERTA AOS MINISTROS\n" +
		"Somos contra a transformação do julgamento em espetáculo. Nós, abaixo assinados, confiamos que os ministros saberão conduzir o julgamento até o fim.\n";

	it("reads the paragraph before the title as the signers, with each one's role", () => {
		const draft = importStatement(text);
		const people = draft.sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Marta Quintela", "individual"],
				["Rui Pedrosa", "individual"],
				["Joana Vasconcelos Lima", "individual"],
				["Tiago Ferraz", "individual"],
				["Helena Bastos", "individual"],
				["Zé de Almeida", "individual"],
			],
		);
		assert.equal(people[0]?.title, "jornalista e escritora");
		assert.equal(people[5]?.title, "músico");
	});

	it("keeps the title line under the paragraph as the title, not a signer, and no capital word of it as issuer", () => {
		const draft = importStatement(text);
		assert.equal(draft.title, "CARTA ABERTA AOS MINISTROS");
		assert.equal(draft.issuer, "Marta Quintela");
		assert.equal(draft.accounting.find((line) => line.text === "CARTA ABERTA AOS MINISTROS")?.as, "header");
	});

	it("leaves a paragraph of prose whose sentences open with names as prose", () => {
		const draft = importStatement(
			"Carta aberta\n\nO documento foi lido em Brasília. Maria Souza, a relatora, abriu a sessão com um longo discurso sobre a democracia. Pedro Alves, em seguida, respondeu. Nós, abaixo assinados, pedimos justiça.\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name)),
			[],
		);
	});
});
