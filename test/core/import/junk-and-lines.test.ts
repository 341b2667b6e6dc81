import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importStatement } from "../../../src/core/import/import-statement.js";
import { isJunkLine } from "../../../src/core/import/junk-lines.js";
import { splitSignatoryEntry } from "../../../src/core/import/signatory-entry.js";
import { parseSignatory } from "../../../src/core/import/signatory-line.js";

describe("junk around the text", () => {
	it("drops recognized page furniture", () => {
		for (const line of [
			"Skip to content. | Skip to navigation",
			"Document Actions",
			"Personal tools",
			"You are here: Home / 2023 / Solidarity",
			"chevron-up sitemap chevron-up2 youtube share-alt chevron-down share mail download home",
			"1,234 views",
			"Posted on March 3, 2021",
			"Share this:",
			"Compartir",
			"__________",
		])
			assert.ok(isJunkLine(line), line);
		assert.ok(!isJunkLine("Red Muqui"));
		assert.ok(!isJunkLine("Global Exchange"));
	});

	it("drops download boxes, photo credits, footers, cookie banners, addresses and contact lines", () => {
		for (const line of [
			"Communique-commun-des-URIF-5-decembre-2019.pdf",
			"162.1 KiB",
			"Détails",
			"Antonioni Cassara/Mídia Ninja",
			"Like Loading...",
			"Newer Post Older Post Home",
			"Publicado por Juan Pérez en 10:15",
			"María López dijo...",
			"Impressum",
			"Diese Website verwendet Cookies. Mehr erfahren",
			"21 ter rue Voltaire, 75011 Paris",
			"Via Roma 1, 20100 Milano",
			"12 High Street, London EC1 1AA",
			"P.IVA 01234567890",
			"Koordinierungsgruppe des InterBündnis: info@inter-buendnis.de",
			"Contacto de prensa: Juan García, 600 123 456",
			"Email*",
			"Prénom",
			"Absenden",
			"Add your name",
			"Jetzt unterzeichnen",
			"I agree to the privacy policy",
			"Télécharger la déclaration (PDF, 120 Ko)",
			"Erklärung als PDF herunterladen",
			"Más firmas en construcción.",
			"(More signatures to follow)",
			"* Organisations listed for identification purposes only.",
			"(Stand: 3. März 2023)",
			"Fuente: Agencia Paco Urondo",
			"Quelle: epd",
			"Escrito por Redacción",
			"Edição: Maria Silva",
			"A cura della redazione",
			"Crédit photo : Jean Dupont",
			"Foto di Mario Rossi",
			"Tópicos: greve, professores",
			"Compartí esta nota",
			"Labels: nurses, strike, unions",
			"Kategorie: Gewerkschaft",
			"► 2023 (12)",
			"März 2023",
			"View my complete profile",
			"Antwort abbrechen",
			"Home > News > Politics",
			"Listen to this article",
			"Nurses on a picket line in Leeds. Photograph: Jane Doe/PA",
			"Des infirmières en grève à Lyon. © AFP",
			"... and 345 more",
			"Y 345 firmas más.",
			"Total: 548 signatures",
			"Voir la liste complète des signataires",
			"Posted in Education, Universities | 3 Comments",
			"March 5, 2023 at 9:12 am",
			"12 de marzo de 2023 a las 10:20",
			"Log in to Reply",
			"Condividi su Facebook",
			"Logged",
			"Posts: 1234",
			"Hero Member",
			"Read this statement in: Español | Français | Português",
			"FRANÇAIS",
			"Send to a friend",
			"Font size: A A A",
			"Translate »",
			"Back to top ↑",
			"cc: Prime Minister Jane Roe",
			"c.c.: Presidencia del Gobierno",
			"Copie à : Madame la Première ministre",
			"Enclosure: list of dismissed workers",
			"Riproduzione riservata",
			"Síguenos en redes sociales",
			"Recibe las noticias en WhatsApp",
			"Assine a newsletter",
		])
			assert.ok(isJunkLine(line), line);
		for (const line of [
			"Unite the Union/GMB",
			"Centre Avec",
			"Union syndicale Solidaires",
			"Coalition of Labor Union Women (resolution—PDF)",
			"Maria Rossi/CGIL",
			"ver.di Landesliste Berlin",
			"* Amnesty International",
			"CC OO Madrid",
		])
			assert.ok(!isJunkLine(line), line);
	});

	it("ends a list at the furniture after it, and takes no sponsor, quoted person or demand for a signer", () => {
		const page = [
			"Open letter: Stop the evictions",
			"",
			"We, the undersigned organizations, call on the council to stop the evictions in Leeds now.",
			"Our demands:",
			"1. An immediate end to all evictions",
			"2. Rehousing for every family",
			"",
			"Signatories:",
			"Amnesty International",
			"Greenpeace UK",
			"FIOM CGIL",
			"ARCI Milano",
			"With the support of the Rosa Luxemburg Foundation",
			'Jane Doe, Leeds Tenants Union, said: "We will not be moved."',
			"Jane Doe is the housing correspondent of the Leeds Echo.",
			"",
			"Share this:",
			"Twitter",
			"Like Loading...",
			"",
			"Related",
			"Unions march against cuts",
			"",
			"12 thoughts on “Stop the evictions”",
			"Mary Jones",
			"Great letter!",
		].join("\n");
		assert.deepEqual(
			importStatement(page).sections.flatMap((section) => section.signatories.map((signatory) => signatory.name)),
			["Amnesty International", "Greenpeace UK", "FIOM CGIL", "ARCI Milano"],
		);
	});

	it("takes the list the text announces, not the headlines, menu or comments printed after it", () => {
		const names = (text: string) =>
			importStatement(text).sections.flatMap((section) => section.signatories.map((signatory) => signatory.name));
		const letter = [
			"Open letter to the minister",
			"",
			"We, the undersigned, urge the minister to withdraw the bill, which threatens the right to protest in this country.",
			"",
			"Liberty",
			"Amnesty International UK",
			"Friends of the Earth",
			"",
			"This letter was delivered to the Home Office on 3 March. The minister has not yet replied. Campaigners say they will keep up the pressure until the bill is dropped.",
			"",
		];
		const expected = ["Liberty", "Amnesty International UK", "Friends of the Earth"];
		assert.deepEqual(
			names(
				[
					...letter,
					"Protest Bill Passes Second Reading",
					"Police Powers Under Scrutiny",
					"Campaigners Plan Weekend Rally",
				].join("\n"),
			),
			expected,
		);
		assert.deepEqual(names([...letter, "Home", "About", "Campaigns", "Get involved", "Donate"].join("\n")), expected);
		assert.deepEqual(
			names([...letter.slice(0, 8), "Comments", "Mike Jones", "3 March 2023", "Well said."].join("\n")),
			expected,
		);
		assert.deepEqual(
			names([...letter.slice(0, 8), "Richard Green", "March 5, 2023 at 9:12 am", "Excellent letter."].join("\n")),
			expected,
		);
		assert.deepEqual(
			names(
				[
					...letter.slice(0, 8),
					"Reply #1 on: September 25, 2024, 10:15:02 AM",
					"Quote from: bluecollar on September 25, 2024, 09:58:11 AM",
					"That is big news.",
					"bluecollar",
					"Good for them",
				].join("\n"),
			),
			expected,
		);
		assert.deepEqual(
			names(
				[
					"Solidarity statement",
					"",
					"We, the undersigned organizations, demand:",
					"- an end to the blockade",
					"- the release of all prisoners",
					"- free elections now",
					"",
					"We will keep campaigning until these demands are met, together with our members across the country.",
					"",
					"Friends of the Earth",
					"War on Want",
					"Global Justice Now",
					"Berlin, im März 2023",
				].join("\n"),
			),
			["Friends of the Earth", "War on Want", "Global Justice Now"],
		);
	});

	it("ends a list in a sentence where the sentence's verb comes back: the people after it are addressed", () => {
		const names = (sentence: string) =>
			importStatement(`Unions write to the government\n\n${sentence}`).sections.flatMap((section) =>
				section.signatories.map((signatory) => signatory.name),
			);
		assert.deepEqual(
			names(
				"The letter, signed by Unite, the GMB and Unison, was sent to Prime Minister Rishi Sunak and Health Secretary Steve Barclay on Monday.",
			),
			["Unite", "GMB", "Unison"],
		);
		assert.deepEqual(
			names("La carta, firmada por CCOO, UGT y CSIF, fue enviada al presidente Pedro Sánchez el lunes."),
			["CCOO", "UGT", "CSIF"],
		);
		assert.deepEqual(
			names("A carta, assinada pela CUT, pela Força Sindical e pela UGT, foi enviada ao presidente Lula."),
			["CUT", "Força Sindical", "UGT"],
		);
	});

	it("reads the signers a news item names after 'among the signatories', and none it says did not sign", () => {
		const draft = importStatement(
			[
				"Writers sign letter against censorship",
				"",
				"More than 200 writers have signed an open letter against censorship. Among the signatories are the novelist Zadie Smith, the poet Carol Ann Duffy and Philip Pullman, former president of the Society of Authors. Others, such as Martin Amis and Ian McEwan, declined to sign.",
			].join("\n"),
		);
		assert.equal(draft.title, "Writers sign letter against censorship");
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name)),
			["Zadie Smith", "Carol Ann Duffy", "Philip Pullman"],
		);
		const already = importStatement(
			"Carta em defesa da democracia\n\nJá assinaram, por exemplo, a presidenta da Academia Brasileira de Letras, Nélida Piñon, e a atriz Fernanda Montenegro.",
		);
		assert.deepEqual(
			already.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name)),
			["Nélida Piñon", "Fernanda Montenegro"],
		);
	});

	it("takes a motion's resolutions and a call's reasons for text, not for signatories", () => {
		const names = (text: string) =>
			importStatement(text).sections.flatMap((section) => section.signatories.map((signatory) => signatory.name));
		assert.deepEqual(
			names(
				[
					"Motion on the Acme dispute",
					"",
					"This branch notes the dismissal of twelve union members at Acme and believes it is an attack on all workers.",
					"",
					"This branch resolves:",
					"1. To support the strike.",
					"2. To donate £500 to the strike fund.",
					"3. To invite a striker to speak at our next meeting.",
					"",
					"Carried unanimously",
				].join("\n"),
			),
			[],
		);
		assert.deepEqual(
			names(
				[
					"Appel à la grève",
					"",
					"Face à la réforme, nous appelons à la grève le 12 mars.",
					"",
					"Parce que la réforme est injuste.",
					"Parce que les salaires stagnent.",
					"Parce que nos services publics souffrent.",
					"",
					"Attac France",
					"CGT",
					"FSU",
				].join("\n"),
			),
			["Attac France", "CGT", "FSU"],
		);
	});

	it("reads a campaign page's list, not its menu's link to it, and a table's rows as one entry each", () => {
		const draft = importStatement(
			[
				"Stop the Deportations",
				"Home",
				"The letter",
				"Signatories",
				"Sign",
				"Contact",
				"",
				"Open letter to the Home Secretary",
				"",
				"We, the undersigned organisations, call on the Home Secretary to halt the deportation flights immediately.",
				"",
				"Signatories",
				"Name | Organisation | Country",
				"Jane Smith | Unison | UK",
				"Marie Dubois | CGT | France",
			].join("\n"),
		);
		assert.deepEqual(
			draft.sections.flatMap((section) =>
				section.signatories.map((signatory) => [signatory.name, signatory.organization, signatory.country]),
			),
			[
				["Jane Smith", "Unison", "UK"],
				["Marie Dubois", "CGT", "France"],
			],
		);
	});

	it("takes short lines above a heading, with no prose, for the page's subtitle, not for a list", () => {
		const draft = importStatement(
			[
				"Joint statement on Gaza",
				"Trade unions call for a ceasefire",
				"Published by the TUC",
				"",
				"Signatories:",
				"TUC",
				"Unite",
				"Unison",
			].join("\n"),
		);
		assert.deepEqual(
			draft.sections.map((section) => section.signatories.map((signatory) => signatory.name)),
			[["TUC", "Unite", "Unison"]],
		);
	});

	it("reads a letter's signature over its role line, not its copies, enclosure or postscript", () => {
		const draft = importStatement(
			[
				"Letter to the Minister of Labour",
				"",
				"Dear Minister,",
				"",
				"We write to urge you to reinstate the dismissed workers at the port and to open negotiations with their union without delay.",
				"",
				"Sincerely,",
				"",
				"Maria Lopez",
				"General Secretary, Dockworkers Union",
				"",
				"cc: Prime Minister Jane Roe",
				"Enclosure: list of dismissed workers",
				"P.S. We would welcome a meeting at your earliest convenience.",
			].join("\n"),
		);
		assert.deepEqual(
			draft.sections.flatMap((section) =>
				section.signatories.map((signatory) => [signatory.name, signatory.title, signatory.organization]),
			),
			[["Maria Lopez", "General Secretary", "Dockworkers Union"]],
		);
	});

	it("reads bodies one per line as bodies, not as a name over its roles", () => {
		const draft = importStatement(
			[
				"Déclaration commune",
				"",
				"Nous défendons le droit de grève et appelons à la mobilisation de toutes et tous partout en France.",
				"",
				"Signataires :",
				"Attac France",
				"Ligue des droits de l'Homme",
				"Fondation Copernic",
			].join("\n"),
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((signatory) => [signatory.name, signatory.kind])),
			[
				["Attac France", "organization"],
				["Ligue des droits de l'Homme", "organization"],
				["Fondation Copernic", "organization"],
			],
		);
	});

	it("lists what is neither body nor signatory under unrecognized, and keeps junk out of both", () => {
		const draft = importStatement(
			[
				"Skip to content",
				"Solidarity with the dockers",
				"",
				"We, the undersigned organizations, stand with the striking dockers and demand that the dismissals be withdrawn at once.",
				"",
				"Signatories:",
				"1. Union of Dockworkers, Chile",
				"2. Red de Solidaridad (RDS), Perú",
				"3. https://example.org/sign",
				"4. Comité de soutien, France",
				"Share this:",
			].join("\n"),
		);
		assert.deepEqual(
			draft.sections.map((section) => section.signatories.map((signatory) => signatory.name)),
			[["Union of Dockworkers", "Red de Solidaridad", "Comité de soutien"]],
		);
		assert.deepEqual(draft.unrecognized, ["3. https://example.org/sign"]);
		assert.doesNotMatch(draft.body, /Skip to content|Share this/);
	});
});

describe("signatory lines", () => {
	it("reads the printed forms", () => {
		const read = (line: string) => {
			const signatory = parseSignatory(line);
			return [signatory?.name, signatory?.abbreviation, signatory?.country, signatory?.kind];
		};
		assert.deepEqual(read("12. PML Peru".replace(/^12\. /, "")), ["PML", null, "Peru", "organization"]);
		assert.deepEqual(read("Global Justice Now, United Kingdom"), [
			"Global Justice Now",
			null,
			"United Kingdom",
			"organization",
		]);
		assert.deepEqual(read("Water Protector Legal Collective (WPLC)"), [
			"Water Protector Legal Collective",
			"WPLC",
			null,
			"organization",
		]);
		assert.deepEqual(read("CBC – Centro Bartolomé de Las Casas"), [
			"Centro Bartolomé de Las Casas",
			"CBC",
			null,
			"organization",
		]);
		assert.deepEqual(read("Chile - Coordinadora de Derechos Humanos (CODEHU)"), [
			"Coordinadora de Derechos Humanos",
			"CODEHU",
			"Chile",
			"organization",
		]);
		assert.deepEqual(read("Colectivo Sur – Argentina"), ["Colectivo Sur", null, "Argentina", "organization"]);
		assert.deepEqual(read("Professor Gill H. Boehringer (Australia)"), [
			"Professor Gill H. Boehringer",
			null,
			"Australia",
			"individual",
		]);
	});

	it("splits many names on one line", () => {
		assert.deepEqual(splitSignatoryEntry("CGT; CTA; Barrios de Pie"), ["CGT", "CTA", "Barrios de Pie"]);
		assert.deepEqual(splitSignatoryEntry("ATTAC - CADTM - Amigos de la Tierra"), [
			"ATTAC",
			"CADTM",
			"Amigos de la Tierra",
		]);
		assert.deepEqual(splitSignatoryEntry("Oxfam, Greenpeace, Amnesty International"), [
			"Oxfam",
			"Greenpeace",
			"Amnesty International",
		]);
		assert.deepEqual(splitSignatoryEntry("TerraJusta, Bolivia/UK"), ["TerraJusta, Bolivia/UK"]);
	});

	it("joins a signature that takes two lines, a name then a role", () => {
		const draft = importStatement(
			[
				"Open letter on academic freedom",
				"",
				"We are writing to express our concern about the dismissal of our colleagues and ask the board to reverse it.",
				"",
				"Signed:",
				"Jane Roe",
				"Professor of Law, University of Toronto",
				"Juan Pérez",
				"Director, Centro de Estudios Legales",
				"Marie Dupont",
				"présidente de l'association Droits Devant",
			].join("\n"),
		);
		const list = draft.sections[0]?.signatories ?? [];
		assert.deepEqual(
			list.map((signatory) => [signatory.name, signatory.kind, signatory.role]),
			[
				["Jane Roe", "individual", "Professor of Law, University of Toronto"],
				["Juan Pérez", "individual", "Director, Centro de Estudios Legales"],
				["Marie Dupont", "individual", "présidente de l'association Droits Devant"],
			],
		);
	});

	it("reads section headings in four languages", () => {
		for (const heading of ["Firman:", "Signataires :", "Assinam:", "Subsequent signatories:"]) {
			const draft = importStatement(
				`Title\n\nA long enough paragraph of the statement that says what the signatories demand from the government.\n\n${heading}\nRed Nacional de Mujeres\nColectivo Sur\nAssociation Droit au Logement`,
			);
			assert.equal(draft.sections[0]?.heading, heading);
			assert.equal(draft.sections[0]?.signatories.length, 3);
		}
	});

	it("reads a text with no signatories as a draft with none", () => {
		const draft = importStatement(
			"A call for a day of action\n\nWe call on all unions to join the day of action on 1 May 2024 and to organize meetings in every workplace.",
		);
		assert.deepEqual(draft.sections, []);
		assert.equal(draft.date, null);
	});
});
