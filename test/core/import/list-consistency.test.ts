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
		assert.equal(junkRule("RispondiEliminaOggi è arrivata l'adesione di Roberto Paschini"), "comment-tools");
		assert.equal(junkRule('No Replies to "Erklärung des Bündnisses"'), "comment-tools");
		assert.equal(junkRule("Enregistrer au format PDF"), "page-button");
		assert.equal(
			junkRule("Die gemeinsame Erklärung kann hier abgerufen werden: stiftung-beispiel.de/kurs-halten/"),
			"link-line",
		);
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

describe("lists printed as one paragraph", () => {
	it("reads people run together with commas, each with their roles, under a heading", () => {
		const people = signatories(
			"Appel à l’unité\n\nNous appelons les candidats de gauche à se rencontrer et à défendre ensemble nos revendications.\n\nPremiers signataires :\n\nMaëlle Quintrec militante associative et élue municipale à Melun (77), Gaspard Ollivon conseiller de Paris, militant socialiste (75), Pierre Carpentier syndicaliste (13), Anatole Brissac élu municipal à Billère (64), Marie Dumont responsable de l’association des locataires (93)\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Maëlle Quintrec", "individual"],
				["Gaspard Ollivon", "individual"],
				["Pierre Carpentier", "individual"],
				["Anatole Brissac", "individual"],
				["Marie Dumont", "individual"],
			],
		);
	});

	it("parts entries at slashes, and at the full stop after a role but not after a title", () => {
		assert.deepEqual(
			signatories(
				"Für eine starke Ministerpräsidentin\n\nWir unterstützen die Ministerpräsidentin, weil sie ihr Land mit Vernunft und Erfahrung regiert.\n\nBrigitte Bergholt, Schulleiterin a.D. / Monika Bertrand, Pfarrerin / Fritz Julius Beuchler, Präsident des Sportvereins / Günter Brakmann, Theologe\n",
			).map((person) => person.name),
			["Brigitte Bergholt", "Monika Bertrand", "Fritz Julius Beuchler", "Günter Brakmann"],
		);
		assert.deepEqual(
			signatories(
				"Appell für den Frieden\n\nWir fordern: Die Waffen nieder! Verhandlungen jetzt.\n\nUnterzeichner:\n\nProf. Dr. Peter Brandau, Historiker. Susanne Brandau, Kosmetikerin. Dr. Frank Havel, Informatiker. Reiner Braunfels, Journalist.\n",
			).map((person) => person.name),
			["Peter Brandau", "Susanne Brandau", "Frank Havel", "Reiner Braunfels"],
		);
	});

	it("takes 'we sign below' for the heading over a list of bodies", () => {
		const draft = importStatement(
			"Brasília, 23 de julho de 2019.\n\nNós, os movimentos populares, expressamos nossa condenação à repressão contra o povo saharaui e exigimos a libertação dos presos.\n\nLiberdade para todos os presos políticos.\n\nAssim abaixo assinamos,\n\nFRENTE POVO SEM MEDO\nMOVIMENTO DOS PEQUENOS AGRICULTORES – MPA\nMOVIMENTO DE MULHERES CAMPONESAS – MMC\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) =>
				section.signatories.map((signatory) => [signatory.name, signatory.abbreviation]),
			),
			[
				["FRENTE POVO SEM MEDO", null],
				["MOVIMENTO DOS PEQUENOS AGRICULTORES", "MPA"],
				["MOVIMENTO DE MULHERES CAMPONESAS", "MMC"],
			],
		);
	});
});

describe("signers named in sentences of a news item", () => {
	it("reads the people a sentence calls some of the signers, and the bodies that joined or signed the call", () => {
		assert.deepEqual(
			signatories(
				"Manifiesto por la paz\n\nOchenta personalidades de la cultura han suscrito un manifiesto por la paz.Los ensayistas Antonio Torres, Pedro Lanza y Fernando Clavero; los directores de cine Pilar Morán y Carlos Sáenz, y el antropólogo Julio Caro Bermejo, son algunos de los firmantes del manifiesto.\n",
			).map((person) => person.name),
			["Antonio Torres", "Pedro Lanza", "Fernando Clavero", "Pilar Morán", "Carlos Sáenz", "Julio Caro Bermejo"],
		);
		const bodies = signatories(
			"Organismos adhieren al paro\n\nMadres de la Plaza Fundadora, Familiares de Detenidos, la APDH y otros organismos de derechos humanos adhirieron al paro de este miércoles.\n\nLa movilización saldrá a las 16 desde el Congreso.\n",
		);
		assert.deepEqual(
			bodies.map((body) => body.name),
			["Madres de la Plaza Fundadora", "Familiares de Detenidos", "APDH"],
		);
	});
});

describe("people listed with what they share", () => {
	it("parts two people joined by 'e' who share a role, and reads three-word names and a forgotten comma", () => {
		const people = signatories(
			"Appello per una città popolare\n\nIl manifesto chiede case accessibili e servizi pubblici per tutti i quartieri della città.\n\nHanno aderito:\n\nMarco Rinaldi e Paola Ferretti (consiglieri regionali della Toscana), Maria Rosa Bellandi (Cappella Maggiore – TV), Emilio Del Vecchio (presidente di Ecolobby) Simone Porta (CGIL Toscana), Francesco Gentili, Lorenzo Palmieri\n",
		);
		assert.deepEqual(
			people.map((person) => person.name),
			[
				"Marco Rinaldi",
				"Paola Ferretti",
				"Maria Rosa Bellandi",
				"Emilio Del Vecchio",
				"Simone Porta",
				"Francesco Gentili",
				"Lorenzo Palmieri",
			],
		);
	});

	it("keeps 'sindaca di Roma Capitale' with the mayor it follows in a sentence", () => {
		assert.deepEqual(
			signatories(
				"Lettera dei sindaci\n\nLa lettera è stata firmata da Marco Rossi, sindaco di Bari, Anna Neri, sindaca di Roma Capitale, Paolo Verdi, sindaco di Reggio Calabria e Luca Bianchi, sindaco di Napoli.\n",
			).map((person) => person.name),
			["Marco Rossi", "Anna Neri", "Paolo Verdi", "Luca Bianchi"],
		);
	});
});

describe("a news item that names its signers over several sentences", () => {
	it("reads the people a role introduces in each sentence that speaks of the manifesto, each once", () => {
		const names = signatories(
			"Madrid. Los actores Alberto Sanz, Juan Diego Bueno y Pepe Vidal, junto a la cantante Rocío Luna, suscribieron un manifiesto por la unidad de la izquierda.\n\nEl documento también lo firman otras personalidades, como el ex secretario general de Comisiones Obreras, Ignacio Fernández Toral; el ex europarlamentario de Izquierda Unida Willy Mayoral; y el presidente del Partido Comunista Antonio Romeral.\n\nLa presentación será el lunes en el Círculo de Bellas Artes.\n",
		).map((person) => person.name);
		for (const name of ["Alberto Sanz", "Juan Diego Bueno", "Pepe Vidal", "Ignacio Fernández Toral", "Willy Mayoral"])
			assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
		assert.ok(!names.some((name) => /Comisiones Obreras|Bellas Artes/.test(name)), names.join(" | "));
		assert.equal(new Set(names).size, names.length);
	});

	it("reads a body then the person who signs for it, and a given name printed in capitals", () => {
		const rectors = signatories(
			"Los rectores rechazan el lucro\n\nLa declaración fue suscrita por los rectores de la Universidad Austral de Chile, Óscar Galindo; Universidad de Concepción, Sergio Lavanda; Universidad Católica del Norte, Jorge Tabilo; y Universidad Católica de Temuco, Carlos Bórquez.\n",
		);
		assert.deepEqual(
			rectors.map((person) => [person.name, person.kind]),
			[
				["Óscar Galindo", "individual"],
				["Sergio Lavanda", "individual"],
				["Jorge Tabilo", "individual"],
				["Carlos Bórquez", "individual"],
			],
		);
		const mayors = signatories(
			"Appello dei sindaci toscani\n\nI sindaci chiedono al governo risorse per i comuni.\n\nEcco i firmatari\n\nFRANCESCO Casini Bagno A Ripoli FI\nPAOLO Omoboni Borgo San Lorenzo FI\nCLAUDIA Manzi Casale Marittimo PI\n",
		);
		assert.deepEqual(
			mayors.map((person) => [person.name, person.kind]),
			[
				["FRANCESCO Casini", "individual"],
				["PAOLO Omoboni", "individual"],
				["CLAUDIA Manzi", "individual"],
			],
		);
	});
});

describe("a news item's sentences that list signers", () => {
	it("reads 'stars including A, B and C have signed' and 'other signatories include', not a list printed as such", () => {
		const names = signatories(
			"A group of actors have signed a public letter saying they would rather stay on strike than accept a bad deal.\nThousands of stars including Sarah Paulsen, Chelsea Handley, Christian Slaton and Pedro Pascual have signed the letter, which is addressed to the negotiating committee.\nOther signatories include Christine Baransky, Jason Alexandre and Richard Schiffer.\nThe move comes after a separate group of actors including George Clowney and Meryl Strep made their own offer.\n",
		).map((person) => person.name);
		assert.deepEqual(names, [
			"Sarah Paulsen",
			"Chelsea Handley",
			"Christian Slaton",
			"Pedro Pascual",
			"Christine Baransky",
			"Jason Alexandre",
			"Richard Schiffer",
		]);
	});

	it("reads the bodies between dashes after 'darunter', single-word names and 'Brot für die Welt' among them", () => {
		const names = signatories(
			"Offener Brief an die Kanzlerin\n\nDie Unterzeichner – darunter PRO ASYL, Ärzte ohne Grenzen (MSF), Amnesty International, Seebrücke, Diakonie, Caritas, AWO, Brot für die Welt, Deutsche Aidshilfe, der DGB und viele regionale Organisationen – wollen bis Juni weitere Akteure gewinnen.\n",
		).map((body) => body.name);
		for (const name of ["PRO ASYL", "Ärzte ohne Grenzen", "Seebrücke", "Brot für die Welt", "DGB"])
			assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
	});
});

describe("lists in unusual places", () => {
	it("reads people printed before the text as its signatories, the first line no title", () => {
		const draft = importStatement(
			"Elke Almut Diedrich, Braunschweig\nGabriele Canstein, Braunschweig\nHans Goswin Clement, Braunschweig\nAlfred Hartung, Wolfsburg\nMechthild Hartung, Wolfsburg\n\nBraunschweig, 31. Oktober 2017\n\nEine Braunschweiger Bürgerinitiative hat sich in den vergangenen Wochen dafür eingesetzt, dass der Reformationstag in Niedersachsen ein gesetzlicher Feiertag für alle wird, und lädt alle zur Feier ein.\n",
		);
		assert.equal(draft.title, "");
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((person) => person.name)),
			["Elke Almut Diedrich", "Gabriele Canstein", "Hans Goswin Clement", "Alfred Hartung", "Mechthild Hartung"],
		);
	});

	it("takes 'the following foundations support the call' for a list's heading", () => {
		const names = signatories(
			"Kurs halten\n\nZur Bundestagswahl rufen 5 Stiftungen dazu auf, den Klimaschutz nicht aufzugeben und die Ziele einzuhalten.\n\nDer Aufruf wird von den folgenden Stiftungen unterstützt:\n- Active Philanthropy\n- Andrea von Braun Stiftung\n- Aurelia Stiftung\n- Deutsche Meeresstiftung\n- Eirene Stiftung\n\nDie Stiftungen fordern:\n- Klimaschutz als Querschnittsaufgabe\n",
		).map((body) => body.name);
		assert.deepEqual(names, [
			"Active Philanthropy",
			"Andrea von Braun Stiftung",
			"Aurelia Stiftung",
			"Deutsche Meeresstiftung",
			"Eirene Stiftung",
		]);
	});

	it("reads 'these are A - mayor of X, B, mayor of Y' after a paragraph about the signing, and a bracket closing the last name", () => {
		const mayors = signatories(
			"Altri sindaci hanno aggiunto in queste ore la firma sull’appello rivolto al presidente della Repubblica.\n\nSi tratta di Luca Leporini - sindaco di Aiello, Maria Rita Acciaroli, sindaca di Amendolara, Rossana Tassoni - sindaca di Brognaturo, Gianni Papassi, sindaco di Cassano.\n",
		).map((person) => person.name);
		assert.deepEqual(mayors, ["Luca Leporini", "Maria Rita Acciaroli", "Rossana Tassoni", "Gianni Papassi"]);
		const unions = signatories(
			"Unions demand a halt to military aid\n\nThe unions that signed the letter are the Flight Attendants (AFA-CWA), Postal Workers (APWU), Painters (IUPAT), and the Electrical Workers (UE).\n",
		).map((union) => union.name);
		assert.ok(unions.includes("Electrical Workers"), unions.join(" | "));
	});
});

describe("signers in the clauses of one sentence", () => {
	it("reads several people inside each clause parted by semicolons, after 'names such as'", () => {
		const names = signatories(
			"Já assinaram a “Carta em defesa da democracia”, nomes como Chico Buarte, Roberto Setúval e Ellen Gracia, alguns dos primeiros a aderir; a escritora e presidente da Academia Nélida Pinhão, a atriz Fernanda Montenegra; os cantores Gal Costas, Zélia Duncano e Maria Betânia.\n",
		).map((person) => person.name);
		for (const name of ["Chico Buarte", "Roberto Setúval", "Ellen Gracia", "Gal Costas", "Zélia Duncano"])
			assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
	});
});

describe("people in prose parted by dashes", () => {
	it("reads 'Name, role – Name, role' after a colon, each role with its own name", () => {
		const people = signatories(
			"Une cinquantaine de nouvelles personnalités ont rejoint le Manifeste : Isabelle Adjano, actrice – Paul Allier, professeur émérite de science politique – Anne Alvarez, actrice – Louis Astrié, syndicaliste – Noëlle Chatel, écrivaine, universitaire.\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.title]),
			[
				["Isabelle Adjano", "actrice"],
				["Paul Allier", "professeur émérite de science politique"],
				["Anne Alvarez", "actrice"],
				["Louis Astrié", "syndicaliste"],
				["Noëlle Chatel", "écrivaine, universitaire"],
			],
		);
	});
});

describe("where signers come from, and who they are", () => {
	it("takes no list of countries for signatories, and reads the bodies under 'supported by … :'", () => {
		const names = signatories(
			"Envía un mensaje con tu adhesión a: manifiesto.paz@example.org\nEl Manifiesto cuenta con 876 adhesiones del Estado español.\nFirmas de militantes políticos y sindicales de 17 países de Europa: Alemania, Austria, Bélgica, Bulgaria, Dinamarca, Francia, Grecia, Irlanda e Italia.\nTambién hay firmantes de otros 18 países de diferentes continentes: Argelia, Brasil, Chile, Colombia, Ecuador, Ghana, Mali y Togo.\nApoya el Manifiesto 30 colectivos y organizaciones de distintos países:\nEstado español\nAsociación Trabajo y Democracia (ASTRADE)\nColectivo de Mujeres Republicanas\nInformación Obrera\nColombia\nMesa Ecuménica por la Paz (MEP)\n",
		).map((body) => [body.name, body.country]);
		assert.deepEqual(names, [
			["Asociación Trabajo y Democracia", "Estado español"],
			["Colectivo de Mujeres Republicanas", "Estado español"],
			["Información Obrera", "Estado español"],
			["Mesa Ecuménica por la Paz", "Colombia"],
		]);
	});

	it("reads an imam, a deacon and a bishop over their bodies as people", () => {
		const people = signatories(
			"Our hearts break\n\nToday and every day we stand in solidarity with our Muslim sisters and brothers and pray for healing.\n\nEndorsers:\nImam Qareem Bashar\nIslamic Council of Greater Trenton\nDeacon Patrick Brannan\nNJ Catholic Conference\nBishop Tracie Bartholomy\nNJ Synod Evangelical Lutheran Church\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Qareem Bashar", "individual"],
				["Patrick Brannan", "individual"],
				["Tracie Bartholomy", "individual"],
			],
		);
	});
});

describe("closings, short bodies on one line, and verbs that bring the names", () => {
	it("reads the bodies under 'Sincerely yours,' and a line of short bodies' names after the text", () => {
		assert.deepEqual(
			signatories(
				"Thanking senators\n\nWe write to thank you for opposing the extension of the surveillance powers, which violate our rights.\n\nSincerely yours,\n\nBill of Rights Defense Committee\nDefending Dissent Foundation\nDemand Progress\n",
			).map((body) => body.name),
			["Bill of Rights Defense Committee", "Defending Dissent Foundation", "Demand Progress"],
		);
		assert.deepEqual(
			signatories(
				"Communiqué\n\nL’ensemble de ces mesures est d’une extrême gravité et appelle toutes les forces de gauche à contribuer aux mobilisations nécessaires dès le 29 septembre.\nParti communiste français, Parti socialiste, Les Verts, Ligue communiste révolutionnaire, Mouvement républicain et citoyen.\nParis, le 18 septembre 2007.\n",
			).map((body) => body.name),
			[
				"Parti communiste français",
				"Parti socialiste",
				"Les Verts",
				"Ligue communiste révolutionnaire",
				"Mouvement républicain et citoyen",
			],
		);
	});

	it("reads 'hanno sottoscritto il testo A e il teologo B' over a 'Ne Parlano' box, and unions 'entre los que se cuentan'", () => {
		const names = signatories(
			"L’appello ottiene nuove adesioni. Nelle ultime ore hanno sottoscritto il testo Roberto Benigno e il teologo Vito Mancusi, il disegnatore Mauro Biano, i giornalisti Stefano Cappelli e Stefano Pastore.\n\nNe Parlano\n",
		).map((person) => person.name);
		assert.deepEqual(names, ["Roberto Benigno", "Vito Mancusi", "Mauro Biano", "Stefano Cappelli", "Stefano Pastore"]);
		const unions = signatories(
			"La declaración, que también suscribieron dirigentes de casi tres decenas de gremios de la ciudad entre los que se cuentan Sitratel, Personal de Aduanas, Empleados de Comercio, Aceiteros (San Lorenzo) y UPCN, fue presentada ayer.\n",
		).map((union) => union.name);
		for (const name of ["Sitratel", "Personal de Aduanas", "Empleados de Comercio", "UPCN"])
			assert.ok(unions.includes(name), `${name} in ${unions.join(" | ")}`);
	});
});

describe("the tenth round's shapes", () => {
	it("reads bodies run together with dashes over lines a page broke, a long name among them", () => {
		const names = signatories(
			"Urgence Palestine\n\nNous exigeons un cessez-le-feu immédiat et des sanctions contre les responsables des crimes commis.\n\nAgir Contre le Colonialisme Aujourd’hui (ACCA) - Alliance for Freedom and Dignity (AFD) - Association des Travailleurs Maghrébins\nde France (ATMF) - Comité Justice et Paix en Palestine et au Proche-Orient du 5e arrt (CJPP5) - Union Juive Française pour la Paix (UJFP)\n",
		).map((body) => body.name);
		for (const name of [
			"Alliance for Freedom and Dignity",
			"Association des Travailleurs Maghrébins de France",
			"Union Juive Française pour la Paix",
		])
			assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
	});

	it("reads the people a sentence about a manifesto's backers names after 'hoy:'", () => {
		assert.deepEqual(
			signatories(
				"El manifiesto ha sido respaldado por 68 personas de la cultura y el deporte, y ocho de ellas han estado presentes hoy:Julen Tellería, Elixabete Garmendi, Jesus Uzkudun y Martxelo Otamendi. La lectura fue en euskara y en castellano.\n",
			).map((person) => person.name),
			["Julen Tellería", "Elixabete Garmendi", "Jesus Uzkudun", "Martxelo Otamendi"],
		);
	});
});
