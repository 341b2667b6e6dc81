import { findDate, isPlaceAndDay, isPlaceAndMonth } from "./date-parse.js";
import { isPeopleInSentences } from "./entry-stops.js";
import { isBodyProse } from "./line-shape.js";
import { opensWithPerson } from "./person-names.js";
import { matchSectionHeading } from "./section-headings.js";
import { fold, wordsOf } from "./text-normalize.js";

export interface HeaderLine {
	index: number;
	text: string;
}

export interface DocumentHeader {
	title: string;
	issuer: string | null;
	date: string | null;
	/** Lines the header used up (title, issuer and date lines); the rest of the header is body. */
	consumed: Set<number>;
}

const kinds =
	"resolution|resolutions|declaration|statement|call|appeal|letter|resolución|resolucion|declaración|declaracion|pronunciamiento|comunicado|llamamiento|carta|déclaration|declaration|résolution|appel|communiqué|lettre|declaração|resolução|nota|manifesto|manifiesto";
const kindOfIssuer = new RegExp(
	`^(?:${kinds})\\s+(?:of|by|from|de|del|de la|des|du|da|do)\\s+(?:the\\s+)?(.{2,120})$`,
	"i",
);
const issuerKind = new RegExp(`^(.{2,80}?)\\s+(?:${kinds})\\b\\s*(?:[,–—-].*)?$`, "i");

function isTitleLike(text: string): boolean {
	return (
		text.length <= 300 &&
		wordsOf(text).length <= 40 &&
		!/[.;:]\s*$/.test(text) &&
		matchSectionHeading(text) === undefined
	);
}

/**
 * "Escritores firman una carta contra la censura" over a paragraph: a headline may speak of signing, but a
 * heading has a list under it, not prose.
 */
function headlineOverProse(text: string, next: string | undefined): boolean {
	// A headline of six words or more over a long subtitle ("Documento conta com a assinatura de ex-ministros do
	// STF, ex-membros dos governos FHC, Lula, Dilma e Temer") is the title too.
	return (
		next !== undefined &&
		(isBodyProse(next) || (wordsOf(text).length >= 6 && wordsOf(next).length >= 12)) &&
		text.length <= 200 &&
		!/[.;:]\s*$/.test(text) &&
		matchSectionHeading(text)?.heading === text
	);
}

/** Title, issuer and date from the lines before the body's first paragraph. */
export function readHeader(lines: readonly HeaderLine[]): DocumentHeader {
	const consumed = new Set<number>();
	let title = "";
	let issuer: string | null = null;
	let date: string | null = null;
	let next = 0;
	const first = lines[0];
	const second = lines[1];
	const opening = first ? kindOfIssuer.exec(first.text) : null;
	// "Fernando Morais, jornalista e escritor. Hildegard Angel, jornalista. …" over the title: the signers, printed
	// first as one paragraph; the header follows them.
	if (first && isPeopleInSentences(first.text)) return readHeader(lines.slice(1));
	// "Elke Dieter, Braunschweig" over three more such lines: the signatories printed before the text, no title.
	const listAtTop =
		lines.length >= 4 &&
		lines.slice(0, 4).every((line) => wordsOf(line.text).length <= 6 && opensWithPerson(line.text));
	if (listAtTop) return { title, issuer, date, consumed };
	if (first && opening?.[1] && second && isTitleLike(second.text) && !findDate(second.text)) {
		title = second.text;
		issuer = opening[1].trim();
		consumed.add(first.index).add(second.index);
		next = 2;
	} else if (first && (isTitleLike(first.text) || headlineOverProse(first.text, second?.text))) {
		title = first.text;
		consumed.add(first.index);
		next = 1;
	}
	for (let position = next; position < Math.min(lines.length, next + 5); position++) {
		const line = lines[position];
		if (!line || isBodyProse(line.text)) break;
		const lineDate = wordsOf(line.text).length <= 12 ? findDate(line.text) : undefined;
		const kind = issuerKind.exec(line.text);
		// "The letter" is a menu's link, not a body's letter.
		if (
			kind?.[1] &&
			!issuer &&
			wordsOf(kind[1]).length <= 8 &&
			!/^(the|a|an|la|el|le|les|los|las|il|lo|der|die|das|o|os|as|um|uma|un|une|una)$/i.test(kind[1].trim())
		) {
			issuer = kind[1].trim();
			consumed.add(line.index);
		}
		if (lineDate && !date) {
			date = lineDate;
			consumed.add(line.index);
		}
	}
	return { title, issuer, date, consumed };
}

/** A short line that is mostly a date: "Peru January 12, 2023", "Signée à Paris, le 25 février 2009." */
export function isDateline(text: string): boolean {
	// The date first: most lines hold no year, which the date patterns tell before the words are counted.
	return (findDate(text) !== undefined || isPlaceAndMonth(text) || isPlaceAndDay(text)) && wordsOf(text).length <= 10;
}

/** An acronym in the title ("WFTU Solidarity Day …") names the issuer when nothing else does. */
export function issuerFromTitle(title: string): string | null {
	const by = /\b(?:by|de|par|por)\s+(?:the\s+)?(\p{Lu}[\p{L}\s-]{2,60})$/u.exec(title);
	if (by?.[1]) return by[1].trim();
	// "CARTA ABERTA AO POVO BRASILEIRO": in a headline printed in capitals, a word in capitals is no acronym.
	if (!/\p{Ll}/u.test(title)) return null;
	const acronym = /\b(\p{Lu}{3,10})\b/u.exec(title);
	return acronym?.[1] && fold(acronym[1]) !== fold(title) ? acronym[1] : null;
}
