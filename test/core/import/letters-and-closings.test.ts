import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importStatement } from "../../../src/core/import/import-statement.js";
import { isJunkLine } from "../../../src/core/import/junk-lines.js";
import { parseSignatory } from "../../../src/core/import/signatory-line.js";

const names = (text: string) =>
	importStatement(text).sections.flatMap((section) => section.signatories.map((signatory) => signatory.name));

const prose =
	"We write to ask the council to withdraw the proposed cuts to the library service, which would close four branches and leave whole districts without a place to read.";

describe("letters, closings and what surrounds them", () => {
	it("drops a banner, the link back to an article and links to press releases", () => {
		for (const line of [
			"MOBILIZE                MOBILIZE               MOBILIZE",
			"Zurück zum Artikel",
			"Back to article",
			"top of page",
			"Pressemitteilung der Diakonie Deutschland",
			"Press release of the Trades Union Congress",
			"Copy link",
			"Copier le lien",
			"Guardar",
			"Écouter",
			"Voir plus",
			"Siguiente",
			"Chiudi",
			"Gesponsert",
			"@unitetheunion",
			"#NiUnaMenos #8M",
			"Twitter: @unitetheunion",
			"Ilustración: Juan Pérez",
			"(Europa Press)",
			"Agencia EFE",
			"Madrid, 3 mar (EFE).-",
			"Por Ana García",
			"Última actualización: 12.03.2023",
			"Lesezeit: 3 Minuten",
			"1.311 Pessoas",
			"1,234 signatures",
			"Reasons for signing",
			"Nome Comentário",
			"Media partner: The Guardian",
			"Design: Studio Blanco",
			"Photography by Jane Roe",
			"Printed by Rap Spiderweb Ltd",
			"With thanks to the Joseph Rowntree Charitable Trust",
			"Diseño: Ana Gil",
			"Invia per email",
			"Envoyer par mail",
			"Pin it",
			"Mots clés :",
		])
			assert.ok(isJunkLine(line), line);
		assert.ok(!isJunkLine("Ali Ali"));
		assert.ok(!isJunkLine("Más Madrid"));
		assert.ok(!isJunkLine("Human Rights Watch"));
		assert.ok(!isJunkLine("Por una Vivienda Digna"));
		for (const body of [
			"Design Museum",
			"Printed Matter Inc",
			"Translation Studies Network",
			"Diseño Social Colectivo",
		])
			assert.ok(!isJunkLine(body), body);
		assert.ok(!isJunkLine("Stand Up To Racism Leeds"));
		assert.ok(!isJunkLine("Presse- und Informationsdienst"));
	});

	it("takes no salutation, slogan in quotes or document heading for a signatory", () => {
		for (const line of [
			"Onorevole Signor Presidente del Consiglio,",
			"Sehr geehrter Herr Götz,",
			"Dear Senator,",
			"“LAVORO, DIGNITA’ UGUAGLIANZA PER CAMBIARE L’ITALIA”",
			"PETIZIONE A SOSTEGNO DELLA MANIFESTAZIONE CGIL DEL 25 OTTOBRE",
			'Aufruf "Für Solidarität und Zusammenhalt jetzt!"',
			"Open letter to the Prime Minister",
		])
			assert.equal(parseSignatory(line), undefined, line);
		assert.equal(parseSignatory("Manifesto Club")?.name, "Manifesto Club");
		assert.equal(parseSignatory("Carta Maior")?.name, "Carta Maior");
	});

	it("reads a name without the mark, possessive, article or quote printed around it", () => {
		assert.equal(parseSignatory("Sd/- K.K.N. Kutty")?.name, "K.K.N. Kutty");
		assert.equal(parseSignatory("gez. Erika Mustermann")?.name, "Erika Mustermann");
		assert.equal(parseSignatory("Jane D. London 3 days ago")?.name, "Jane D. London");
		const wallraff = parseSignatory('euer Günter Wallraff"');
		assert.equal(wallraff?.name, "Günter Wallraff");
		assert.equal(wallraff?.kind, "individual");
		assert.equal(parseSignatory("LA CGIL SICILIA")?.name, "CGIL SICILIA");
		assert.equal(parseSignatory("DIE LINKE")?.name, "DIE LINKE");
		assert.equal(parseSignatory("The Executive Committee")?.name, "The Executive Committee");
		assert.equal(parseSignatory("Il Segretario Generale"), undefined);
		assert.equal(parseSignatory("Cara Delevingne,")?.name, "Cara Delevingne");
		assert.equal(parseSignatory("Cari compagni,"), undefined);
		assert.equal(parseSignatory('Comité "Nunca Más"')?.name, 'Comité "Nunca Más"');
	});

	it("reads the names under a committee that signs as 'Your … Committee', not the closing or the committee", () => {
		const text = [
			prose,
			"",
			"In Unity,",
			"",
			"Your Bargaining Committee",
			"",
			"Ann Smith",
			"Raj Patel",
			"Mary Jones",
		].join("\n");
		const draft = importStatement(text);
		assert.deepEqual(names(text), ["Ann Smith", "Raj Patel", "Mary Jones"]);
		assert.equal(draft.sections[0]?.heading, "Your Bargaining Committee");
	});

	it("takes a closing message's links for furniture, not for a list", () => {
		const text = [
			"Aufruf zu Solidarität in Krisenzeiten",
			"",
			"Vertreter von Kirchen und Gewerkschaften haben einen Aufruf unterzeichnet, in dem sie ein zielgenaues Entlastungspaket für Haushalte mit kleinen Einkommen fordern.",
			"",
			'Aufruf "Für Solidarität und Zusammenhalt jetzt!"',
			"Pressemitteilung der Diakonie Deutschland",
			"Pressemitteilung der EKD",
		].join("\n");
		assert.deepEqual(names(text), []);
	});

	it("takes a letter's addressee block for furniture, however much its lines look like a signature", () => {
		const text = [
			prose,
			"",
			"Al Sr. Secretario General",
			"Sr. Luis Almagro Lemes",
			"",
			"To the Hon. Jane Roe",
			"Minister of Culture",
			"",
			prose,
		].join("\n");
		const draft = importStatement(text);
		assert.deepEqual(names(text), []);
		assert.ok(draft.accounting.filter((entry) => entry.rule === "addressee").length === 4);
		// A body whose name opens with a preposition is no addressee: it has no office or honorific after it.
		assert.deepEqual(names(["Signatories:", "A Luta Continua Collective", "To Be Heard Foundation"].join("\n")), [
			"A Luta Continua Collective",
			"To Be Heard Foundation",
		]);
	});

	it("joins a bracket the page broke over a blank line to the entry that opened it", () => {
		const text = [
			prose,
			"",
			"Sérgio Nobre, Presidente da CUT (Central Única dos Trabalhadores)",
			"",
			"Adilson Araújo, Presidente da CTB (Central dos Trabalhadores e Trabalhadoras",
			"",
			"do Brasil)",
			"",
			"Miguel Torres, Presidente da Força Sindical",
		].join("\n");
		assert.deepEqual(names(text), ["Sérgio Nobre", "Adilson Araújo", "Miguel Torres"]);
	});

	it("reads 'the presidents of A, Name, of B, Name' as people with their bodies, not as bodies and people", () => {
		const text =
			"Além do presidente da central, assinam a carta os presidentes da Central Única dos Trabalhadores, Artur Henrique da Silva, da União Geral dos Trabalhadores, Ricardo Patah, e da Central Geral dos Trabalhadores do Brasil, Antonio Neto.";
		const found = importStatement(text).sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			found.map((signatory) => [signatory.name, signatory.kind, signatory.organization]),
			[
				["Artur Henrique da Silva", "individual", "Central Única dos Trabalhadores"],
				["Ricardo Patah", "individual", "União Geral dos Trabalhadores"],
				["Antonio Neto", "individual", "Central Geral dos Trabalhadores do Brasil"],
			],
		);
	});

	it("reads two people closing a letter on one line, and a signature run onto its closing", () => {
		assert.deepEqual(names([prose, "", "Con deferente saluto,", "", "Giulietto Chiesa, Massimo Mazzucco"].join("\n")), [
			"Giulietto Chiesa",
			"Massimo Mazzucco",
		]);
		const text = [
			prose,
			"Mit freundlichen Grüßen Prof. Eberhard Grötsch",
			"SPD Unterbezirk Würzburg-Stadt Semmelstraße 46 R 97070 Würzburg",
		].join("\n");
		const found = importStatement(text).sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			found.map((signatory) => [signatory.name, signatory.title]),
			[["Eberhard Grötsch", "Prof."]],
		);
		// A person and the body after the comma stay one entry.
		assert.deepEqual(names([prose, "", "In solidarity,", "", "Jane Doe, Unison"].join("\n")), ["Jane Doe"]);
	});

	it("gives the country printed over a group to its members, and takes none of the countries for a signer", () => {
		const text = [
			"We, the undersigned organisations, call on the city authorities to stop all evictions during the winter.",
			"",
			"Signed by:",
			"",
			"Argentina",
			"Movimiento Evita",
			"Barrios de Pie",
			"",
			"France",
			"Droit au Logement",
			"",
			"México: Liga Mexicana por la Defensa de los Derechos Humanos",
			"Red Solidaria Década Contra la Impunidad AC",
		].join("\n");
		const found = importStatement(text).sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			found.map((signatory) => [signatory.name, signatory.country]),
			[
				["Movimiento Evita", "Argentina"],
				["Barrios de Pie", "Argentina"],
				["Droit au Logement", "France"],
				["Liga Mexicana por la Defensa de los Derechos Humanos", "México"],
				["Red Solidaria Década Contra la Impunidad AC", "México"],
			],
		);
	});

	it("reads a kind of signer printed over its signers as a heading, not as a signer", () => {
		const text = [
			"We stand with the workers at the warehouse in their fight for fair pay and safe conditions at work.",
			"",
			"Signed:",
			"",
			"Trade unions",
			"GMB",
			"Unite the Union",
			"",
			"Campaign groups",
			"War on Want",
			"",
			"Partidos políticos",
			"Izquierda Unida",
		].join("\n");
		const draft = importStatement(text);
		assert.deepEqual(
			draft.sections.map((section) => [section.heading, section.signatories.map((signatory) => signatory.name)]),
			[
				["Trade unions", ["GMB", "Unite the Union"]],
				["Campaign groups", ["War on Want"]],
				["Partidos políticos", ["Izquierda Unida"]],
			],
		);
	});

	it("reads a signature over its office and body, not its address, telephone or web address", () => {
		const text = [
			"Dear Minister,",
			"",
			prose,
			"",
			"Yours sincerely,",
			"",
			"Sharon Graham",
			"General Secretary",
			"Unite the Union",
			"128 Theobalds Road",
			"London WC1X 8TN",
			"Tel: 020 7611 2500",
			"www.unitetheunion.org",
		].join("\n");
		const found = importStatement(text).sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			found.map((signatory) => [signatory.name, signatory.title, signatory.organization]),
			[["Sharon Graham", "General Secretary", "Unite the Union"]],
		);
		for (const line of ["Chicago, IL 60601", "Fax: +33 1 48 18 80 00"]) assert.ok(isJunkLine(line), line);
		assert.ok(!isJunkLine("ver.di"));
		assert.ok(!isJunkLine("Change.org"));
	});

	it("reads the signers a news item names, not its author's box, reporters, ministers or quoted officials", () => {
		const news = [
			"Unions unite behind nurses' pay claim",
			"Share this article",
			"By Tom Baker",
			"The statement was signed by Unison, Unite, the GMB and the Royal College of Nursing.",
			"Health secretary Steve Barclay said the claim was unaffordable.",
			"About the author",
			"Tom Baker",
			"Tom Baker is health correspondent at the Evening Post.",
			"Tags: unions, NHS, pay",
		].join("\n");
		assert.deepEqual(names(news), ["Unison", "Unite", "GMB", "Royal College of Nursing"]);
		const german = [
			"Gewerkschaften fordern Entlastungspaket",
			"Unterzeichnet haben den Brief unter anderem Frank Werneke (Verdi) und Yasmin Fahimi (DGB).",
			"Bundeskanzler Olaf Scholz sagte am Montag, er nehme die Sorgen ernst.",
		].join("\n");
		assert.deepEqual(names(german), ["Frank Werneke", "Yasmin Fahimi"]);
	});

	it("reads a numbered list on past its notes, and a signer's line that ends with an address", () => {
		const numbered = [
			"We, the undersigned organisations, condemn the killing of trade union leaders and call for protection.",
			"",
			"Signatories:",
			"",
			"1. Unite the Union, UK",
			"(signed on 3 May)",
			"2. Central Unitaria de Trabajadores (CUT), Colombia",
			"Note: CUT Colombia co-authored the statement.",
			"3. FNV, Netherlands",
			"* Signed after publication",
			"4. ver.di, Germany",
		].join("\n");
		assert.deepEqual(names(numbered), ["Unite the Union", "Central Unitaria de Trabajadores", "FNV", "ver.di"]);
		const letter = [
			"We ask the board to restore funding for the public library.",
			"",
			"Signed,",
			"Jane Doe, President, Teamsters Local 123, 45 Main St, Springfield, IL 62701",
			"Maria Lopez, Chair, Springfield Tenants Union",
			"",
			"Donate now",
		].join("\n");
		assert.deepEqual(names(letter), ["Jane Doe", "Maria Lopez"]);
		assert.ok(isJunkLine("45 Main St, Springfield, IL 62701"));
	});

	it("reads signature blocks in five languages without their addresses, telephones or offices printed above", () => {
		const body =
			"Exigimos la readmisión inmediata de todos los trabajadores despedidos y la apertura de una negociación real con los sindicatos.";
		const read = (lines: string[]) =>
			importStatement([body, "", ...lines].join("\n")).sections.flatMap((section) =>
				section.signatories.map((signatory) => [signatory.name, signatory.title, signatory.organization]),
			);
		assert.deepEqual(
			read([
				"Atentamente,",
				"",
				"Juan Pérez",
				"Secretario General",
				"CCOO de Madrid",
				"C/ Lope de Vega, 38 - 28014 Madrid",
				"Tel. 91 536 52 00",
			]),
			[["Juan Pérez", "Secretario General", "CCOO de Madrid"]],
		);
		assert.deepEqual(
			read([
				"Atenciosamente,",
				"",
				"Maria Silva",
				"Presidente",
				"Sindicato dos Bancários de São Paulo",
				"CEP 01011-100",
				"(11) 3188-5200",
			]),
			[["Maria Silva", "Presidente", "Sindicato dos Bancários de São Paulo"]],
		);
		assert.deepEqual(
			read([
				"Veuillez agréer, Monsieur le Ministre, l'expression de nos salutations distinguées.",
				"",
				"Pour la CGT, Sophie Binet, secrétaire générale",
				"Pour FO, Frédéric Souillot, secrétaire général",
			]),
			[
				["Sophie Binet", "secrétaire générale", "CGT"],
				["Frédéric Souillot", "secrétaire général", "FO"],
			],
		);
		assert.ok(
			!read(["Cordiali saluti", "", "Il Segretario Generale", "Mario Rossi"]).some(([name]) =>
				/Segretario/.test(name ?? ""),
			),
		);
		assert.ok(!isJunkLine("2020-2021"));
		assert.ok(!isJunkLine("12.03.2021"));
	});

	it("ends a list at a news page's 'More news', 'Más noticias', 'Altre notizie' box", () => {
		for (const [marker, headline] of [
			["More news", "Teachers vote for strike action"],
			["Trending", "Rail strike called off"],
			["Más noticias", "La huelga paraliza el metro"],
			["Última hora", "Dimite el consejero de Sanidad"],
			["Plus d'actualités", "Les cheminots votent la reconduction"],
			["Weitere Nachrichten", "Streik bei der Bahn beendet"],
			["Altre notizie", "Sciopero dei trasporti venerdì"],
		]) {
			const text = [prose, "", "Signatories:", "Unite", "GMB", "", marker, headline ?? ""].join("\n");
			assert.deepEqual(names(text), ["Unite", "GMB"], marker);
		}
	});

	it("reads people a news item names by their role before the name, joined by 'and', not the people named after", () => {
		const read = (text: string) =>
			importStatement(text).sections.flatMap((section) =>
				section.signatories.map((signatory) => [signatory.name, signatory.title]),
			);
		assert.deepEqual(
			read(
				"Among those who signed the letter are actor Maxine Peake and musician Billy Bragg.\nLabour leader Keir Starmer has not commented.",
			),
			[
				["Maxine Peake", "actor"],
				["Billy Bragg", "musician"],
			],
		);
		assert.deepEqual(
			read(
				"Entre os signatários estão o cantor Chico Buarque e a atriz Fernanda Montenegro.\nO presidente Lula não comentou.",
			),
			[
				["Chico Buarque", "cantor"],
				["Fernanda Montenegro", "atriz"],
			],
		);
		assert.deepEqual(
			read(
				"El manifiesto lo firman, entre otros, la escritora Elvira Lindo y el actor Javier Bardem.\nEl ministro de Cultura, Ernest Urtasun, no ha respondido.",
			),
			[
				["Elvira Lindo", "escritora"],
				["Javier Bardem", "actor"],
			],
		);
	});

	it("reads the acronyms printed over a joint communiqué as its signers, and no menu of words", () => {
		const communique = [
			"Communiqué commun de l'intersyndicale",
			"",
			"CGT – FO – FSU – Solidaires – UNSA",
			"",
			"Les organisations syndicales appellent à une nouvelle journée de grève et de manifestations partout en France le 7 mars.",
		].join("\n");
		assert.deepEqual(names(communique), ["CGT", "FO", "FSU", "Solidaires", "UNSA"]);
		const menu = [
			"Accueil – Actualités – Agenda – Contact",
			"",
			"Les organisations syndicales appellent à une nouvelle journée de grève et de manifestations partout en France le 7 mars.",
		].join("\n");
		assert.deepEqual(names(menu), []);
	});

	it("gives a country printed right under a signer to that signer, not to the next", () => {
		for (const gap of ["\n", ""]) {
			const text = [
				"We, the undersigned, call for the release of all political prisoners held without trial.",
				"",
				"Signatories:",
				"",
				`Jane Doe\nUnited Kingdom${gap}`,
				`John Roe\nFrance${gap}`,
				"Maria Rossi\nItaly",
			].join("\n");
			const found = importStatement(text).sections.flatMap((section) => section.signatories);
			assert.deepEqual(
				found.map((signatory) => [signatory.name, signatory.country]),
				[
					["Jane Doe", "United Kingdom"],
					["John Roe", "France"],
					["Maria Rossi", "Italy"],
				],
			);
		}
	});

	it("reads people named after long roles with a body inside, up to 'among others'", () => {
		const text =
			"Entre los 108 firmantes (consulte aquí la lista) se encuentran el exministro de Trabajo Valeriano Gómez, el catedrático de economía y exrector de la Complutense Carlos Berzosa o el catedrático de Políticas Sociales de la Pompeu Fabra Vicenç Navarro, entre otros que defienden que los sindicatos reducen las desigualdades.";
		const found = importStatement(text).sections.flatMap((section) =>
			section.signatories.map((signatory) => signatory.name),
		);
		assert.equal(found.length, 3);
		assert.ok(found.includes("Carlos Berzosa"));
		assert.ok(found.includes("Vicenç Navarro"));
		// "der Jurist Gian Carlo Caselli": a short given name the table does not know is not peeled off as a role.
		const german = names(
			"Zu den Unterzeichnern gehören die Schauspielerin Julia Jentsch und der Jurist Gian Carlo Caselli.",
		);
		assert.equal(german[0], "Julia Jentsch");
		assert.ok(german[1]?.endsWith("Gian Carlo Caselli"), german[1]);
	});

	it("takes a body that says it joins a letter, in the text's first sentence, for its signatory", () => {
		const text = [
			"La autonomía de la CIDH debe ser protegida",
			"",
			"La Comisión Colombiana de Juristas se suma a más de 180 entidades de derechos humanos de la región para pedir a la OEA que respete la independencia de la Comisión.",
		].join("\n");
		assert.deepEqual(names(text), ["Comisión Colombiana de Juristas"]);
	});

	it("ends a list in a sentence where the sentence goes on, not at the people it was handed to", () => {
		assert.deepEqual(
			names(
				[
					"The unions say wages have fallen behind prices for a decade and must rise now for every worker in the sector.",
					"",
					"Signed by Unite, GMB and Unison, the letter was handed to the minister, Jane Roe, on Monday.",
				].join("\n"),
			),
			["Unite", "GMB", "Unison"],
		);
		assert.deepEqual(
			names(
				"Die Erklärung wurde unterzeichnet von Verdi und der GEW und am Montag Bundeskanzler Olaf Scholz übergeben.",
			),
			["Verdi", "GEW"],
		);
	});

	it("ends a list in a sentence at a verb of the sentence's own, in five languages", () => {
		for (const [text, want] of [
			[
				"The letter was signed by Unite, GMB and Unison and sent to Prime Minister Rishi Sunak.",
				["Unite", "GMB", "Unison"],
			],
			["La carta fue firmada por CCOO y UGT y enviada al presidente Pedro Sánchez.", ["CCOO", "UGT"]],
			["La lettre a été signée par la CGT et FO puis envoyée à Emmanuel Macron.", ["CGT", "FO"]],
			["La lettera è stata firmata da Cgil e Uil e inviata al presidente Sergio Mattarella.", ["Cgil", "Uil"]],
			["A carta foi assinada pela CUT e pela UGT e enviada ao presidente Lula.", ["CUT", "UGT"]],
			["The letter, signed by Unite and GMB, urges Keir Starmer to act.", ["Unite", "GMB"]],
			[
				"The appeal was endorsed by Amnesty International and Human Rights Watch, according to Jane Doe of the BBC.",
				["Amnesty International", "Human Rights Watch"],
			],
		] as const)
			assert.deepEqual(names(text), want, text);
	});

	it("takes the lines under 'cc:' for copies, not signers", () => {
		const text = [
			prose,
			"",
			"Sincerely,",
			"",
			"Jane Doe, President, Unite Local 5",
			"John Roe, Secretary, GMB Branch 12",
			"",
			"cc: Councillor Ann Smith, Leader of the Council",
			"Mayor Bob Jones",
		].join("\n");
		assert.deepEqual(names(text), ["Jane Doe", "John Roe"]);
	});

	it("reads signatures printed side by side as one signature per column", () => {
		const text = [
			prose,
			"",
			"In solidarity,",
			"",
			"Jane Doe                 John Roe",
			"President                Secretary",
			"Unite Local 5            GMB Branch 12",
		].join("\n");
		const found = importStatement(text).sections.flatMap((section) => section.signatories);
		assert.deepEqual(
			found.map((signatory) => [signatory.name, signatory.title, signatory.organization]),
			[
				["Jane Doe", "President", "Unite Local 5"],
				["John Roe", "Secretary", "GMB Branch 12"],
			],
		);
		// A table's rows of name, body and country keep their rows.
		const table = [
			prose,
			"",
			"Signatories:",
			"",
			"Jane Doe      Unite      UK",
			"John Roe      GMB      UK",
			"Ann Lee      Unison      UK",
		];
		assert.deepEqual(names(table.join("\n")).length, 3);
	});

	it("reads a kind of people or a scope printed over signers as a heading, and a region as their place", () => {
		const text = [
			"We, the undersigned, call for debt cancellation for the poorest countries now.",
			"",
			"Signatories:",
			"",
			"International",
			"Oxfam International",
			"",
			"Europe",
			"Eurodad",
			"",
			"Academics and researchers",
			"Prof. Jane Doe, SOAS",
			"",
			"Trade unionists",
			"Ann Lee, Unite",
		].join("\n");
		const draft = importStatement(text);
		assert.deepEqual(
			draft.sections.map((section) => [
				section.heading,
				section.signatories.map(
					(signatory) => `${signatory.name}${signatory.country ? ` (${signatory.country})` : ""}`,
				),
			]),
			[
				["International", ["Oxfam International", "Eurodad (Europe)"]],
				["Academics and researchers", ["Jane Doe"]],
				["Trade unionists", ["Ann Lee"]],
			],
		);
	});

	it("reads 'among others' before a sentence's list as its opening, and after it as its end", () => {
		assert.deepEqual(names("The letter was signed by, among others, Unite and GMB."), ["Unite", "GMB"]);
		assert.deepEqual(
			names("Hanno firmato, tra gli altri, la Cgil e Libera. Il ministro Giuseppe Valditara ha ricevuto la lettera."),
			["Cgil", "Libera"],
		);
		assert.deepEqual(
			names("The letter was signed by Unite, GMB and Unison, among others, who want the bill withdrawn."),
			["Unite", "GMB", "Unison"],
		);
	});

	it("reads more ways news items introduce the bodies that signed, not the official who received the text", () => {
		for (const [text, want] of [
			[
				"Entre as entidades que assinam estão a CUT, o MST e a UNE. O ministro Camilo Santana recebeu o documento.",
				["CUT", "MST", "UNE"],
			],
			[
				"Parmi les organisations signataires : la CGT, la FSU et Attac. Le ministre Pap Ndiaye a reçu la lettre.",
				["CGT", "FSU", "Attac"],
			],
			[
				"Among the organisations backing the letter are Unite, the NEU and Liberty. Education secretary Gillian Keegan received it.",
				["Unite", "NEU", "Liberty"],
			],
			[
				"Firman el comunicado CCOO, UGT y la FAPA. La consejera Rocío Albert lo recibió el lunes.",
				["CCOO", "UGT", "FAPA"],
			],
		] as const)
			assert.deepEqual(names(text), want, text);
	});

	it("takes an event's details and a two-author byline under a list for furniture, and keeps a dated letter's date", () => {
		const text = [
			"We, the undersigned, call on everyone to join the rally to defend the NHS from cuts and privatisation.",
			"",
			"Signed:",
			"Unite",
			"GMB",
			"",
			"Date: Saturday 12 March",
			"Time: 2pm",
			"Venue: Parliament Square",
			"Lugar: Puerta del Sol",
			"By Jane Doe and John Roe",
		].join("\n");
		assert.deepEqual(names(text), ["Unite", "GMB"]);
		assert.ok(!isJunkLine("Date: 3 March 2023"));
		assert.ok(!isJunkLine("Location Workers Union"));
	});

	it("takes a page's invitations in sentence case for furniture, not bodies named in title case", () => {
		const text = [
			"We, the undersigned organisations, call for an end to the two-child benefit limit.",
			"",
			"Signatories:",
			"Child Poverty Action Group",
			"Help the Aged",
			"Act Now Coalition",
			"",
			"Have your say",
			"Read our report",
			"Become a member",
			"Contact your MP",
			"Únete a nosotros",
			"Leggi il rapporto",
		].join("\n");
		assert.deepEqual(names(text), ["Child Poverty Action Group", "Help the Aged", "Act Now Coalition"]);
	});
});
