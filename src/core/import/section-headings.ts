import { fold, wordsOf } from "./text-normalize.js";

export interface SectionHeading {
	/** The heading as printed, or null for a list that only follows a closing ("Sincerely,"). */
	heading: string | null;
	/** Names printed on the heading's own line: "Firman: CGT, CTA, …". */
	inline: string | null;
	/** The heading says the list is of people, not organizations. */
	individuals: boolean;
}

// Words that say "these are the signatories", in en/es/fr/pt/de/it (folded, so without accents); an adverb may
// stand in the verb ("Hanno finora aderito:").
const signWords =
	/\b(signatories|signatures|signers|signed|signed by|co-?signed|co-?signatories|cosigners|endorsed by|endorsements|endorsers|endorsing|undersigned|firman|firmantes|firmas|firmaron|suscriben|suscriptores|adhieren|adhesiones|adherentes|signataires|signe par|signent|premiers signataires|assinam|assinantes|assinaturas|assinado por|assinaram|subscrevem|signatarias|signatarios|unterzeichner|unterzeichnerinnen|erstunterzeichnerinnen|unterzeichnende|unterzeichnenden|erstunterzeichner|erstunterzeichnende|erstunterzeichnenden|erstunterzeichner\*innen|unterzeichnet|unterschrieben|unterstutzer|firmatari|firmatarie|prime firme|adesioni|aderenti|sottoscrittori|firmano|adesoes|unterzeichnerinnen|hanno (?:[a-z]+ )?aderito|aderiscono|sottoscrivono|hanno (?:[a-z]+ )?firmato|subscrevem|subscritores|signed \(\d+ names\)|assinamos|abaixo[- ]assinad[oa]s|firmamos|abajo firmantes|signons|soussigne(?:e|es|s)?|sottoscriviamo|sottoscritti|unterzeichnen|apoya el manifiesto|apoyan el manifiesto|apoyado por|apoiado por|soutenu par|sostenuto da|unterstutzt von)\b/;

const exactHeadings: ReadonlySet<string> = new Set([
	"signatories",
	"signatures",
	"signed",
	"signed by",
	"endorsed by",
	"supported by",
	"organizations",
	"organisations",
	"organizational signatories",
	"organisational signatories",
	"individual signatories",
	"individuals",
	"organizaciones",
	"organizaciones firmantes",
	"personas",
	"personalidades",
	"firman",
	"firmantes",
	"firmas",
	"adhesiones",
	"signataires",
	"organisations signataires",
	"personnalites",
	"assinam",
	"assinantes",
	"entidades",
	"entidades signatarias",
	"organizacoes",
	"personalidades",
	"unterzeichner",
	"unterzeichnende",
	"erstunterzeichner",
	"erstunterzeichnende",
	"mitunterzeichner",
	"mitunterzeichnerinnen",
	"mitunterzeichnende",
	"mitunterzeichner*innen",
	"unterzeichnerinnen",
	"co-signatories",
	"cosignatories",
	"co-signers",
	"cosignataires",
	"cofirmantes",
	"firmatari",
	"prime firme",
	"primeiros signatarios",
	"hanno aderito",
	"i portavoce",
	// "Par ordre alphabétique:" over the names: the order of the list, printed as its heading.
	"par ordre alphabetique",
	"en ordre alphabetique",
	"dans l'ordre alphabetique",
	"in alphabetical order",
	"por orden alfabetico",
	"en orden alfabetico",
	"por ordem alfabetica",
	"em ordem alfabetica",
	"in ordine alfabetico",
	"in alphabetischer reihenfolge",
]);

const closings: ReadonlySet<string> = new Set([
	"sincerely",
	"yours sincerely",
	"sincerely yours",
	"respectfully yours",
	"yours faithfully",
	"faithfully yours",
	"yours truly",
	"very truly yours",
	"in solidarity",
	"in solidarity and struggle",
	"respectfully",
	"atentamente",
	"fraternalmente",
	"solidariamente",
	"saludos",
	"saludan a usted atentamente",
	"le saludan atentamente",
	"cordialement",
	"fraternellement",
	"solidairement",
	"atenciosamente",
	"saudacoes",
	"cordiali saluti",
	"distinti saluti",
	"mit freundlichen grussen",
	"mit solidarischen grussen",
	"in unity",
	"con deferente saluto",
	"un cordiale saluto",
	"cordialmente",
	"mit kollegialen grussen",
	"respeitosamente",
	"respetuosamente",
	"respectueusement",
	"rispettosamente",
	"saudacoes fraternas",
	"saudacoes sindicais",
	"saludos fraternales",
	"saludos cordiales",
	"salutations fraternelles",
	"salutations syndicales",
	"saluti fraterni",
	"con viva cordialita",
	"con viva cordialita e rispettosa attesa",
	"in attesa di un cortese riscontro",
	"with best wishes",
	"best regards",
	"kind regards",
	"regards",
]);

// "Trade unions", "Campaign groups", "Partidos políticos", "Organisations syndicales": a kind of signer printed over
// the signers of that kind, a heading even without a colon.
const categoryHeading =
	/^((trade|labou?r|national|international|local|regional|student|youth|community|faith|campaign|political|civil society|other|social|human rights|environmental|women's|cultural|grassroots)\s+)?(unions|organi[sz]ations|groups|parties|associations|networks|ngos|charities|federations|movements|collectives|academics|politicians|elected officials|councillors|artists|writers|supporters)$|^(sindicatos|organizaciones|colectivos|partidos|asociaciones|movimientos|entidades|redes|personalidades|academicos|organizacoes|coletivos|associacoes|movimentos|centrais sindicais|parlamentares|syndicats|associations|partis|collectifs|mouvements|reseaux|personnalites|elus|universitaires|organisations|centrales|centrales syndicales|centrales sindicales|confederations|confederaciones|confederazioni|syndicats autonomes|sindicatos autonomos|sindacati|associazioni|organizzazioni|partiti|movimenti|personalita|comitati|gewerkschaften|organisationen|verbande|parteien|initiativen|einzelpersonen|personlichkeiten|vereine)( (sociales|sociais|sindicales|sindicais|syndicales|politicos|politicas|politiques|politici|politische|civiles|sociaux|sociali|estudiantiles|de base|territoriales))?$/;

// "Academics and researchers", "Trade unionists", "Elected representatives", "Sindicalistas", "International": people of
// a kind, or the scope of the bodies, printed over them.
const peopleKind =
	"(academics|researchers|scientists|scholars|unionists|trade unionists|representatives|elected representatives|lawyers|doctors|journalists|students|teachers|activists|campaigners|economists|intellectuals|artists|writers|musicians|actors|clergy|faith leaders|mps|meps|sindicalistas|academicos|investigadores|periodistas|artistas|escritores|intelectuales|juristas|abogados|diputados|concejales|parlamentarios|parlamentares|activistas|syndicalistes|universitaires|chercheurs|chercheuses|artistes|ecrivains|elus|journalistes|avocats|militants|sindacalisti|accademici|ricercatori|artisti|scrittori|giornalisti|avvocati|parlamentari|consiglieri|attivisti|gewerkschafter|gewerkschafterinnen|wissenschaftler|wissenschaftlerinnen|kunstler|kunstlerinnen|schriftsteller|abgeordnete|journalisten|pesquisadores|jornalistas|advogados|vereadores|ativistas)";
const kindHeading = new RegExp(
	`^${peopleKind}( (and|y|et|e|und|&) ${peopleKind})?$|^(international|national|local|regional|nacional|internacional|nationales?|internationales?|nazionali|internazionali|bundesweit|lokal)$`,
);

// "Veuillez agréer, Monsieur le Ministre, l'expression de nos salutations distinguées.": a French letter's closing.
const formalClosing =
	/^(veuillez|je vous prie|nous vous prions|recevez|veuillez recevoir)\b[^:]{0,160}\b(salutations|consideration|respect|sentiments)\b[^:]{0,40}\.?$/;

// "Your Bargaining Committee", "Your Negotiating Committee": the committee named over its members' names.
const yourCommittee =
	/^(your|our)\s+(\p{L}+\s+){0,3}(committee|team|officers|executive|executive board|board|stewards|leadership)$/u;

// "Best wishes, and thanks for your support,": a closing that says more than its formula, ending in a comma.
const closingOpener =
	/^(best wishes|with best wishes|warm regards|kind regards|best regards|regards|yours|in solidarity|with solidarity|un saludo|un abrazo|saludos|abrazos|saludos fraternales|cordialement|bien cordialement|salutations|fraternellement|un abbraccio|cordiali saluti|saluti|abracos|um abraco|saudacoes|mit (freundlichen|solidarischen|kollegialen) grussen)\b[^.:;!?]{0,60},$/;
const signersOf =
	/^(endorsers|signatories|signers|signataires|firmantes|firmatari|signatarios|signatarias|signatarios|assinantes|subscritores|unterzeichner\S*|erstunterzeichner\S*|adherentes|adhesiones|adherents|adesioni|adesoes) (of|to|de|des|du|del|della|dei|degli|delle|da|do|dos|der|zum|zur|al|a la|au|a)\b/;
const backingTail =
	/\b(supporting|endorsing|signing|backing|in support of|que apoyan|qui soutiennent|que apoiam|che sostengono|die unterstutzen) (the|this|el|la|le|o|a|il|lo|den|die|das) (statement|letter|appeal|call|declaration|resolution|manifesto|petition|declaracion|carta|manifiesto|appel|lettre|declaracao|appello|lettera|aufruf|brief|erklarung)\s*:?$/;
const listOf = /^(the )?(list of|lista de|liste des?|relacion de|elenco|liste der)\b/;
const whoSigned =
	/\b(organi[sz]ations?|organizaciones|organizacoes|entidades|groups|grupos|individuals|personas|people|unions|sindicatos|syndicats)\b.*\b(that|which|who|que|qui)\b/;
const peopleWords =
	/\b(individual|individuals|personas|personalidades|personnalites|personnes|pessoas|people|individuos|academics|academicos|scholars|intelectuales|a titulo (individual|personal))\b/;
// The list may follow a colon or a dash ("Assinam – Sérgio Nobre, …"), or an announcement that names the
// signatories ("New signatories, all in a personal capacity, include: …").
const inlineHead =
	/^(den aufruf haben (erstellt|verfasst|unterzeichnet)|(?:current |letter |original |additional )?co-?(?:signers|signatories|sponsors|leads)(?: \(\d+\))?|erstunterzeichner\S*( der kampagne)?|(?:premiers|premieres|primeros|primeras|primi|prime|primeiros|primeiras|first|initial) (?:signataires|firmantes|firmas|firmatari|firme|signatarios|signatarias|signatories|signers)|unterzeichnende|firmatari|hanno aderito|firman|firmantes|signed|signed by|signatories|signataires|assinam(?: (?:o|a) (?:manifesto|nota|carta|documento|texto))?|assinantes|suscriben|endorsed by|supported by|signe par|assinado por|co-signed by|(?:new |other |further |more |first )?(?:signatories|signers|signataires|firmantes|signatarios|firmatari|unterzeichner\S*)\b[^:]{0,80}\b(?:include|includes|incluyen|incluem|comprennent|sono|sind))\s*(?::|\s[-–—])\s*(\S.*)$/;

// "We, the undersigned organizations, demand:", "Los abajo firmantes exigimos:": the signers speak, and what
// follows the colon is what they ask for.
const demandsTail =
	/\b(demand|demands|call for|call on [^:]{0,60} to|urge [^:]{0,60} to|ask [^:]{0,60} to|exigimos|exigen|exigem|exigimos que|demandamos|demandons|exigeons|reclamamos|reclamam|reclament|fordern|verlangen|chiediamo|chiedono|pedimos|pedem|reivindicamos|revendiquons|revendiquent|resolves|resolved|resolve|resuelve|resuelven|acuerda|acuerdan|decide|decides|decident|beschliesst|beschliessen|delibera|deliberano|decidem)\s*:\s*$/;

// "Articulación integrada por las siguientes organizaciones:" under a signer: its members, listed next, sign
// with it. A colon line that announces who follows does not close the list as a sentence of prose does.
const membersTail =
	/\b(siguientes|following|suivantes|suivants|seguintes|seguenti|folgenden?)\s+(\p{L}+\s+){0,2}(organizaciones|organizations|organisations|organizacoes|organizzazioni|organisationen|entidades|associations|asociaciones|associacoes|associazioni|verbande|colectivos|coletivos|collectifs|collettivi|sindicatos|syndicats|sindacati|gewerkschaften|unions|groups|grupos|groupes|gruppi|gruppen|members|miembros|membres|membros|membri|mitglieder|bodies)\s*:\s*$/u;

/** The line announces the members listed after it ("integrada por las siguientes organizaciones:"). */
export function announcesMembers(line: string): boolean {
	return /:\s*$/.test(line) && membersTail.test(fold(line));
}

/** The line ends by announcing what its signers ask for, not who they are. */
export function introducesDemands(line: string): boolean {
	return demandsTail.test(fold(line));
}

/** The first closing, in the table's order, that opens the line and has more words after it. */
function closingAtStart(folded: string): string | undefined {
	for (const closing of closings)
		if (folded.length > closing.length && folded.startsWith(closing) && folded.charCodeAt(closing.length) === 0x20)
			return closing;
	return undefined;
}

/** Reads a line as the start of a signatory list, or returns undefined. */
export function matchSectionHeading(line: string): SectionHeading | undefined {
	const text = line.trim();
	// "Mit solidarischen Grüßen": the closings are spelled with "ss".
	const folded = fold(text).replace(/ß/g, "ss");
	const bare = folded.replace(/\s*:\s*$/, "").replace(/[.,]\s*$/, "");
	const individuals = speaksOfPeople(text);
	if (closings.has(bare) || closingOpener.test(folded) || formalClosing.test(folded))
		return { heading: null, inline: null, individuals: false };
	if (yourCommittee.test(bare)) return { heading: text.replace(/[,:]\s*$/, ""), inline: null, individuals: true };
	// "Mit freundlichen Grüßen Prof. Eberhard Grötsch": the closing and the signature printed on one line.
	const closingWords = closingAtStart(folded);
	const signer = closingWords ? text.split(/\s+/).slice(closingWords.split(" ").length).join(" ") : "";
	if (closingWords && /^\p{Lu}/u.test(signer) && wordsOf(signer).length <= 6 && !/[.!?:]$/.test(signer))
		return { heading: null, inline: signer, individuals: true };
	if (demandsTail.test(folded)) return undefined;
	// "Dear Signers of Unite Against Terror,": a salutation addresses the readers; it heads no list.
	if (
		/^(dear|estimad[oa]s?|querid[oa]s?|cher|chere|chers|cheres|liebe|lieber|sehr geehrte[rn]?|car[oaie]|prezad[oa]s?)\b/.test(
			folded,
		)
	)
		return undefined;
	// "* Signed after publication": a footnote under an entry heads nothing.
	if (/^\*+\s*[^:]*$/.test(text)) return undefined;
	// "(aqui a título pessoal, como todas as pessoas que assinam)": a note in brackets heads nothing.
	if (/^\(.*\)$/.test(text)) return undefined;
	const inline = inlineHead.exec(folded);
	if (inline) {
		const separator = /\s*(?::|\s[-–—])\s*/.exec(text);
		const at = separator?.index ?? 0;
		const after = at + (separator?.[0].length ?? 0);
		// "Current Co-Signers (93): Reps. Beatty, Bishop (GA), …": a title in the plural says the list is of people.
		const inlineList = text.slice(after).trim();
		const titledList =
			/^(?:reps|sens|drs|profs|cllrs|councillors|councilors|senators|representatives|rep|sen)\.?\s/i.test(inlineList);
		return { heading: text.slice(0, at).trim(), inline: inlineList, individuals: individuals || titledList };
	}
	if (text.length > 160) return undefined;
	// "LES CENTRALES SYNDICALES :", "Die Verbände": the kind of body, with or without its article.
	const kind = bare.replace(/^(?:les|the|los|las|os|as|die|i|gli|le)\s+/, "");
	if (exactHeadings.has(bare) || categoryHeading.test(kind)) return { heading: text, inline: null, individuals };
	if (kindHeading.test(bare))
		return {
			heading: text,
			inline: null,
			individuals:
				!/^(international|national|local|regional|nacional|internacional|nationales?|internationales?|nazionali|internazionali|bundesweit|lokal)$/.test(
					bare,
				),
		};
	const words = wordsOf(text).length;
	const endsWithColon = /:\s*$/.test(text);
	const terminal = /[.!?]\s*$/.test(text);
	if (signWords.test(folded) && (endsWithColon || (words <= 12 && !terminal) || /^\S+\s*\(/.test(text)))
		return { heading: text, inline: null, individuals };
	if (endsWithColon && (listOf.test(folded) || whoSigned.test(folded)))
		return { heading: text, inline: null, individuals };
	// "Endorsers of the Statement “Our Hearts Break …” by the Coalition of Religious Leaders of New Jersey": the
	// list's own name, however long the title it quotes; "Catholic Parishes, Religious Orders, Organizations, and
	// Schools supporting the Statement": the kinds of signer, then what they back.
	if ((signersOf.test(folded) || backingTail.test(folded)) && !terminal)
		return { heading: text, inline: null, individuals };
	return undefined;
}

const bodyWords =
	/\b(organi[sz]ational|organi[sz]ations|organizaciones|organizacoes|organizzazioni|organisationen|entidades|associations|asociaciones|unions|sindicatos|syndicats|groups|collectifs|colectivos)\b/;

/**
 * The heading says its list is of people ("Personalidades", "a título personal"), not of bodies; "Our current
 * individual and organizational endorsers", over both kinds, says neither.
 */
export function speaksOfPeople(line: string): boolean {
	const folded = fold(line);
	return peopleWords.test(folded) && !bodyWords.test(folded);
}

/** An introduction ending in a colon still announces a signatory list when it speaks of signing. */
export function introducesSignatories(line: string): boolean {
	return /\b(sign|signing|signed|list|endorse|firm|suscri|adhe|ades(?:ion|ao|oes)|supported by|unterstutzt|soutenu|apoyad|apoyo|apoio|apoiad|sostenut|(?:folgenden?|following|siguientes|suivantes|seguintes|seguenti) (?:stiftungen|verbande|vereine|initiativen|gewerkschaften|foundations|unions|fundaciones|fondations|fundacoes|fondazioni|sindicatos|syndicats|sindacati|personen|persons|people|personas|personnes|pessoas|persone)|signat|assin|undersigned|abajo firmantes|unterzeichn|erstunterzeichn|unterschr|aderi|sottoscri|subscrev|(?:following|siguientes|suivantes|seguintes|seguenti|folgenden?) (?:organi|colectivos|coletivos|collectifs|entidades|groups|grupos|associa|asocia|verb)|colectivos|organizaciones|organisations|organizations|entidades|associazioni|organizzazioni|organizacoes|organisationen)/.test(
		fold(line),
	);
}
