import type { DraftLanguage } from "./import-draft.js";
import { fold } from "./text-normalize.js";

// Frequent words that are distinctive enough between the six languages to count votes.
const stopWords: Record<DraftLanguage, ReadonlySet<string>> = {
	en: new Set(
		"the and of to in that is for with on we are by this as our their be have from which it not was were will".split(
			" ",
		),
	),
	es: new Set(
		"el la los las del y que en por para con una su sus se es al lo nuestra nuestro como pero mas este esta".split(" "),
	),
	fr: new Set(
		"le la les des du et que dans pour une est sur nous par au aux ce qui pas sont cette ces avec leur".split(" "),
	),
	pt: new Set("o os as do da dos das e que em no na para com uma por nao ao seu sua nos pela pelo sao".split(" ")),
	de: new Set(
		"der die das und ist nicht mit den dem des ein eine einer wir auf fur von zu im sich auch werden wird sind".split(
			" ",
		),
	),
	it: new Set("il lo gli della delle dei di che per non una sono nel nella alla degli ai ha con come anche".split(" ")),
};

const languages = ["en", "es", "fr", "pt", "de", "it"] as const;

/** The language with most stop words in the text; English when nothing decides it. */
export function detectLanguage(text: string): DraftLanguage {
	const counts: Record<DraftLanguage, number> = { en: 0, es: 0, fr: 0, pt: 0, de: 0, it: 0 };
	const words = fold(text).split(/[^a-z]+/);
	for (const word of words.slice(0, 20000))
		for (const language of languages) if (stopWords[language].has(word)) counts[language]++;
	let best: DraftLanguage = "en";
	for (const language of languages) if (counts[language] > counts[best]) best = language;
	return best;
}
