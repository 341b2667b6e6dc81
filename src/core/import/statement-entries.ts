import { bracketBalance } from "./brackets.js";
import { opensAddressee } from "./entry-filters.js";
import { startsWithGivenName } from "./given-names.js";
import { hardWrappedLines } from "./hard-wrap.js";
import type { LineAccount } from "./import-draft.js";
import { junkRule } from "./junk-lines.js";
import { isBodyProse } from "./line-shape.js";
import { isPersonLike, isRoleText, opensWithRoleWord } from "./person-names.js";
import { matchSectionHeading } from "./section-headings.js";
import { fold, wordsOf } from "./text-normalize.js";

/** A line of the text as the import reads it, or two lines joined where a name or sentence was broken. */
export interface Entry {
	index: number;
	text: string;
	/** A blank line stands between this entry and the previous one. */
	gapBefore: boolean;
	/** Further line indexes this entry was joined from (a name broken over two lines). */
	joined?: number[];
}

/** What became of each line, by line index; filled as the import reads the text. */
export type Ledger = Map<number, { as: LineAccount["as"]; rule: string | null }>;

// "Assinam: * A * B", "Signatories: • A • B" after a sentence's end on the same line: a heading and its bullets.
const bulletedListAfterText =
	/(?<=[.!?»"”)]\s+)(?:assinam|signed|signatories|signataires|firman|firmantes|firmatari|unterzeichner(?:innen)?|erstunterzeichner(?:innen)?|signed by|assinado por|firmado por|signe par|signé par)\s*:\s*(?=[*•]\s[^*•]+[*•]\s[^*•]+[*•]\s)/iu;

// "… citando Miguel Torga.Signatários do APELO:Manuel Alegre - deputado / Isabel … - professora / …": a copy that lost
// its line breaks, and the spaces with them, runs a heading and its list parted by slashes on after the text.
const slashedListAfterText =
	/(?<=[.!?»"”)]\s*)(?:signatários|signatarios|signatories|signataires|firmantes|firmatari|unterzeichner(?:innen)?|subscritores|subscriptores)(?:\s+[\p{L}'’]+){0,3}\s*:\s*(?=(?:[^/:]+\s\/\s){3})/iu;

// Lines one entry may be joined from: no entry of a corpus text or seed is joined from more than 13.
const MAX_JOINED_LINES = 200;

/** The first step to claim a line decides what it was; later steps leave it as it is. */
export function account(ledger: Ledger, entry: Entry | undefined, as: LineAccount["as"]): void {
	if (entry && !ledger.has(entry.index)) ledger.set(entry.index, { as, rule: null });
}

// A name never ends in "de" or "of": the line was broken by a PDF or a narrow column.
const joiningWord =
	/\s(de|del|des|du|da|do|dos|das|di|della|degli|of|the|and|for|y|e|et|und|für|fur|von|der|la|le|los|las|en|pour|para|per|contra|entre)$/i;

// "Adilson Araújo, Presidente da CTB (Central dos Trabalhadores e Trabalhadoras" / (blank line) / "do Brasil)": a
// bracket left open goes on on the next line, which closes it and opens none.
function closesBracket(line: string, next: string): boolean {
	const close = next.indexOf(")");
	return bracketBalance(line) > 0 && close > 0 && !next.slice(0, close).includes("(") && wordsOf(next).length <= 8;
}

function continuesOnNextLine(line: string, next: string): boolean {
	if (closesBracket(line, next)) return true;
	if (/,$/.test(line) && opensWithRoleWord(next) && !isPersonLike(next.split(",")[0] ?? "")) return true;
	if (/\p{Ll}-$/u.test(line) && /^\p{Ll}/u.test(next)) return true;
	// A sentence broken mid-way: no closing punctuation, and the next line goes on in lower case.
	if (!/[.,;:!?)]$/.test(line) && /^\p{Ll}/u.test(next) && wordsOf(line).length >= 6) return true;
	if (joiningWord.test(line) && /^[\p{L}(]/u.test(next) && line.length < 120) return true;
	// "…, Rosa Lucía Autric sindicalista CCOO industria / Getafe, Luis Arias …": a run-together list broken by
	// the column, where the next line opens with the end of an entry rather than a name of its own.
	const nextHead = next.split(",")[0] ?? "";
	return (
		!/[.,;:!?)]$/.test(line) &&
		line.length >= 60 &&
		(line.match(/,/g) ?? []).length >= 2 &&
		/[,.]/.test(next) &&
		(wordsOf(nextHead).length <= 1 || !next.includes(",")) &&
		/^\p{Lu}/u.test(next) &&
		!isPersonLike(nextHead) &&
		!startsWithGivenName(nextHead)
	);
}

// "Related", "Leia também", "Noticias relacionadas": what follows on a page is other articles' headlines.
const relatedMarker =
	/^(related|related (posts|articles|stories|news)|read (also|more on this)|see also|relacionad[oa]s|(noticias|articulos|entradas|notas) relacionad[oa]s|ver tambien|lea tambien|te puede interesar|conteudo relacionado|noticias relacionadas|materias relacionadas|leia tambem|veja tambem|mais noticias|articles lies|a lire aussi|lire aussi|sur le meme sujet|articoli correlati|leggi anche|potrebbe interessarti|mehr zum thema|das konnte sie auch interessieren|auch interessant|weitere artikel|you may also like|you might also like|more stories|more from [^,.]{1,40}|recommended|most read|popular posts|lo mas leido|lo mas visto|mas leidas|tambien te puede interesar|mais lidas|voce tambem pode gostar|dans la meme rubrique|a lire egalement|du meme auteur|articles similaires|vous aimerez aussi|sur le meme theme|ti potrebbe interessare|potrebbe interessarti anche|i piu letti|articoli piu letti|meistgelesen|ahnliche artikel|das konnte dich auch interessieren|blog archive|archivo del blog|archives du blog|arquivo do blog|archivio blog|blog-archiv|about me|sobre mi|quien soy|a propos de moi|quem sou eu|chi sono|uber mich|archives?|archivos?|arquivos?|archivi|recent posts|entradas recientes|articles recents|posts recentes|postagens recentes|articoli recenti|neueste beitrage|letzte beitrage|ultime notizie|ultimas noticias|te recomendamos|recomendamos|les plus lus|neueste meldungen|latest news|latest|most popular|piu letti|le ultime|about the (author|writer)s?|more news|other news|in other news|top stories|trending( now)?|breaking news|latest stories|mas noticias|otras noticias|ultima hora|lo ultimo|tendencias|plus d'actualites|autres actualites|dernieres actualites|a la une|en continu|altre notizie|ultim'ora|ultimora|in evidenza|weitere nachrichten|weitere meldungen|neueste nachrichten|top-themen|outras noticias|em alta|destaques|sobre (el|la|o|a) (autor|autora)|a propos de l'auteur|l'auteur|sull'autore|l'autore|uber (den|die) (autor|autorin)|zur person)\s*:?$/;

// "12 Comments", "Comentarios", "3 responses to …", "Ein Kommentar": a comment thread opens; once the text has
// begun, what follows are readers' comments, not signatories.
const commentsMarker =
	/^((\d+|one|un|una|une|ein|eine|um|uma|uno)\s+)?(comments?|comentarios?|commentaires?|commenti|commento|kommentare?|responses?|respuestas|respostas|risposte|thoughts?|replies|reponses?)(\s+(to|on|a|para|au|su|zu|sobre|sur)\b.{0,120})?\s*:?$/;

// "Reply #1 on: September 25, 2024, …", "Quote from: bluecollar on …", "Re: Unions endorse …": a forum's thread
// of replies under the first post.
const forumMarker =
	/^«?\s*(re:\s|(reply|respuesta|reponse|risposta|antwort|resposta) #\d+|(quote from|cita de|citation de|citazione da|zitat von|citacao de)\s?:)/;

const MAX_HEADLINE_LENGTH = 300;

/**
 * "Organizaciones, Civiles, Respeto, Pluralidad, AMLO, …," under "Organizaciones civiles exigen pluralidad y
 * respeto a AMLO": a news page's keyword tags repeat the headline's words; they name no signatory.
 */
function mirrorsHeadline(line: string, headline: string | undefined): boolean {
	// A headline is one short phrase; a line of comma-separated entries above is a list, not a headline.
	if (!headline || headline.length > MAX_HEADLINE_LENGTH || headline.includes(",")) return false;
	const items = line
		.split(",")
		.map((item) => fold(item).trim())
		.filter((item) => item !== "");
	if (items.length < 4) return false;
	const words = new Set(fold(headline).split(/[^\p{L}\p{N}]+/u));
	const repeated = items.filter((item) => item.split(/\s+/).every((word) => words.has(word))).length;
	return repeated >= 0.5 * items.length;
}

const cellsOf = (line: string) =>
	line
		.trim()
		.split(/\s{3,}/)
		.filter((cell) => cell !== "");

/**
 * "Jane Doe          John Roe" over "President         Secretary": two or three signatures printed side by side,
 * read column by column, each as a block of its own; keyed by the block's first line. A row of names alone
 * ("Jairo Alberto Mendoza V.          Marcela Botero Arbeláez" between signature lines) is two signatures too.
 */
function sideBySideBlocks(lines: readonly string[]): Map<number, Entry[]> {
	const blocks = new Map<number, Entry[]>();
	for (let first = 0; first < lines.length; first++) {
		const head = cellsOf(lines[first] ?? "");
		// Names the given-name table does not know ("Stefanie Schmidt   Özgür Sönmezcicek") are names all the same
		// over a row of offices in the same columns ("BR-Vorsitzende   stellv. BR-Vorsitzender").
		const under = cellsOf(lines[first + 1] ?? "");
		const overOffices =
			under.length === head.length && under.filter((cell) => isRoleText(cell)).length * 3 >= under.length * 2;
		if (
			head.length < 2 ||
			head.length > 3 ||
			!head.every((cell) => isPersonLike(cell)) ||
			(head.filter((cell) => startsWithGivenName(cell)).length * 2 < head.length && !overOffices)
		)
			continue;
		let end = first + 1;
		while (end < lines.length && end - first < 4 && cellsOf(lines[end] ?? "").length === head.length) end++;
		const rows = lines.slice(first, end).map(cellsOf);
		if (rows.slice(1).some((row) => row.some((cell) => startsWithGivenName(cell)))) continue;
		const columns: Entry[] = [];
		for (let column = 0; column < head.length; column++)
			for (const [offset, row] of rows.entries())
				columns.push({ index: first + offset, text: row[column] ?? "", gapBefore: offset === 0 });
		blocks.set(first, columns);
		first = end - 1;
	}
	return blocks;
}

export function entriesOf(lines: readonly string[], ledger: Ledger): Entry[] {
	const columns = sideBySideBlocks(lines);
	const inColumns = new Set([...columns.values()].flatMap((block) => block.map((entry) => entry.index)));
	const wrapped = hardWrappedLines(lines);
	const entries: Entry[] = [];
	let gap = false;
	let related = false;
	let addressee: false | "addressee" | "copy-to" = false;
	// Whether the text has begun is asked only when a marker line turns up, so prose is counted then.
	const proseBefore = (needed: number) => {
		let count = 0;
		for (const entry of entries) if (isBodyProse(entry.text) && ++count >= needed) return true;
		return false;
	};
	// A signatory list already under way has begun the text as surely as prose has.
	const listBefore = () => entries.some((entry) => matchSectionHeading(entry.text)?.heading);
	lines.forEach((raw, index) => {
		// "Andrew Burgin Europe officer, … © 2012 Guardian News …": a page's copyright notice run onto the end of a
		// line of the text is dropped, the text before it kept.
		const trimmed = raw.trim();
		// Tried only on a line that holds the sign: the pattern backtracks over every line it is tried on.
		const line = trimmed.includes("©") ? trimmed.replace(/^(.*\p{L}.*?)\s+©\s*\d{4}\b.*$/u, "$1") : trimmed;
		if (line === "") {
			gap = true;
			addressee = false;
			return;
		}
		const block = columns.get(index);
		if (block || inColumns.has(index)) {
			entries.push(...(block ?? []));
			gap = false;
			return;
		}
		// The addressee's lines, from the opener to the next blank line, name whom the letter is written to; the
		// lines under "cc: …" name whom it was copied to.
		if (addressee || (!related && opensAddressee(line))) {
			ledger.set(index, { as: "furniture", rule: addressee === "copy-to" ? "copy-to" : "addressee" });
			addressee = addressee || "addressee";
			return;
		}
		// Once the text has begun, a "Related" marker ends it: the headlines after it are other articles', not
		// signatories, until a heading opens a list again.
		if (related && !matchSectionHeading(line)) {
			ledger.set(index, { as: "furniture", rule: "related-links" });
			return;
		}
		related = false;
		const folded = line.length <= 140 ? fold(line) : "";
		const marker = relatedMarker.test(folded) || commentsMarker.test(folded) || forumMarker.test(folded);
		if (marker && (proseBefore(1) || listBefore())) {
			ledger.set(index, { as: "furniture", rule: "related-links" });
			related = true;
			return;
		}
		const rule = junkRule(line) ?? (mirrorsHeadline(line, entries[entries.length - 1]?.text) ? "tag-list" : null);
		if (rule) {
			ledger.set(index, { as: "furniture", rule });
			if (rule === "copy-to") addressee = "copy-to";
			// "Richard Green" over "March 5, 2023 at 9:12 am": once the text has begun, a name over a time stamp
			// opens a reader's comment, and the comments run to the end of the page.
			const author = entries[entries.length - 1];
			if (rule === "comment-time" && author && (proseBefore(1) || listBefore())) {
				if (!gap && wordsOf(author.text).length <= 5 && !author.joined) {
					entries.pop();
					ledger.set(author.index, { as: "furniture", rule: "comment-author" });
				}
				related = true;
			}
			return;
		}
		const previous = entries[entries.length - 1];
		const text = line.replace(/\s{3,}/g, " ");
		// "…; Wolfgang Junge," / (blank line) / "Betriebsratsvorsitzender Deutsche Steinkohle AG, …": an entry the
		// page broke with a blank line goes on with its role.
		const brokenEntry =
			gap && previous && ((/,$/.test(previous.text) && opensWithRoleWord(text)) || closesBracket(previous.text, text));
		const wrappedOnto = !gap && wrapped.has(index - 1) && (previous?.joined?.at(-1) ?? previous?.index) === index - 1;
		// An entry is a paragraph at most: past that many lines, joining more would test and copy the whole entry at
		// each line of a pasted text that never breaks.
		const joinable = (previous?.joined?.length ?? 0) < MAX_JOINED_LINES;
		if (previous && joinable && (wrappedOnto || ((!gap || brokenEntry) && continuesOnNextLine(previous.text, text)))) {
			// Both lines share one entry; the ledger sends the second line wherever the first one goes.
			previous.text = /\p{Ll}-$/u.test(previous.text)
				? `${previous.text.slice(0, -1)}${text}`
				: `${previous.text} ${text}`;
			previous.joined = [...(previous.joined ?? []), index];
			return;
		}
		// "… entidades que lutam pela democracia. Assinam: * A (SIGLA) * B …": a copy that lost its line breaks
		// runs the list on after the text; the list is read as the line it was printed on.
		const listAt =
			text.includes("* ") || text.includes("• ")
				? text.search(bulletedListAfterText)
				: text.includes(" / ")
					? text.search(slashedListAfterText)
					: -1;
		if (listAt > 0) {
			entries.push({ index, text: text.slice(0, listAt).trim(), gapBefore: gap });
			const list = text.slice(listAt).trim();
			// "Signatários do APELO:Manuel Alegre - …": a heading whose line break was lost, over its list.
			const colon = list.includes(" / ") ? list.indexOf(":") + 1 : 0;
			if (colon > 0) entries.push({ index, text: list.slice(0, colon), gapBefore: true });
			entries.push({ index, text: list.slice(colon).trim(), gapBefore: colon === 0 });
		} else entries.push({ index, text, gapBefore: gap });
		gap = false;
	});
	return entries;
}

export function joinBody(lines: readonly Entry[]): string {
	let body = "";
	let previous: Entry | undefined;
	for (const line of lines) {
		if (previous === undefined) body = line.text;
		else if (!line.gapBefore && !/[.!?:;]$/.test(previous.text) && /^\p{Ll}/u.test(line.text)) body += ` ${line.text}`;
		else body += `\n\n${line.text}`;
		previous = line;
	}
	return body;
}
