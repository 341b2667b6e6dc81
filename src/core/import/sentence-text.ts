import { bracketBalance } from "./brackets.js";
// Reading positions in a sentence: a folded copy whose offsets fit the original, and where the sentence ends.

/** Lower case without accents, one character for one character, so offsets found in it fit the original. */
export function foldInPlace(text: string): string {
	let out = "";
	for (const char of text) {
		const bare = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
		out += bare.length === char.length ? bare : char.toLowerCase().slice(0, char.length).padEnd(char.length, " ");
	}
	return out.replace(/[’‘`´]/g, "'");
}

/** Where a sentence stops: a full stop after a word, not after an initial or an abbreviation. */
export function sentenceEnd(text: string, from: number): number {
	const stop = /(?<=\p{Ll}{2}|\p{Lu}{2,}|["“”»›’)])[.!?](?=\s+\p{Lu}|\s*$)/gu;
	stop.lastIndex = from;
	const match = stop.exec(text);
	return match ? match.index : text.length;
}

/**
 * A list cut from its sentence, without the punctuation around it. A closing bracket stays when it closes one the
 * list opened ("… ou Olivier Klein (Clichy-sous-Bois)."); one closing a bracket the sentence opened goes.
 */
export function trimListEdges(list: string): string {
	let trimmed = list.replace(/^[\s,:(]+|[\s,;.]+$/g, "");
	while (trimmed.endsWith(")") && bracketBalance(trimmed) < 0) trimmed = trimmed.slice(0, -1).replace(/[\s,;.]+$/, "");
	return trimmed;
}
