import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importStatement } from "../../../src/core/import/import-statement.js";

const signatories = (text: string) => importStatement(text).sections.flatMap((section) => section.signatories);

// Shapes found in the development rounds eleven to fifteen (stop 29), each test written by hand from the shape, not
// from the importer's output.
describe("the eleventh to fifteenth rounds' shapes", () => {
	it("goes on reading the members a signer's line announces, as signers under the same heading", () => {
		const draft = importStatement(
			"Pronunciamiento ante el golpe\n\nExigimos el respeto a los derechos humanos y garantías a las libertades públicas para el pueblo.\n\nOrganizaciones firmantes\n* Coordinación de Mujeres del Paraguay (CMP)\nArticulación integrada por las siguientes organizaciones:\n\n* Asociación Trinidad\n* Círculo de Abogadas del Paraguay\n* Kuña Róga\n\nAdhesiones personales\n\n* Ada Verna\n* Clyde Soto\n",
		);
		assert.deepEqual(
			draft.sections.map((section) => [section.heading, section.signatories.map((signatory) => signatory.name)]),
			[
				[
					"Organizaciones firmantes",
					[
						"Coordinación de Mujeres del Paraguay",
						"Asociación Trinidad",
						"Círculo de Abogadas del Paraguay",
						"Kuña Róga",
					],
				],
				["Adhesiones personales", ["Ada Verna", "Clyde Soto"]],
			],
		);
		assert.equal(
			draft.accounting.find((entry) => entry.text.startsWith("Articulación"))?.as,
			"heading",
			"the announcing line is accounted as a heading inside the list",
		);
	});

	it("reads the signers a news item names when the list it announces broke off after one line", () => {
		const names = signatories(
			"Intelectuais lançam manifesto em defesa da democracia\n\nO documento conta mais de 300 assinaturas. Entre os signatários estão o linguista Noam Chomsky, o cantor Chico Buarque, o escritor Raduan Nassar e a filósofa Marilena Chaui.\n\nAbaixo, leia o manifesto e a lista de signatários:\n\nManifesto Eleição sem Lula é fraude\n",
		).map((signatory) => signatory.name);
		for (const name of ["Noam Chomsky", "Chico Buarque", "Raduan Nassar", "Marilena Chaui"])
			assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
	});

	it("goes on reading a list after a longer group label, when names follow its colon", () => {
		const people = signatories(
			"Firenze Popolare\n\nTra le tante adesioni pervenute sin qui segnaliamo quelle a titolo personale di:\nEbe Giacometti (presidentessa di Italia Nostra), Mauro Romanelli (presidente di Ecolobby), Simone Porzio (CGIL Toscana)\nE ancora dal mondo della cultura e delle professioni: Simona Maggiorelli (direttrice di Left), Valeria Ronzani (direttrice di Wordsinfreedom), Sarah Gainsforth (giornalista), Pierluigi Piantanida (scenografo), Anna Badino, Tiziana Serena, Fulvio Cervini, Gaspare Polizzi (UNIFI), Sergio Vessella (UNIFI), Paolo Pampaloni (UNIFI)\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Ebe Giacometti", "individual"],
				["Mauro Romanelli", "individual"],
				["Simone Porzio", "individual"],
				["Simona Maggiorelli", "individual"],
				["Valeria Ronzani", "individual"],
				["Sarah Gainsforth", "individual"],
				["Pierluigi Piantanida", "individual"],
				["Anna Badino", "individual"],
				["Tiziana Serena", "individual"],
				["Fulvio Cervini", "individual"],
				["Gaspare Polizzi", "individual"],
				["Sergio Vessella", "individual"],
				["Paolo Pampaloni", "individual"],
			],
		);
		assert.equal(people[3]?.title, "direttrice");
		assert.equal(people[3]?.organization, "Left");
	});

	it("ends a list at a colon line whose label is followed by demands, not names", () => {
		const names = signatories(
			"Carta aberta\n\nAssinam esta carta:\nMaria Silva\nJoão Souza\nAna Costa\nAs entidades exigem: o fim da repressão, a libertação dos presos, a reparação das vítimas\n",
		).map((person) => person.name);
		assert.deepEqual(names, ["Maria Silva", "João Souza", "Ana Costa"]);
	});

	it("reads names printed side by side between signature lines as one signature each", () => {
		const draft = importStatement(
			"COMUNICADO 02\n\nLa junta directiva de la Asociación se permite manifestar a la comunidad universitaria su respaldo a los profesores.\n\nPereira 2 de octubre de 2013\n\n__________________________________        ___________________________________\n\nEdelmiro Patiño Cárdenas                Marcela Botero Arbeláez\n\n__________________________________        ___________________________________\n\nLiliana Portilla                   Hernán Mauricio García Cardona\n\n__________________________________\n\nRobin Mario Escobar\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((person) => [person.name, person.kind])),
			[
				["Edelmiro Patiño Cárdenas", "individual"],
				["Marcela Botero Arbeláez", "individual"],
				["Liliana Portilla", "individual"],
				["Hernán Mauricio García Cardona", "individual"],
				["Robin Mario Escobar", "individual"],
			],
		);
		const rules = draft.accounting.filter((entry) => entry.text.startsWith("_")).map((entry) => entry.rule);
		assert.deepEqual(rules, ["rule-line", "rule-line", "rule-line"]);
	});

	it("parts bodies run together as 'ACRONYM –Name' after 'Assinam o manifesto:', acronyms with dashes kept whole", () => {
		const bodies = signatories(
			"Entidades sindicais repudiaram um ofício da prefeitura, que proibiu a colocação de faixas.\n\nAssinam o manifesto: ANDES–SN –Sindicato Nacional dos Docentes das Instituições de Ensino Superior ADUFPA –Associação dos Docentes da Universidade Federal do Pará SINDJUF–PA/AP –Sindicato dos Trabalhadores do Poder Judiciário Federal do Pará e Amapá SINA–PA –Sindicato Nacional dos Aeroportuários –Seção Pará\n",
		);
		assert.deepEqual(
			bodies.map((body) => [body.name, body.abbreviation, body.kind]),
			[
				["Sindicato Nacional dos Docentes das Instituições de Ensino Superior", "ANDES–SN", "organization"],
				["Associação dos Docentes da Universidade Federal do Pará", "ADUFPA", "organization"],
				["Sindicato dos Trabalhadores do Poder Judiciário Federal do Pará e Amapá", "SINDJUF–PA/AP", "organization"],
				["Sindicato Nacional dos Aeroportuários –Seção Pará", "SINA–PA", "organization"],
			],
		);
	});

	it("drops a photograph's caption that names who stands in it from left to right", () => {
		const draft = importStatement(
			"Gemeinsame Erklärung gegen die Diffamierung\n\nVier Bundestagsabgeordnete gehören zu den über 40 Erstunterzeichnern der Gemeinsamen Erklärung, die am Montag in München vorgestellt wurde.\n\nV.l.n.r.: Florian Ritter, Linda Schneider, Ernst Grube, Dr. Klaus Hahnzog\n\nErstunterzeichner:\nMax Mannheimer\nKonstantin Wecker\nJosef Bierbichler\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((person) => person.name)),
			["Max Mannheimer", "Konstantin Wecker", "Josef Bierbichler"],
		);
		assert.equal(draft.accounting.find((entry) => entry.text.startsWith("V.l.n.r."))?.rule, "photo-caption");
	});

	it("takes a sentence broken into short lines for prose, not for a list without a heading", () => {
		const draft = importStatement(
			"Aufruf\n\nDer Terrorakt, der das amerikanische Volk tief getroffen hat, ist auf das schärfste zu verurteilen, und den Hinterbliebenen gilt unser Mitgefühl.\n\nDiese Wahnsinnstat Einzelner darf\n\nnicht zu einem Bündnisfall militärischer\nVergeltung oder Rache\n\nwerden.\n\nSie ist ein\nBündnisfall für die dialogbereite Außenpolitik,\nsie ist ein\nBündnisfall für den gerechten Welthandel.\n\nErstunterzeichner:\nStephan Dorgerloh, Direktor der Evangelischen Akademie Sachsen-Anhalt\nAxel Noack, Bischof Magdeburg\nFriedrich Schorlemmer, Studienleiter\n",
		);
		assert.deepEqual(
			draft.sections.map((section) => [
				section.heading?.replace(/:$/, ""),
				section.signatories.map((person) => person.name),
			]),
			[["Erstunterzeichner", ["Stephan Dorgerloh", "Axel Noack", "Friedrich Schorlemmer"]]],
		);
		assert.match(draft.body, /Diese Wahnsinnstat Einzelner darf/);
	});

	it("parts two people joined by 'und' before the role they share after a comma, giving it to neither", () => {
		const people = signatories(
			"Erstunterzeichner:\nAxel Noack, Bischof Magdeburg\nProf. Dr. Götz Doyé und Katharina Doyé, Studienleiterin\nSabine Kramer und Friedrich Kramer, Studentenpfarrer/in\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Axel Noack", "individual"],
				["Götz Doyé", "individual"],
				["Katharina Doyé", "individual"],
				["Sabine Kramer", "individual"],
				["Friedrich Kramer", "individual"],
			],
		);
		assert.deepEqual(
			people.slice(1).map((person) => person.title),
			["Prof. Dr.", null, null, null],
			"the shared role is given to neither, a title before one name stays that person's",
		);
	});

	it("takes 'Endorsers of the Statement … by the Coalition …' for the heading of the list under it, however long", () => {
		const draft = importStatement(
			"Today and every day we stand in solidarity with our Muslim sisters and brothers and join them in praying for strength and healing.\nEndorsers of the Statement “Our Hearts Break for our Muslim Brothers and Sisters” by the Coalition of Religious Leaders of New Jersey\nRev. Leslie Dobbs-Allsopp\nInterim Executive of the Elizabeth Presbytery\nImam Qareeb Bashir\nIslamic Council of Greater Trenton\n",
		);
		assert.equal(draft.sections.length, 1);
		assert.match(draft.sections[0]?.heading ?? "", /^Endorsers of the Statement/);
		assert.deepEqual(
			draft.sections[0]?.signatories.map((person) => person.name),
			["Leslie Dobbs-Allsopp", "Qareeb Bashir"],
		);
	});

	it("reads a dotted acronym as a name, and parts a dash list where a dash is spaced on one side only", () => {
		const unions = signatories(
			"Mendoza, 19 de noviembre de 2012.\nLos gremios abajo firmantes no adherimos a esta medida por considerarla ilegítima, ilegal e inoportuna.\nU.O.M – CTA – SUTE – SIPES – SMATA- UOCRA- UPCN – Petroleros Privados – CONTRATISTAS DE VIÑAS- ATSA\n",
		).map((union) => union.name);
		assert.deepEqual(unions, [
			"U.O.M",
			"CTA",
			"SUTE",
			"SIPES",
			"SMATA",
			"UOCRA",
			"UPCN",
			"Petroleros Privados",
			"CONTRATISTAS DE VIÑAS",
			"ATSA",
		]);
	});

	it("reads a bulleted list run together after a sentence's colon, each dash glued to the entry before it", () => {
		const draft = importStatement(
			"La manifestación contra la ampliación del tranvía ha sumado más apoyos, según la plataforma que la convoca.\n\nEstas son las entidades ciudadanas que, hasta la fecha, han expresado su apoyo a la manifestación:- Asociación Amigos de la Cornisa Este- Asociación Casa del Pumarejo- Asociación para la Movilidad Personal Ecológica en Sevilla (AMPES)- Colectivo Tranvía verde- Sociedad Española de Ornitología (SEO/BirdLife) – Grupo Local de Sevilla\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((body) => [body.name, body.abbreviation])),
			[
				["Asociación Amigos de la Cornisa Este", null],
				["Asociación Casa del Pumarejo", null],
				["Asociación para la Movilidad Personal Ecológica en Sevilla", "AMPES"],
				["Colectivo Tranvía verde", null],
				["Sociedad Española de Ornitología – Grupo Local de Sevilla", "SEO/BirdLife"],
			],
		);
	});

	it("keeps a bracket's dashes inside its entry, and takes no middle dot of inclusive writing for a bullet", () => {
		const names = signatories(
			"Organizations that have signed the Manifesto:\nCCOO Catalunya\nCCB- Espinardo (Comunidad Cristiana de Base de Espinardo- Murcia)\nComunidades Cristianas de Base de la Región de Murcia\n",
		).map((body) => body.name);
		assert.equal(names.length, 3, names.join(" | "));
		const people = signatories(
			"Signé notamment par Jacques Toubon, Défenseur des droits, et Thierry Beaudet, président du Conseil économique social et environnemental.\n\nLes dirigeant·e·s des principales organisations syndicales en sont signataires : Sophie Binet, secrétaire générale de la CGT ; Marylise Léon, secrétaire générale de la CFDT ; Benoît Teste, secrétaire général de la FSU.\n",
		).map((person) => person.name);
		for (const name of ["Jacques Toubon", "Thierry Beaudet", "Sophie Binet", "Benoît Teste"])
			assert.ok(people.includes(name), `${name} in ${people.join(" | ")}`);
	});

	it("reads a starred list run on after the text on one line, and keeps the text before it as the body", () => {
		const draft = importStatement(
			"Nota de repúdio à criminalização dos movimentos sociais. Os movimentos sociais são parte da democracia e persegui-los é atacar a democracia. Assinam: * Programa de Pós-Graduação em Antropologia Social do Museu Nacional (PPGAS/MN/UFRJ) * Colégio Brasileiro de Altos Estudos/UFRJ (CBAE) * FASE - Federação de Órgãos para Assistência Social e Educacional * Centro de Estudos Rurais/IFCH/Unicamp (CERES)\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((body) => [body.name, body.abbreviation])),
			[
				["Programa de Pós-Graduação em Antropologia Social do Museu Nacional", "PPGAS/MN/UFRJ"],
				["Colégio Brasileiro de Altos Estudos/UFRJ", "CBAE"],
				["Federação de Órgãos para Assistência Social e Educacional", "FASE"],
				["Centro de Estudos Rurais/IFCH/Unicamp", "CERES"],
			],
		);
		assert.match(draft.body, /persegui-los é atacar a democracia\.$/);
	});

	it("reads 'Par ordre alphabétique:' as a heading and 'Prénom NOM role' lines as people with their roles", () => {
		const people = signatories(
			"Élus finistériens en exercice, ils soutiennent Fabien Roussel publiquement et intègrent son comité de soutien.\n\nPar ordre alphabétique:\n\nPatrick BEGUIVIN - ouvrier en miroiterie, conseiller municipal à Plouigneau\n\nDjelloul BENHENNI, ouvrier du BTP, conseiller municipal de Rosporden\n\nBertrand BIANIC Conseiller municipal délégué au Relecq-Kerhuon\n\nMaëla BURLOT conseillère municipale à Morlaix\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Patrick BEGUIVIN", "individual"],
				["Djelloul BENHENNI", "individual"],
				["Bertrand BIANIC", "individual"],
				["Maëla BURLOT", "individual"],
			],
		);
		assert.match(people[3]?.role ?? "", /^conseillère municipale à Morlaix$/);
		const bodies = signatories("Signataires :\nFédération CGT des cheminots\nUnion SNES de Paris\n").map(
			(body) => body.kind,
		);
		assert.deepEqual(bodies, ["organization", "organization"]);
	});

	it("reads bodies under a heading that speaks of individual and organizational endorsers as bodies", () => {
		const kinds = signatories(
			"These are some of our current individual and organizational endorsers:\n- ML King County Labor Council\n- SEIU Healthcare 1199NW\n- Central Puget Sound Carpenters Local 30 (link)\n- Noam Chomsky (Author, linguist, activist)\n",
		).map((signatory) => [signatory.name, signatory.kind]);
		assert.deepEqual(kinds, [
			["ML King County Labor Council", "organization"],
			["SEIU Healthcare 1199NW", "organization"],
			["Central Puget Sound Carpenters Local 30", "organization"],
			["Noam Chomsky", "individual"],
		]);
	});

	it("reads 'Unter ihnen die Feministin A, der Schriftsteller B und der Autor C' after a paragraph about the letter", () => {
		const people = signatories(
			"In dem Offenen Brief haben sich vor zwei Tagen 28 Intellektuelle an Bundeskanzler Scholz gewandt.\n\nUnter ihnen die Feministin Alice Schwarzer, der Schriftsteller Martin Walser und der Rechtsphilosoph Reinhard Merkel, der Sänger Reinhard Mey, die Schauspieler Lars Eidinger und Edgar Selge.\n",
		);
		assert.deepEqual(
			people.map((person) => person.name),
			["Alice Schwarzer", "Martin Walser", "Reinhard Merkel", "Reinhard Mey", "Lars Eidinger", "Edgar Selge"],
		);
		assert.equal(people[0]?.title ?? people[0]?.role, "Feministin");
	});

	it("takes an American office before the name for the person's title, and keeps a surname that is an office", () => {
		const people = signatories(
			"Endorsements\n\nU.S. Rep. Ayanna Pressley\n\nState Sen. James B. Eldridge\n\nState Rep Christopher Worrell\n\nBoston City Councilor Enrique Pepén\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind]),
			[
				["Ayanna Pressley", "individual"],
				["James B. Eldridge", "individual"],
				["Christopher Worrell", "individual"],
				["Enrique Pepén", "individual"],
			],
		);
		assert.deepEqual(
			people.map((person) => person.title),
			["U.S. Rep.", "State Sen.", "State Rep", "Boston City Councilor"],
		);
		const names = signatories(
			"Entre los firmantes están el premio Nobel de la Paz, Adolfo Pérez Esquivel, el escritor José Luis Sampedro o el presidente de la Fundación Cultura de Paz, Federico Mayor Zaragoza.\n",
		).map((person) => person.name);
		assert.ok(names.includes("Federico Mayor Zaragoza"), names.join(" | "));
	});

	it("reads the bodies after 'haben unterzeichnet:' with the place they come from, the list ending at a full stop after a German closing quote", () => {
		const bodies = signatories(
			"Die Unterzeichner\n\nDen offenen Brief an Oberbürgermeister Kufen haben unterzeichnet: Die Initiative BürgerAktion Bochold, die Interessengemeinschaft Ickten, der Nachbarschaftskreis Bögelsknapen und die Bürgerinitiative „Rettet die Schönebecker Grünflächen“. Unterstützt werden sie von den „Parents for Future“ und Transition Town.\n",
		).map((body) => body.name);
		assert.deepEqual(bodies, [
			"Initiative BürgerAktion Bochold",
			"Interessengemeinschaft Ickten",
			"Nachbarschaftskreis Bögelsknapen",
			"Bürgerinitiative „Rettet die Schönebecker Grünflächen“",
		]);
		const placed = signatories(
			"Den offenen Brief haben unterzeichnet: Die Initiative BürgerAktion Bochold, der Nachbarschaftskreis Bögelsknapen aus Kettwig und die Bürgerinitiative „Rettet den Klostergarten“ aus Bedingrade.\n",
		).map((body) => [body.name, body.country]);
		assert.deepEqual(placed, [
			["Initiative BürgerAktion Bochold", null],
			["Nachbarschaftskreis Bögelsknapen", "Kettwig"],
			["Bürgerinitiative „Rettet den Klostergarten“", "Bedingrade"],
		]);
	});

	it("reads the people a press release says declare it, and drops the press offices that sent it", () => {
		const draft = importStatement(
			"COMUNICATO STAMPA\nI segretari generali di Fim Fiom e Uilm saranno con le rispettive delegazioni a Palazzo Chigi il 7 novembre.\nInvitiamo gli organi di informazione ad essere presenti.\nLo dichiarano Roberto Benaglia, segretario generale Fim-Cisl, Michele De\nPalma, segretario generale Fiom-Cgil e Rocco Palombella, segretario generale\nUilm-Uil\nRoma, 4 novembre 2023\nUffici Stampa Fim, Fiom, Uilm Nazionali\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((person) => [person.name, person.kind])),
			[
				["Roberto Benaglia", "individual"],
				["Michele De Palma", "individual"],
				["Rocco Palombella", "individual"],
			],
		);
		assert.equal(draft.accounting.find((entry) => entry.text.startsWith("Uffici Stampa"))?.rule, "press-office");
	});

	it("reads on past a bracket the text never closes when people are named after it, and not otherwise", () => {
		const people = signatories(
			"Entre centenas de pessoas, assinaram o manifesto Leandro Konder, Ruy Braga, Paulo Arantes, Caio Toledo (Unicamp), Paulo Silveira (Universidade de São Paulo), Reinaldo A. Carcanholo (vice-presidente da SEPLA, Helder Gomes (membro da Sociedad Latinoamericana de Economía Política), Pedro Ivo de Souza Batista (p/Coordenação da Rede Brasileira de Ecossocialistas).\n",
		).map((person) => person.name);
		for (const name of ["Caio Toledo", "Reinaldo A. Carcanholo", "Helder Gomes", "Pedro Ivo de Souza Batista"])
			assert.ok(people.includes(name), `${name} in ${people.join(" | ")}`);
		const bodies = signatories(
			"Firmantes:\n1. CCOO (Comisiones Obreras).\n2. No Te Prives (Colectivo de Lesbianas, Gays, Trans y Bisexuales de la Región de Murcia.\n3. STERM (Sindicato de Trabajadores de la Enseñanza).\n",
		).map((body) => body.name);
		assert.equal(bodies.length, 3, bodies.join(" | "));
	});

	it("reads 'signers of the letter included A, B' after a short lead-in, and 'Sec. Gral' before a name as a title", () => {
		const clergy = signatories(
			"Ten local clergy urged an end to the nurses' strike in a letter sent on Tuesday.\n\nAlong with Rellinger and Kenny, signers of the letter included Tom Arthur, David Behling, Rex Kibler, Bob Lueck, Matt Stoll and Jeff Watton.\n",
		).map((person) => person.name);
		assert.deepEqual(clergy, ["Tom Arthur", "David Behling", "Rex Kibler", "Bob Lueck", "Matt Stoll", "Jeff Watton"]);
		const people = signatories(
			"Firman:\n\nSec. Gral Gachi Ramundo\n\nSec. Adjunto Pedro Sanllorenti\n\nSec. de DDHH Rocío Rodríguez\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind, person.title]),
			[
				["Gachi Ramundo", "individual", "Sec. Gral"],
				["Pedro Sanllorenti", "individual", "Sec. Adjunto"],
				["Rocío Rodríguez", "individual", "Sec. de DDHH"],
			],
		);
	});

	it("reads 'the letter includes signatures from A of Unison, B of GMB', each person's body as their organization", () => {
		const people = signatories(
			"Union leaders back Remain\n\nIn addition to McCluskey, the letter includes signatures from Dave Prentis of Unison, Tim Roache of GMB, John Smith of the Musicians’ Union and Roy Rickhuss of Community.\n",
		).filter((person) => person.kind === "individual");
		assert.deepEqual(
			people.map((person) => [person.name, person.title, person.organization]),
			[
				["Dave Prentis", null, "Unison"],
				["Tim Roache", null, "GMB"],
				["John Smith", null, "Musicians’ Union"],
				["Roy Rickhuss", null, "Community"],
			],
		);
	});

	it("reads 'entre los colectivos adheridos … se encuentran A, B' and 'A, el B o el C también han mostrado su apoyo'", () => {
		const bodies = signatories(
			"Esta campaña pretende aglutinar a todas las organizaciones que quieran apoyar el manifiesto.\nA fecha de hoy, entre los colectivos adheridos a esta movilización se encuentran la Plataforma en Defensa de las Montañas, Jalón Vivo, Huerva Vivo o el Sindicato Obrero Aragonés.\nLa Asociación Naturaleza Rural del valle de Castanesa, Jiloca Vivo, Montañeros en Acción o el Sindicato de Estudiantes de Izquierdas también han mostrado su apoyo.\n",
		).map((body) => body.name);
		assert.deepEqual(bodies, [
			"Plataforma en Defensa de las Montañas",
			"Jalón Vivo",
			"Huerva Vivo",
			"Sindicato Obrero Aragonés",
			"Asociación Naturaleza Rural del valle de Castanesa",
			"Jiloca Vivo",
			"Montañeros en Acción",
			"Sindicato de Estudiantes de Izquierdas",
		]);
	});

	it("reads 'Letter Co-Leads: Rep. A, Rep. B' and 'Current Co-Signers (8): Reps. X, Y (GA), …' as people, states as places", () => {
		const draft = importStatement(
			"Request for Signature(s)\n\nLetter Co-Leads: Rep. Alan Lowenthal, Rep. Judy Chu, and Rep. Sylvia R. Garcia\n\nCurrent Co-Signers (8): Reps. Beatty, Bishop (GA), Boyle, Carolyn Maloney,\nLee (NV), Omar, Pocan, and Yarmuth\n\nDear Colleague,\n\nPlease join us in sending a letter to Speaker Pelosi urging support for financial relief for our nation's unions.\n",
		);
		const [leads, cosigners] = draft.sections;
		assert.deepEqual(
			leads?.signatories.map((person) => [person.name, person.kind, person.title]),
			[
				["Alan Lowenthal", "individual", "Rep."],
				["Judy Chu", "individual", "Rep."],
				["Sylvia R. Garcia", "individual", "Rep."],
			],
		);
		assert.deepEqual(
			cosigners?.signatories.map((person) => [person.name, person.kind, person.country]),
			[
				["Beatty", "individual", null],
				["Bishop", "individual", "GA"],
				["Boyle", "individual", null],
				["Carolyn Maloney", "individual", null],
				["Lee", "individual", "NV"],
				["Omar", "individual", null],
				["Pocan", "individual", null],
				["Yarmuth", "individual", null],
			],
		);
	});

	it("drops a paywall's buttons, whose subscribers are readers, and reads the signers the article's sentences name", () => {
		const draft = importStatement(
			"Caetano e Gil assinam Carta pela Democracia\n\n  • Salvar artigos\n\n    Recurso exclusivo para assinantes\n\n    assine ou faça login\n\nCom mais de 300 mil assinaturas, a carta conta nomes como Chico Buarque de Hollanda, Fernando Meirelles, Dira Paes, Luís Fernando Veríssimo, Jorge Furtado, Débora Bloch e Alessandra Negrini como signatários.\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((person) => person.name)),
			[
				"Chico Buarque de Hollanda",
				"Fernando Meirelles",
				"Dira Paes",
				"Luís Fernando Veríssimo",
				"Jorge Furtado",
				"Débora Bloch",
				"Alessandra Negrini",
			],
		);
		assert.deepEqual(
			draft.accounting.filter((entry) => entry.rule === "paywall").map((entry) => entry.text),
			["• Salvar artigos", "Recurso exclusivo para assinantes", "assine ou faça login"],
		);
	});

	it("reads one long paragraph of entries after 'ha visto finora le seguenti adesioni:' as the list", () => {
		const names = signatories(
			"L’evento “Uniti e uguali” è stato promosso dall’Associazione Sindaci del Sud Italia Recovery Sud, una rete di sindaci di tutto il Meridione, e ha visto finora le seguenti adesioni:\n\nGaetano Manfredi – Sindaco di Napoli; Davide Carlucci – Sindaco di Acquaviva delle Fonti – Associazione Sindaci del Sud Italia Recovery Sud, Michele Emiliano – Presidente Regione Puglia, Antonio Decaro – Sindaco di Bari, Matteo Ricci – Sindaco di Pesaro – Ali, Lega delle Autonomie; Massimo Villone – Coordinamento per la Democrazia costituzionale; Luigi Carbone – Consigliere comunale Napoli; Pino Aprile – Scrittore e giornalista, Presidente Movimento equità territoriale; Tavolo contro ogni autonomia differenziata; Giovanna Bruno, Sindaca di Andria, Presidente Ali Puglia; Luigi De Magistris, Unione Popolare; Cgil Scuola; Uil Scuola; Gilda degli Insegnanti; Sergio Costa, Vicepresidente della Camera dei Deputati, Movimento 5 Stelle\n",
		).map((signatory) => signatory.name);
		for (const name of [
			"Gaetano Manfredi",
			"Davide Carlucci",
			"Massimo Villone",
			"Luigi Carbone",
			"Pino Aprile",
			"Tavolo contro ogni autonomia differenziata",
			"Giovanna Bruno",
			"Luigi De Magistris",
			"Cgil Scuola",
			"Uil Scuola",
			"Gilda degli Insegnanti",
			"Sergio Costa",
		])
			assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
	});

	it("reads 'Entre otros, firman el manifiesto A, escritor; B, actriz' and 'Those leaders include: Representatives A, chair of X'", () => {
		const writers = signatories(
			"jueves. 25.04.2024\n\nEntre otros, firman el manifiesto Juan José Millás, escritor; Juan Mayorga, dramaturgo; Pilar Bardem, actriz; Joaquín Sabina, cantautor.\n\nLa cita es este lunes a las 11 horas en el Ateneo de Madrid.\n",
		);
		assert.deepEqual(
			writers.map((person) => [person.name, person.title]),
			[
				["Juan José Millás", "escritor"],
				["Juan Mayorga", "dramaturgo"],
				["Pilar Bardem", "actriz"],
				["Joaquín Sabina", "cantautor"],
			],
		);
		const chairs = signatories(
			"WASHINGTON — The following statement was released by leaders of the House of Representatives Democratic Caucuses.\n\nThose leaders include: Representatives Pramila Jayapal (WA-07), chair of the Congressional Progressive Caucus; Suzan DelBene (WA-01), chair of the New Democrat Coalition; Raul Ruiz (CA-36), chair of the Congressional Hispanic Caucus.\n",
		).map((person) => person.name);
		assert.deepEqual(chairs, ["Pramila Jayapal", "Suzan DelBene", "Raul Ruiz"]);
	});

	it("reads 'The Rev. Dr. A' as a person whose title is 'Rev. Dr.', the article no part of it", () => {
		const clergy = signatories(
			"Signed, Sunday, May 14, 2017:\nThe Rev. Dr. Alvin Edwards\nThe Rev. Daniel Xisto\nMr. Adam Slate\nPastor Sarah A. Kelley\n",
		);
		assert.deepEqual(
			clergy.map((person) => [person.name, person.kind, person.title]),
			[
				["Alvin Edwards", "individual", "Rev. Dr."],
				["Daniel Xisto", "individual", "Rev."],
				["Adam Slate", "individual", "Mr."],
				["Sarah A. Kelley", "individual", "Pastor"],
			],
		);
	});

	it("reads the bodies that call for the action, parted by commas or by slashes, as its signers", () => {
		const unions = signatories(
			"Les organisations syndicales CGT/FO/FSU/UNSA/CFTC/Solidaires appellent à soutenir la pétition pour la nationalisation temporaire du site.\n\nUn pique-nique de solidarité est organisé samedi 22 juin à 12h00 devant l’usine.\n",
		).map((body) => body.name);
		assert.deepEqual(unions, ["CGT", "FO", "FSU", "UNSA", "CFTC", "Solidaires"]);
		const youth = signatories(
			"La CGT, FO, Solidaires, la FSU et les organisations de jeunesse Fidl, Unef, MNL et la Vie lycéenne appellent à une journée de grève mardi, indiquent-ils dans un communiqué commun.\n",
		).map((body) => body.name);
		for (const name of ["CGT", "FO", "Solidaires", "FSU", "Fidl", "Unef", "MNL", "Vie lycéenne"])
			assert.ok(youth.includes(name), `${name} in ${youth.join(" | ")}`);
	});

	it("drops the link to the text as a file and the site an item came via, and keeps La Via Campesina", () => {
		const draft = importStatement(
			"As centrais sindicais decidiram suspender a greve geral.\n\nSão Paulo, dezembro de 2017\n\nVagner Freitas,\npresidente da CUT\n\nRicardo Patah,\npresidente da UGT\n\nDocumento pdf\n\nVia NCST\n",
		);
		assert.deepEqual(
			draft.sections.flatMap((section) => section.signatories.map((person) => person.name)),
			["Vagner Freitas", "Ricardo Patah"],
		);
		assert.deepEqual(
			draft.accounting.filter((entry) => entry.as === "furniture").map((entry) => entry.rule),
			["attachment", "source-line"],
		);
		const bodies = signatories("Signatories:\nVia Campesina\nFriends of the Earth\nAttac\n").map((body) => body.name);
		assert.deepEqual(bodies, ["Via Campesina", "Friends of the Earth", "Attac"]);
	});

	it("takes 'Respeitosamente,' and 'Saludos fraternales,' for a letter's closing, not a signer", () => {
		for (const closing of ["Respeitosamente,", "Saludos fraternales,", "Salutations syndicales,"]) {
			const names = signatories(
				`As centrais sindicais brasileiras manifestam sua solidariedade à greve geral na Argentina.\n\n${closing}\n\nSérgio Nobre\nCentral Única dos Trabalhadores\n\nRicardo Patah\nUnião Geral dos Trabalhadores\n`,
			).map((signatory) => signatory.name);
			assert.deepEqual(names, ["Sérgio Nobre", "Ricardo Patah"], closing);
		}
	});

	it("reads a name the given-name table does not know over its body as a signature, after one such in the list", () => {
		const people = signatories(
			"As centrais sindicais brasileiras manifestam sua solidariedade à greve geral na Argentina.\n\nRespeitosamente,\n\nRicardo Patah\nUnião Geral dos Trabalhadores\n\nMoacyr Tesch Auersvald\nNova Central Sindical de Trabalhadores\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.kind, person.organization]),
			[
				["Ricardo Patah", "individual", "União Geral dos Trabalhadores"],
				["Moacyr Tesch Auersvald", "individual", "Nova Central Sindical de Trabalhadores"],
			],
		);
	});

	it("parts a comma list of bodies whose names run long, and not a sentence's clauses", () => {
		const bodies = signatories(
			"Premiers signataires : Les Alternatifs, Alternative libertaire (AL), Association France-Palestine-Solidarité (AFPS), Association pour la taxation des transactions financières et l’aide aux citoyens (ATTAC), Association des travailleurs maghrébins en France (ATMF), CIMADE\n",
		).map((body) => [body.name, body.abbreviation]);
		assert.deepEqual(bodies, [
			["Les Alternatifs", null],
			["Alternative libertaire", "AL"],
			["Association France-Palestine-Solidarité", "AFPS"],
			["Association pour la taxation des transactions financières et l’aide aux citoyens", "ATTAC"],
			["Association des travailleurs maghrébins en France", "ATMF"],
			["CIMADE", null],
		]);
	});

	it("reads two lists under headings in capitals with their article, acronyms joined by dashes, and no joint between them", () => {
		const draft = importStatement(
			"UNITE D’ACTION SYNDICALE (UAS) / BURKINA FASO\nLES CENTRALES SYNDICALES :\n\nConfédération Générale du Travail du Burkina (CGT-B)\nConfédération Syndicale Burkinabé (CSB)\nOrganisation Nationale des Syndicats Libres (ONSL)\nEt\nLES SYNDICATS AUTONOMES :\nSAIB – SATB – SAMAE–SATEB– SNEAB\nSYNTAS–SYNTRAPOST– SYNAPAGER\n",
		);
		assert.deepEqual(
			draft.sections.map((section) => section.signatories.map((body) => body.abbreviation ?? body.name)),
			[
				["CGT-B", "CSB", "ONSL"],
				["SAIB", "SATB", "SAMAE", "SATEB", "SNEAB", "SYNTAS", "SYNTRAPOST", "SYNAPAGER"],
			],
		);
		const one = signatories("Assinam:\nANDES–SN\nSINDJUF–PA/AP\nCUT\n").map((body) => body.name);
		assert.deepEqual(one, ["ANDES–SN", "SINDJUF–PA/AP", "CUT"]);
	});

	it("reads cardinals and bishops as people, 'X supporting the Statement' as a heading, and 'Town, ST' as a body's place", () => {
		const draft = importStatement(
			"Statement from Catholic Bishops\n\nIf your Bishop hasn’t signed, please reach out and encourage him to join us in sharing love and hope into our world.\n\n  • Cardinal Joseph W. Tobin\n  • Archbishop John C. Wester\n  • Bishop John Stowe\n\nCatholic Parishes, Religious Orders, Organizations, and Schools supporting the Statement\n1. Bellarmine Chapel, Cincinnati, OH\n2. Catholic Community of Christ Our Light, Cherry Hill, NJ\n3. Holy Trinity Parish, Washington, DC\n",
		);
		assert.deepEqual(
			draft.sections.map((section) =>
				section.signatories.map((signatory) => [signatory.name, signatory.kind, signatory.title ?? signatory.country]),
			),
			[
				[
					["Joseph W. Tobin", "individual", "Cardinal"],
					["John C. Wester", "individual", "Archbishop"],
					["John Stowe", "individual", "Bishop"],
				],
				[
					["Bellarmine Chapel", "organization", "Cincinnati, OH"],
					["Catholic Community of Christ Our Light", "organization", "Cherry Hill, NJ"],
					["Holy Trinity Parish", "organization", "Washington, DC"],
				],
			],
		);
	});

	it("reads 'Nomes como os infectologistas A e B, o neurologista C … endossam a carta'", () => {
		const doctors = signatories(
			"Até a tarde desta quarta, o abaixo-assinado reunia 402 assinaturas, entre ex-alunos, ex-residentes e professores.\nNomes como os infectologistas Reinaldo Salomão e Paulo Roberto Abrão Ferreira, o neurologista Acary Souza Bulle Oliveira, o hematologista Nelson Hamerschlak e o cirurgião plástico Miguel Sabino Neto endossam a carta.\n",
		).map((person) => person.name);
		assert.deepEqual(doctors, [
			"Reinaldo Salomão",
			"Paulo Roberto Abrão Ferreira",
			"Acary Souza Bulle Oliveira",
			"Nelson Hamerschlak",
			"Miguel Sabino Neto",
		]);
	});

	it("reads 'Entre quienes apoyan esta iniciativa se puede mencionar a los ex ministros A, B; …'", () => {
		const people = signatories(
			"La declaración pública fue firmada por un grupo inicial de 53 ciudadanos.\nEntre quienes apoyan esta iniciativa se puede mencionar a los ex ministros Francisco Vidal, Luis Maira y Carlos Ominami; los ex subsecretarios Gabriel Gaspar y Raúl Vergara; el ex presidente de la Cámara de Diputados, Antonio Leal.\n",
		).map((person) => person.name);
		for (const name of [
			"Francisco Vidal",
			"Luis Maira",
			"Carlos Ominami",
			"Gabriel Gaspar",
			"Raúl Vergara",
			"Antonio Leal",
		])
			assert.ok(people.includes(name), `${name} in ${people.join(" | ")}`);
	});

	it("reads the text's own signature over 'Mitunterzeichnerinnen' and the co-signers under it", () => {
		const draft = importStatement(
			"Offener Brief\nSehr geehrte Frau Bundeskanzlerin Merkel,\nwir bitten Sie eindringlich, so viele Frauenrechtlerinnen wie möglich aus Afghanistan zu evakuieren, denn sie haben die schlimmste Behandlung durch die Taliban zu befürchten.\nElke Ferner\nVorsitzende UN Women Deutschland\nMitunterzeichnerinnen\nChristina Dillenburg, Arbeitsgemeinschaft der Anwältinnen im DAV\nRoswitha Bocklage\nJana Pfenning\n",
		);
		assert.deepEqual(
			draft.sections.map((section) => section.signatories.map((person) => person.name)),
			[["Elke Ferner"], ["Christina Dillenburg", "Roswitha Bocklage", "Jana Pfenning"]],
		);
		assert.match(draft.sections[0]?.signatories[0]?.role ?? "", /^Vorsitzende UN Women Deutschland$/);
	});

	it("reads 'Bekannte Unterzeichner sind: A, B (Philosophin), …' inside a news item's one paragraph", () => {
		const people = signatories(
			"Ein von Alice Schwarzer initiierter offener Brief an den Bundeskanzler. Bekannte Unterzeichner sind: Alice Schwarzer, Svenja Flasspöhler (Philosophin), Dieter Nuhr und Gerhard Polt (Kabarettisten), Reinhard Mey (Musiker), Antje Vollmer (Theologin und grüne Politikerin). Am 3. Mai haben sich ihnen rund 200’000 Personen angeschlossen.\n",
		).map((person) => person.name);
		assert.deepEqual(people, [
			"Alice Schwarzer",
			"Svenja Flasspöhler",
			"Dieter Nuhr",
			"Gerhard Polt",
			"Reinhard Mey",
			"Antje Vollmer",
		]);
	});

	it("reads 'señalan en desplegado personajes como A, B' and takes two sentences with 'como' for prose, not a list", () => {
		const names = signatories(
			"Al menos 650 intelectuales pidieron al presidente frenar el acoso contra sus críticos.\n\nLópez Obrador “pretende socavar la libertad de expresión”, señalan en desplegado personajes como Gabriel Zaid, Antonio Lazcano, Héctor Aguilar Camín, José Antonio Crespo, Julia Tagüeña, Mónica Lavín, Silvia Lemus Fuentes, Enrique Krauze, Alberto Ruy Sánchez, Arturo Ripstein, Javier Sicilia, Sergio López Ayllón, Carmen Boullosa, Sara Sefchovich, Héctor de Mauleón.\n\nTambién empresarios como Claudio X González, políticos como Agustín Basave, y líderes de la sociedad civil organizada, como Catalina Pérez Correa. Otros firmantes fueron Mónica Lavín, Gabriel Zaid, Paulina Chavira, Veka Duncan, Víctor Solís, Anamari Gomís, Mario Campos, María Amparo Casar y Juan Ignacio Zavala.\n",
		).map((person) => person.name);
		for (const name of ["Gabriel Zaid", "Antonio Lazcano", "Héctor Aguilar Camín", "Julia Tagüeña", "Enrique Krauze"])
			assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
		assert.ok(!names.some((name) => /como|líderes/.test(name)), names.join(" | "));
	});

	it("reads one long line of bodies parted by dashes under 'Adhieren:'", () => {
		const bodies = signatories(
			'El miércoles 23 de noviembre se realiza una movilización unitaria por el desprocesamiento de los luchadores sociales.\nAdhieren:\nCooperativa de Trabajadores en Lucha - Centro Cultural de la Toma - Sindicato de Prensa - CTA de los Trabajadores - CTA (Provincial) - CTA Rosario - COAD - AMSAFE (Provincial) - AMSAFE (Rosario) - AGTSyP (sindicato de subte) - Ferroviarios Belgrano Norte - Asociación Argentina de Actores- APDH- LADH- RADIO POPULAR CHE GUEVARA -Marcela Delllanoys Sec. Adjunta COAD- Sec. Gremial SiTraTel - Eduardo Valverde Delegado Diario La Capital - Comisión Gremial Empleados de Comercio - El Mortero -Agrup 23 de diciembre Telefónicos - Agrup 7 de febrero lácteos - Partido Proyecto Sur - PTS - IS - PC FJC - MIR - EL MILITANTE - CS - PSTU - Tendencia Piquetera Revolucionaria (TPR) - OUL - Pañuelos en Rebeldía - Sindicato de Guardavidas - Manos A la Obra - El Puente (psicólogos en La Toma) - FP Dario Santillan - CPS Rompiendo Cadenas - La Fragua - CC POR - Movimiento Libres del Sur - Socialismo Libertario - Mesa Nacional CTA Victorio Paulón, Hugo Yasky - Franja Morada (UCR) - Concejales del PS en Rosario - Colectivo de Ex Presos Políticos y Sobrevivientes - CGI Banco Credicoop Rosario - CADH - Programa radial Desde El Sur - Prevenir es Cuidar - CADeP - Frente de Estudiantes en Lucha (FEL) - Agrupación Villera Piquetera (AVP) - Agrupación de Mujeres en Lucha "Las Piqueteras" - Juan Marino, dirigente de la TPR\n',
		).map((body) => body.name);
		assert.ok(bodies.length >= 50, `${bodies.length}: ${bodies.join(" | ")}`);
		assert.deepEqual(bodies.slice(0, 5), [
			"Cooperativa de Trabajadores en Lucha",
			"Centro Cultural de la Toma",
			"Sindicato de Prensa",
			"CTA de los Trabajadores",
			"CTA (Provincial)",
		]);
	});

	it("reads 'President, CONEP – Name' with the office first, and 'Name -CUT Brazil' with a dash spaced before it only", () => {
		const people = signatories(
			"Signatories:\n1. President ,CONEP -Biswanath Pyakurel\n2. Member, WFTU Presidential Council-Premal Khanal\n3. General Secretary, NDCONT- Rameshwor Shrestha\n",
		);
		assert.deepEqual(
			people.map((person) => [person.name, person.title, person.organization]),
			[
				["Biswanath Pyakurel", "President", "CONEP"],
				["Premal Khanal", "Member", "WFTU Presidential Council"],
				["Rameshwor Shrestha", "General Secretary", "NDCONT"],
			],
		);
		const [cesar] = signatories("Signed by:\nCesar Costa de Araujo -CUT Brazil\nSophia Lim -Malaysia\n");
		assert.equal(cesar?.name, "Cesar Costa de Araujo");
	});
});

// Found at stop 31 by the nineteenth round's accounting check, written by hand from the shape.
describe("a signing heading whose own line's list cannot be read as a list", () => {
	it("is not accounted as a heading alone while the reply lists it as unrecognized: its names are read or shown", () => {
		const draft = importStatement(
			"Appeal to lift the sieges\n\nWe call on every government to open the roads to the besieged towns.\n\n\nSigned by: Dr. Mara Quinlan, Tomas Reyes, Institute for Coastal Studies, Leah Brandt, political cartoonist, and The Rev. Owen Marsh, Minister Emeritus, The Second Church of Bayfield, Nadia Farouk, author, Idris Kamau, Senior Program Officer at the Center for the Study of Rivers, Pavel Novak, Director, Novak Foundation (UK), Rosa Lind, London, UK\n\nInstitutions listed for identification only\n",
		);
		for (const line of draft.unrecognized)
			assert.ok(
				draft.accounting.some((entry) => entry.as === "unrecognized" && entry.text === line.trim()),
				line,
			);
		const signedBy = draft.accounting.find((entry) => entry.text.startsWith("Signed by:"));
		assert.notEqual(signedBy?.as, "heading");
		const names = draft.sections.flatMap((section) => section.signatories.map((signatory) => signatory.name));
		assert.ok(
			names.includes("Mara Quinlan") || draft.unrecognized.some((line) => line.includes("Mara Quinlan")),
			names.join(" | "),
		);
	});
});

// Stop 31: the six languages' country names, and given names beyond the commonest, written by hand from the shapes.
describe("countries named in German and Italian, and less common given names", () => {
	const read = (text: string) =>
		signatories(text).map((signatory) => [signatory.name, signatory.kind, signatory.countryCode]);

	it("reads a German or Italian country in brackets as the signer's country", () => {
		assert.deepEqual(
			read(
				"Offener Brief an die Regierung\n\nWir fordern die sofortige Freilassung der Verhafteten.\n\nUnterzeichnet von:\nJutta Weber (Deutschland)\nUdo Brandt (Österreich)\nGiulia Neri (Svizzera)\nAmadou Diallo (Frankreich)\n",
			),
			[
				["Jutta Weber", "individual", "DE"],
				["Udo Brandt", "individual", "AT"],
				["Giulia Neri", "individual", "CH"],
				["Amadou Diallo", "individual", "FR"],
			],
		);
	});

	it("keeps a country that ends a name broken after its 'in' in the name, not as its country or a heading", () => {
		assert.deepEqual(
			read(
				"Offener Brief an die Regierung\n\nWir fordern die sofortige Freilassung der Verhafteten.\n\nUnterzeichnet von:\nAmnesty International Sektion Nord\nVerein der Familien mit Kindern in\nDeutschland\nPro Asyl e.V.\n",
			).map(([name, , country]) => [name, country]),
			[
				["Amnesty International Sektion Nord", null],
				["Verein der Familien mit Kindern in Deutschland", null],
				["Pro Asyl e.V.", null],
			],
		);
	});

	it("reads people with less common given names beside bodies in a list of 'Name (Country)' as people", () => {
		assert.deepEqual(
			read(
				"Solidaritätserklärung\n\nWir stehen an der Seite der Streikenden.\n\nUnterzeichnet von:\nIG Metall Bezirk Küste (Deutschland)\nver.di Landesbezirk Nord (Deutschland)\nKarsten Lange (Deutschland)\nSvetlana Ivanova (Russland)\nEtienne Moreau (Frankreich)\n",
			).map(([name, kind]) => [name, kind]),
			[
				["IG Metall Bezirk Küste", "organization"],
				["ver.di Landesbezirk Nord", "organization"],
				["Karsten Lange", "individual"],
				["Svetlana Ivanova", "individual"],
				["Etienne Moreau", "individual"],
			],
		);
	});
});
