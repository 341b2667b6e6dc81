import { isAbbreviationToken, isBracketToken } from "./abbreviations.js";
import { splitTopLevel, tokens, trailingGroup } from "./brackets.js";
import { detectLanguage } from "./language-detect.js";
import { isPersonLike, isRoleText } from "./person-names.js";
import { isCountry, type Parts } from "./signatory-parts.js";
import { wordsOf } from "./text-normalize.js";

function isAlternativeName(content: string, before: string): boolean {
	const altWords = wordsOf(content).length;
	return altWords >= 2 && altWords >= 0.4 * wordsOf(before).length;
}

export function takeTrailingGroups(parts: Parts): void {
	for (let guard = 0; guard < 4; guard++) {
		const group = trailingGroup(parts.rest);
		if (!group || group.before === "") return;
		const { before, content } = group;
		// "Lina Desanti (Secrétaire général UD Tarn-et-Garonne)": after a person's name the bracket is a role.
		if (isPersonLike(before) && !isCountry(content) && !isAbbreviationToken(content)) {
			parts.role = content;
			parts.individual = true;
			parts.rest = before;
			return;
		}
		if (!parts.country && isCountry(content)) {
			parts.country = content;
			parts.rest = before;
			continue;
		}
		// "American Public Health Association (resolution)": a note in brackets, not part of the name.
		if (/^\p{Ll}/u.test(content) && wordsOf(content).length <= 3 && !isPersonLike(before)) {
			parts.rest = before;
			continue;
		}
		// "CJV (Consell de la Joventut de València)": the acronym printed first, the full name in brackets.
		const beforeTokens = tokens(before);
		const contentWords = wordsOf(content).length;
		const loneAcronym = beforeTokens.length === 1 && /^[\p{Lu}\d/&.-]{2,10}$/u.test(before);
		if (
			!parts.abbreviation &&
			beforeTokens.length <= 4 &&
			beforeTokens.some((token) => isAbbreviationToken(token)) &&
			contentWords >= (loneAcronym ? 2 : 3) &&
			contentWords > beforeTokens.length + (loneAcronym ? 0 : 1) &&
			/^\p{Lu}/u.test(content) &&
			!isRoleText(content) &&
			!content.includes(",")
		) {
			parts.abbreviation = before;
			parts.rest = content;
			return;
		}
		const commaParts = splitTopLevel(content, /,/);
		if (commaParts.length >= 2) {
			const last = commaParts[commaParts.length - 1] ?? "";
			const first = commaParts.slice(0, -1).join(", ");
			if (isCountry(last) && !parts.country) parts.country = last;
			const placeKnown = isCountry(last);
			if (isAbbreviationToken(first) && !first.includes(" ") && !parts.abbreviation) parts.abbreviation = first;
			else if (!placeKnown && !isAbbreviationToken(first)) return;
			else if (isAlternativeName(first, before)) {
				if (detectLanguage(first) === "en" || detectLanguage(before) !== "en") parts.nameEn = first;
			}
			parts.rest = before;
			return;
		}
		const beforeIsAcronym = tokens(before).every((token) => isAbbreviationToken(token) || isBracketToken(token));
		if (!content.includes(" ") && isAbbreviationToken(content) && !parts.abbreviation && !beforeIsAcronym) {
			parts.abbreviation = content;
			parts.rest = before;
			continue;
		}
		const dashed = /^(.+?)\s*[-–—]\s*(\S+)$/.exec(content);
		if (dashed?.[1] && dashed[2] && isAbbreviationToken(dashed[2]) && !parts.abbreviation) {
			parts.abbreviation = dashed[2];
			parts.nameEn = dashed[1].trim();
			parts.rest = before;
			return;
		}
		if (isAlternativeName(content, before)) {
			if (detectLanguage(content) === "en" || detectLanguage(before) !== "en") parts.nameEn = content;
			parts.rest = before;
		}
		return;
	}
}
