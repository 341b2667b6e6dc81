import { isAbbreviationToken, isBracketToken } from "./abbreviations.js";
import { splitTopLevel, tokens } from "./brackets.js";
import { dashSeparator, type Parts } from "./signatory-parts.js";
import { fold, wordsOf } from "./text-normalize.js";

function firstLetter(text: string): string {
	return fold(text.replace(/^[^\p{L}]+/u, "")).charAt(0);
}

function script(text: string): string {
	const letter = text.replace(/[^\p{L}]/gu, "").charAt(0);
	return /\p{Script=Cyrillic}/u.test(letter) ? "cyrillic" : /\p{Script=Greek}/u.test(letter) ? "greek" : "latin";
}

/** "PML del Perú Partido Marxista Leninista del Perú": finds where the acronym ends and the name begins. */
export function takeLeadingAbbreviation(parts: Parts): void {
	const words = tokens(parts.rest);
	if (words.length < 2 || !isAbbreviationToken(words[0] ?? "")) return;
	for (let take = Math.min(4, words.length - 1); take >= 1; take--) {
		const name = words.slice(take);
		const head = name[0] ?? "";
		if (!/^["“«'‘]?\p{Lu}/u.test(head) || isBracketToken(head)) continue;
		if (name.length < 2) continue;
		const nameFolded = new Set(name.map((word) => fold(word)));
		const extras = words.slice(1, take);
		if (!extras.every((word) => isBracketToken(word) || nameFolded.has(fold(word)))) continue;
		const abbreviation = words[0] ?? "";
		const sameScript = script(abbreviation) === script(head);
		if (sameScript && firstLetter(abbreviation) !== firstLetter(head)) continue;
		parts.abbreviation = words
			.slice(0, take)
			.join(" ")
			.replace(/[.,]+$/, "");
		parts.rest = name.join(" ");
		return;
	}
}

export function takeDashAbbreviation(parts: Parts): void {
	const dashParts = splitTopLevel(parts.rest, dashSeparator);
	if (dashParts.length !== 2) return;
	const [left = "", right = ""] = dashParts;
	const rightTokens = tokens(right);
	const leftTokens = tokens(left);
	if (rightTokens.length <= 2 && isAbbreviationToken(rightTokens[0] ?? "") && wordsOf(left).length >= 2) {
		parts.abbreviation = (rightTokens[0] ?? "").replace(/[.,]+$/, "");
		parts.rest = left;
		return;
	}
	if (leftTokens.length <= 3 && leftTokens.every((token) => isAbbreviationToken(token)) && wordsOf(right).length >= 2) {
		parts.abbreviation = left.replace(/[.,]+$/, "");
		parts.rest = right;
	}
}

export function takeMiddleAbbreviation(parts: Parts): void {
	if (parts.abbreviation) return;
	const match = /\s\(([^()\s]{2,16})\)(?=\s|$)/u.exec(parts.rest);
	// "CPSA (ML) South Africa": the bracket belongs to the acronym before it.
	const before = parts.rest.slice(0, match?.index ?? 0);
	if (tokens(before).every((token) => isAbbreviationToken(token))) return;
	if (match?.[1] && isAbbreviationToken(match[1])) {
		parts.abbreviation = match[1];
		parts.rest = `${parts.rest.slice(0, match.index)} ${parts.rest.slice(match.index + match[0].length)}`;
	}
}
