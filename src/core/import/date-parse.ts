import { fold } from "./text-normalize.js";

const monthNumbers: Record<string, number> = {};
const monthLists = [
	"january february march april may june july august september october november december",
	"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
	"janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
	"janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
	"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	"januar februar marz april mai juni juli august september oktober november dezember",
	"jan feb mar apr may jun jul aug sep oct nov dec",
];
for (const list of monthLists) for (const [index, name] of list.split(" ").entries()) monthNumbers[name] ??= index + 1;
monthNumbers.sept = 9;
monthNumbers.setiembre = 9;

function iso(year: number, month: number, day: number): string | undefined {
	if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return undefined;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return undefined;
	return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const patterns: readonly { regex: RegExp; read: (match: RegExpExecArray) => string | undefined }[] = [
	{
		// 7 February 2023, 7th February 2023, 7 de febrero de 2023, 1er janvier 2023
		regex: /\b(\d{1,2})(?:st|nd|rd|th|er|º|°|o)?\.?(?:\s+de)?\s+([a-z]+)\.?,?(?:\s+del?)?\s+(\d{4})\b/g,
		read: (m) => {
			const month = monthNumbers[m[2] ?? ""];
			return month ? iso(Number(m[3]), month, Number(m[1])) : undefined;
		},
	},
	{
		// February 7, 2023; December 7 2023; January 12th 2023; marzo 11 de 2018
		regex: /\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+del?)?\s+(\d{4})\b/g,
		read: (m) => {
			const month = monthNumbers[m[1] ?? ""];
			return month ? iso(Number(m[3]), month, Number(m[2])) : undefined;
		},
	},
	{ regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
	{
		// 12/01/2023 is read day first, as in most of the world, unless that is impossible.
		regex: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g,
		read: (m) => {
			const first = Number(m[1]);
			const second = Number(m[2]);
			return second > 12 ? iso(Number(m[3]), first, second) : iso(Number(m[3]), second, first);
		},
	},
];

/**
 * Every date read here has a four-digit year, so a text without four digits in a row (once folding drops the
 * marks between them), most lines of a document, is spared the patterns.
 */
function mayHoldYear(text: string): boolean {
	return /\d(?:\p{M}*\d){3}/u.test(text);
}

/** "São Paulo, maio de 2016", "Paris, March 2021": a place, then a month and a year with no day. */
export function isPlaceAndMonth(text: string): boolean {
	if (!mayHoldYear(text)) return false;
	// "Berlin, im März 2023", "Paris, en mars 2023": a preposition may stand before the month.
	const match =
		/^\p{Lu}[^,\d]{1,40},\s*(?:(?:im|en|in|em|au mois de|nel mese di|nel)\s+)?(\p{L}+)\.?(?:\s+de)?,?\s+(\d{4})\.?-?$/u.exec(
			text.trim(),
		);
	return !!match && monthNumbers[fold(match[1] ?? "")] !== undefined;
}

/**
 * "Brussels, 24 February", "Paris, le 3 mai", "Lisboa, 5 de maio": a letter's place and day with no year, a dateline
 * all the same.
 */
export function isPlaceAndDay(text: string): boolean {
	const match =
		/^\p{Lu}[^,\d]{1,40},\s*(?:(?:le|el|den|am|il)\s+)?\d{1,2}(?:\.|º|°|er)?\s+(?:de\s+)?(\p{L}+)\.?$/u.exec(
			text.trim(),
		);
	return !!match && monthNumbers[fold(match[1] ?? "")] !== undefined;
}

/** The first date written in the text, as YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
	if (!mayHoldYear(text)) return undefined;
	const folded = fold(text);
	let best: { index: number; value: string } | undefined;
	for (const { regex, read } of patterns) {
		regex.lastIndex = 0;
		for (let match = regex.exec(folded); match; match = regex.exec(folded)) {
			const value = read(match);
			if (value && (!best || match.index < best.index)) best = { index: match.index, value };
			if (value) break;
		}
	}
	return best?.value;
}
