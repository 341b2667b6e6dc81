import type { DraftLanguage } from "./import-draft.js";
import { fold } from "./text-normalize.js";

// Frequent words that are distinctive enough between the four languages to count votes.
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
};

/** The language with most stop words in the text; English when nothing decides it. */
export function detectLanguage(text: string): DraftLanguage {
	const counts: Record<DraftLanguage, number> = { en: 0, es: 0, fr: 0, pt: 0 };
	const words = fold(text).split(/[^a-z]+/);
	for (const word of words.slice(0, 20000))
		for (const language of ["en", "es", "fr", "pt"] as const) if (stopWords[language].has(word)) counts[language]++;
	let best: DraftLanguage = "en";
	for (const language of ["es", "fr", "pt"] as const) if (counts[language] > counts[best]) best = language;
	return best;
}
