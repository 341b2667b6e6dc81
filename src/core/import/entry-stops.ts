import { isPersonLike } from "./person-names.js";
import { wordsOf } from "./text-normalize.js";

// A full stop between two entries, not the one after a title ("Prof. Dr. Peter Brandt, Historiker. Susanne …").
export const entryStop =
	/(?<=\p{Ll}{2})(?<!\b(?:Prof|Dr|Dres|Dipl|Ing|Mag|Univ|Doz|Hon|Rev|Mgr|Lic|Arch|Sr|Jr|Mme|Mlle|Sra|Srta|Dott|Avv|Geom|Sen|Dep|Pres|Sec|Coord|Dir))\.\s+(?=\p{Lu})/u;

/** The text split at entryStop; a text with no full stop, most of them, is spared the lookbehinds. */
export function splitAtEntryStops(text: string): string[] {
	return text.includes(".") ? text.split(entryStop) : [text];
}

// "… Beth Muniz, blogueira. E outros...": the list's own "and others", no signatory.
const andOthers =
	/^(?:e|and|y|et|und|ed)\s+(?:outr[oa]s|others|otr[oa]s|autres|altri|altre|andere|weitere)\s*(?:\.+|…)?$/iu;

// "… professor universitário UERJ. Flora Gil, …": a body's acronym ends one entry, a name opens the next.
const acronymStop = /(?<=\s\p{Lu}{2,6})\.\s+(?=\p{Lu}\p{Ll}*\s+(?:(?:de|da|do|dos|das|di|del|van|von)\s+)?\p{Lu})/u;

/** The sentences of a run of entries, without a closing "and others". */
export function entrySentences(text: string): string[] {
	const sentences = splitAtEntryStops(text).flatMap((sentence) => sentence.split(acronymStop));
	if (sentences.length > 1 && andOthers.test(sentences[sentences.length - 1]?.trim() ?? "")) sentences.pop();
	return sentences;
}

// Fewer than this many such sentences could be a paragraph that happens to open each sentence with a name.
const MIN_PEOPLE_SENTENCES = 5;
const MAX_ROLE_WORDS = 10;

/**
 * "Fernando Morais, jornalista e escritor. Hildegard Angel, jornalista. … E outros...": a paragraph that is a list
 * of people, one sentence each, a name and then their role after a comma. A flattened list reads as prose by its
 * length and full stops; every sentence being a name and a short role says it is none.
 */
export function isPeopleInSentences(text: string): boolean {
	const sentences = entrySentences(text.trim());
	return (
		sentences.length >= MIN_PEOPLE_SENTENCES &&
		sentences.every((sentence) => {
			const comma = sentence.indexOf(",");
			if (comma < 0) return false;
			const role = sentence.slice(comma + 1).trim();
			return isPersonLike(sentence.slice(0, comma)) && /^\p{Ll}/u.test(role) && wordsOf(role).length <= MAX_ROLE_WORDS;
		})
	);
}
