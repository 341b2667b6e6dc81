import { splitTopLevel } from "./brackets.js";
import { peopleWithRoles } from "./person-cues.js";
import { isPersonLike } from "./person-names.js";
import { triggers, triggersAfter } from "./sentence-triggers.js";
import { fold, wordsOf } from "./text-normalize.js";

// Function words of en/es/fr/pt that are lower case even inside an organization's name.
const functionWords: ReadonlySet<string> = new Set(
	(
		"a an the of and for in on at to by with from de del la las los el y e en para por con da das do dos des du le les " +
		"et pour sur au aux o os as em no na nos nas com und der die fur van von it its if or ou o"
	).split(" "),
);

function bare(word: string): string {
	return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/^[ldLD]['’]/, "");
}

/** Share of content words that start with a capital: names are Title Case, sentences are not. */
export function capitalRatio(text: string): number {
	let content = 0;
	let capital = 0;
	for (const raw of wordsOf(text)) {
		const word = bare(raw);
		if (!/\p{L}/u.test(word) || functionWords.has(fold(word))) continue;
		content++;
		if (/^[\p{Lu}\p{N}]/u.test(word)) capital++;
	}
	return content === 0 ? 1 : capital / content;
}

const sentenceStarters =
	/^(if|please|to sign|for more|for further|click|note|si|para (mas|firmar|adherir)|pour (signer|plus)|se (voce|quiser)|below|above|abajo|ci-dessous|abaixo|per (informazioni|ulteriori)|fur (weitere|mehr) informationen|para mais informacoes)\b/;

// "With the support of the Rosa Luxemburg Foundation", "Con el apoyo de …": a sponsor or funder named under a
// list, not a signer.
const supportLine =
	/^(with (the )?(kind |generous |financial )?support (of|from)|funded by|financed by|sponsored by|con el (apoyo|patrocinio|auspicio|respaldo|financiamiento) de|con la (colaboracion|financiacion) de|avec le (soutien|concours) (de|du|des|d')|avec la participation (de|du|des|d')|con il (sostegno|contributo|patrocinio) (di|del|della|dei|degli)|mit (der |freundlicher )?(unterstutzung|forderung) (von|der|des|durch)|gefordert (von|durch)|com o apoio (de|da|do|dos|das)|com apoio (de|da|do)|com o patrocinio (de|da|do))\b/;

// 'Jane Doe, Leeds Tenants Union, said: "We will not be moved."': a person quoted, not a signature.
const quoteAttribution =
	/\b(said|says|added|stated|dijo|afirmo|declaro|senalo|anadio|a declare|a dit|a affirme|a ajoute|ha detto|ha dichiarato|ha aggiunto|sagte|erklarte|betonte|disse|afirmou|declarou)\s*[:,]?\s*["“”«»„']|["“”«»„']\s*,?\s*(said|says|added|dijo|afirmo|declaro|a declare|a dit|ha detto|sagte|erklarte|disse|afirmou)\b/;

// "Jane Doe is the industrial correspondent of the Morning Star.": an author's note, a sentence about a person.
const personNote =
	/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:is|was|es|fue|est|était|ist|war|è|era|é|foi)\s+(?:(?:a|an|the|un|una|une|le|la|el|ein|eine|der|die|uno|um|uma|o|il|lo)\s|\p{Ll}{3,}\s+\p{Ll})/u;

// "Our demands:", "Exigimos:", "Nos revendications :": what opens a list of demands, not of signers.
const demandsIntro =
	/^(our demands|we demand|we call for|demands|exigimos|demandamos|reclamamos|reivindicamos|nuestras (demandas|exigencias|reivindicaciones)|nos (revendications|exigences|demandes)|nous (demandons|exigeons|revendiquons)|wir fordern|unsere forderungen|forderungen|chiediamo|le nostre richieste|rivendichiamo|exigimos que|reivindicamos que|nossas reivindicacoes|reivindicacoes|nos exigimos)\s*:?$/;

/**
 * A sentence rather than a name: long, mostly lower case, a slogan ("…!") or an introduction ending in
 * a colon. Names of French and Spanish organizations are often lower case, so the bar for a short line
 * is high.
 */
export function isProse(line: string): boolean {
	// A footnote mark ("… Beschäftigung! [1]") does not change what the line is.
	const text = line.replace(/\s*\[\d{1,3}\]$/, "");
	const words = wordsOf(text).length;
	if (words === 0) return false;
	const folded = fold(text);
	// "Con el apoyo de:" over names introduces supporters, who may sign; the sponsor named on the line does not.
	if ((supportLine.test(folded) && !/:\s*$/.test(text)) || quoteAttribution.test(folded) || demandsIntro.test(folded))
		return true;
	// "P.S. We would welcome a meeting …", "P.D. …": a postscript is the letter's text.
	if (personNote.test(text) || /^(?:p\.?\s?s|p\.?\s?d)\.?\s*:?\s+\p{L}/iu.test(text)) return true;
	if (/[!?]\s*$/.test(text) && words >= 3) return true;
	if (/:\s*$/.test(text) && words >= 4) return true;
	if (sentenceStarters.test(folded) && words >= 6) return true;
	// The rules left need a long line, or a full stop after eight words: a line none of them fits is not prose,
	// and is spared the list test, the costliest of them.
	if (words < 8 || (words < 12 && !/[.]\s*$/.test(text))) return false;
	if (isListLine(text)) return false;
	if (words >= 30) return true;
	const ratio = capitalRatio(text);
	if (words >= 12 && ratio < 0.35) return true;
	if (words >= 8 && ratio < 0.25 && /[.]\s*$/.test(text)) return true;
	return /\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(text) && words >= 12 && ratio < 0.5;
}

/** Stricter than isProse: what may open the body, and what a list without a heading may not contain. */
export function isBodyProse(text: string): boolean {
	if (isProse(text)) return true;
	if (isListLine(text)) return false;
	const words = wordsOf(text).length;
	const ratio = capitalRatio(text);
	return (words >= 8 && ratio < 0.5) || (words >= 10 && /[.]\s*$/.test(text)) || words > 24;
}

/** "A; B; C; D": many names on one line, however long the line is. */
export function isListLine(text: string): boolean {
	const folded = fold(text);
	// "También empresarios como A, políticos como B. Otros firmantes fueron C, …": two sentences, however many commas.
	if (/\p{Ll}{4}[.!?]\s+\p{Lu}\p{Ll}{2}/u.test(text) && /\s(?:como|such as|comme|come|wie)\s/.test(text)) return false;
	// "Signed by Unite, GMB and Unison, the letter was handed to …": a sentence that opens with its signing verb.
	if (
		/^(signed by|co-signed by|endorsed by|firmad[oa]s? por|suscrit[oa]s? por|signee?s? par|unterzeichnet von|firmat[oa] da|sottoscritt[oa] da|assinad[oa]s? pel?[oa]?s?)\s/.test(
			folded,
		) &&
		/[.!?]$/.test(text.trim())
	)
		return false;
	// "Zu den zahlreichen Unterzeichnern gehören A, B, …": a sentence that names signers, read as one.
	// "Thousands of stars including A, B … and C have signed the letter": so is a list its verb follows.
	const firstPart = fold(text.split(/[,;]/)[0] ?? "");
	// "Along with Rellinger and Kenny, signers of the letter included A, B, …": a short lead-in may come first.
	const [lead = "", second = ""] = text.split(/[,;]/);
	const opening = wordsOf(lead).length <= 6 ? fold(`${lead},${second}`) : firstPart;
	if (triggers.some((trigger) => trigger.test(opening)) || triggersAfter.some((trigger) => trigger.test(folded)))
		return false;
	// "Die Unterzeichner – darunter A, B, …": a sentence that names some of them.
	if (
		/\s(?:darunter|including|among them|tra cui|tra i quali|entre ell[oa]s|entre el[ea]s|parmi lesquels|notamment)\s+\S/.test(
			firstPart,
		)
	)
		return false;
	const parts = text.split(";").filter((part) => part.trim() !== "");
	// "…; el expresidente del Senado Manuel Cruz; el presidente de …": clauses of a sentence open in lower
	// case, a list's entries do not.
	const lowerOpen = parts.filter((part) => /^\p{Ll}/u.test(part.trim())).length;
	if (parts.length >= 3 && parts.every((part) => wordsOf(part).length <= 16) && lowerOpen * 2 <= parts.length)
		return true;
	// "Adrienne Brotons, membre de …; Christel Cournil, professeure de droit à … et membre de …": people with
	// long roles, one entry between each pair of semicolons.
	if (parts.length >= 3 && !/:\s/.test(text) && isPersonLike(parts[0]?.split(",")[0] ?? "")) {
		const named = parts.filter((part) => isPersonLike(part.split(",")[0] ?? "")).length;
		if (named >= 0.8 * parts.length && parts.every((part) => wordsOf(part).length <= 30)) return true;
	}
	// "A - B - C - D": bodies run together with dashes, however long the line is.
	// "Brigitte Bergholter, Schulleiterin a.D. / Monika Bertram, Pfarrerin / …": slashes part entries as dashes do.
	const dashParts = text.split(/\s[-–—/]\s/).filter((part) => part.trim() !== "");
	if (dashParts.length >= 4 && dashParts.every((part) => wordsOf(part.replace(/\([^()]*\)/g, " ")).length <= 14))
		return capitalRatio(text.replace(/\([^()]*\)/g, " ")) >= 0.6;
	// "Lina Desanti (…), Karl Ghazi (…), …": a comma list of names, judged outside the brackets.
	const commaParts = splitTopLevel(text, /[,;]/).filter((part) => part !== "");
	// "Fernando Morais, jornalista e escritor. Hildegard Angel, jornalista. …": people with roles, a full stop
	// after each.
	const dotted = text.split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u);
	if (
		dotted.length >= 4 &&
		dotted.filter((part) => /,/.test(part) && isPersonLike(part.split(",")[0] ?? "")).length >= 0.75 * dotted.length
	)
		return true;
	// "Farida Atigui militante … à Melun (77), Marinette Bache conseillère de Paris (75), …": people with roles.
	if (commaParts.every((part) => wordsOf(part).length <= 30) && peopleWithRoles(text)) return true;
	// "Parti communiste français, Parti socialiste, Les Verts, …": short bodies' names, each opening with a capital,
	// though lower-case adjectives lower the line's share of capitals.
	if (
		commaParts.length >= 5 &&
		commaParts.every((part) => wordsOf(part).length <= 6) &&
		commaParts.filter((part) => /^\p{Lu}/u.test(part.trim())).length >= 0.8 * commaParts.length
	)
		return true;
	if (commaParts.length < 4 || commaParts.some((part) => wordsOf(part).length > 12)) return false;
	if (commaParts.filter((part) => /^\p{Ll}/u.test(part.trim())).length * 2 > commaParts.length) return false;
	return capitalRatio(text.replace(/\([^()]*\)/g, " ")) >= 0.6;
}
