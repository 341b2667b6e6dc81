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

describe("a heading and its list run on after the text, parted by slashes", () => {
	it("reads each 'Name - role' between the slashes as a person, under the heading the copy glued to the prose", () => {
		const draft = importStatement(
			'Contra a corrente\n\nNa próxima terça-feira pessoas de diversos quadrantes vão realizar um encontro em Lisboa contra as desigualdades. "É tempo de diálogo" afirmam os signatários.Signatários do APELO:Rosa Meireles - deputada e escritora / Vasco Pimentel - professor universitário / Luísa Tavares - médica / Henrique Sampaio – engenheiro / Olga Nogueira\n',
		);
		assert.deepEqual(
			draft.sections.map((section) => section.signatories.map((person) => [person.name, person.kind, person.title])),
			[
				[
					["Rosa Meireles", "individual", "deputada e escritora"],
					["Vasco Pimentel", "individual", "professor universitário"],
					["Luísa Tavares", "individual", "médica"],
					["Henrique Sampaio", "individual", "engenheiro"],
					["Olga Nogueira", "individual", null],
				],
			],
		);
		assert.match(draft.body, /afirmam os signatários\.$/, "the prose before the heading stays the text's");
	});
});

describe("bodies printed one per line between the title and the text", () => {
	it("reads four or more lines naming bodies, right before the first paragraph, as the signers", () => {
		const names = importStatement(
			"JOINT STATEMENT\n\nNorthern Tenants Federation\nCoalition of Migrant Domestic Workers\nRiverside Labor Council\nGreen Streets\n\nThe four organizations met on March 3 in Leeds during the annual assembly, and agreed on the following common position about housing and work.\n\nWe call on the council to act now.\n",
		).sections.flatMap((section) => section.signatories.map((signatory) => [signatory.name, signatory.kind]));
		assert.deepEqual(names, [
			["Northern Tenants Federation", "organization"],
			["Coalition of Migrant Domestic Workers", "organization"],
			["Riverside Labor Council", "organization"],
			["Green Streets", "organization"],
		]);
	});

	it("takes no headline naming a document for a signer, however many unions it names", () => {
		const names = importStatement(
			"Sunday, March 6, 2011\n\nJoint statement of the unions of 4 March\n\nJoint Declaration of the trade unions CGT, FSU, UNSA\nOriginal in French is available here\nTeachers Union statement of 4 March\n\nAfter several weeks of mobilization the unions note that the government has not answered their demands, and they call for a new day of action.\n",
		).sections.flatMap((section) => section.signatories.map((signatory) => signatory.name));
		assert.ok(
			!names.some((name) => /statement|Declaration/i.test(name)),
			`no headline read as a signer: ${names.join(" | ")}`,
		);
	});
});

describe("a one-line text, its title naming its signers", () => {
	it("reads the signers the title's sentence names, as a chat's /import sends it", () => {
		const names = importStatement(
			"Solidarity with Chile. Signed by: CUT (Chili), Confédération générale du travail – CGT (France)",
		).sections.flatMap((section) => section.signatories.map((signatory) => [signatory.name, signatory.country]));
		assert.deepEqual(names, [
			["CUT", "Chili"],
			["Confédération générale du travail", "France"],
		]);
	});
});
