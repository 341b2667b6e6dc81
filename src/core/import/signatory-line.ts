import { isAbbreviationToken, isBracketToken } from "./abbreviations.js";
import { closeBrackets, splitTopLevel, tokens, trailingGroup } from "./brackets.js";
import { lookupCountry } from "./country-names.js";
import type { DraftSignatory } from "./import-draft.js";
import { detectLanguage } from "./language-detect.js";
import { isPersonLike, isRoleText, mentionsRole, personTitle, startsWithRole } from "./person-names.js";
import { splitPersonRole, takePersonTitles } from "./person-role.js";
import { fold, wordsOf } from "./text-normalize.js";

interface Parts {
	rest: string;
	abbreviation: string | null;
	nameEn: string | null;
	country: string | null;
	role: string | null;
	individual: boolean;
}

const dashSeparator = /\s+[-–—.]\s+|\s+[–—]|[–—]\s+|(?<=\p{L})-\s+/u;

function trimName(text: string): string {
	return text
		.trim()
		.replace(/^[,;:\s]+|[,;:\s]+$/g, "")
		.replace(/(?<!\b\p{Lu})\.$/u, "")
		.replace(/\s{2,}/g, " ")
		.trim();
}

function isCountry(text: string): boolean {
	return lookupCountry(text) !== undefined;
}

function takeCountry(parts: Parts, afterAcronym: boolean): void {
	const commaParts = splitTopLevel(parts.rest, /,/);
	const last = commaParts[commaParts.length - 1] ?? "";
	if (commaParts.length > 1 && isCountry(last)) {
		parts.country = last;
		parts.rest = commaParts.slice(0, -1).join(", ");
		return;
	}
	const dashParts = splitTopLevel(parts.rest, dashSeparator);
	if (dashParts.length === 2) {
		const [left = "", right = ""] = dashParts;
		if (isCountry(right) && wordsOf(left).length > 0) {
			parts.country = right;
			parts.rest = left;
			return;
		}
		if (isCountry(left) && wordsOf(right).length > 0) {
			parts.country = left;
			parts.rest = right;
			return;
		}
	}
	const leading = /^([^:]{2,40}):\s+(\S.*)$/.exec(parts.rest);
	if (leading?.[1] && leading[2] && isCountry(leading[1])) {
		parts.country = leading[1].trim();
		parts.rest = leading[2];
		return;
	}
	// "PCC-M Colombia", "CPI (ML) Mass Line India": an acronym then a country, without a comma.
	const words = tokens(parts.rest);
	if (afterAcronym && words.length >= 2 && isAbbreviationToken(words[0] ?? "")) {
		for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
			const candidate = words.slice(words.length - take).join(" ");
			const prefix = words.slice(0, words.length - take);
			const prefixWords = prefix.slice(1).filter((token) => !isBracketToken(token));
			const acronymLike = prefixWords.length <= 2 && prefixWords.every((token) => /^\p{Lu}/u.test(token));
			if (acronymLike && !candidate.includes("(") && isCountry(candidate)) {
				parts.country = candidate;
				parts.rest = prefix.join(" ");
				return;
			}
		}
	}
}

function isAlternativeName(content: string, before: string): boolean {
	const altWords = wordsOf(content).length;
	return altWords >= 2 && altWords >= 0.4 * wordsOf(before).length;
}

function takeTrailingGroups(parts: Parts): void {
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

function firstLetter(text: string): string {
	return fold(text.replace(/^[^\p{L}]+/u, "")).charAt(0);
}

function script(text: string): string {
	const letter = text.replace(/[^\p{L}]/gu, "").charAt(0);
	return /\p{Script=Cyrillic}/u.test(letter) ? "cyrillic" : /\p{Script=Greek}/u.test(letter) ? "greek" : "latin";
}

/** "PML del Perú Partido Marxista Leninista del Perú": finds where the acronym ends and the name begins. */
function takeLeadingAbbreviation(parts: Parts): void {
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

function takeDashAbbreviation(parts: Parts): void {
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

function takeMiddleAbbreviation(parts: Parts): void {
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

/** "Palestine Solidarity Campaign, Hugh Lanning, Chair" and "Khaled Gaiji, président des …". */
function takeRole(parts: Parts): void {
	const commaParts = splitTopLevel(parts.rest, /,/);
	if (commaParts.length < 2) return;
	const [first = "", ...others] = commaParts;
	const last = others[others.length - 1] ?? "";
	if (others.length >= 2 && isPersonLike(others[0] ?? "") && startsWithRole(last)) {
		parts.rest = first;
		parts.role = others.join(", ");
		return;
	}
	if (isPersonLike(first) || personTitle.test(first)) {
		parts.rest = first;
		parts.role = others.join(", ");
		parts.individual = true;
		return;
	}
	if (others.some((part) => isRoleText(part))) {
		parts.rest = first;
		parts.role = others.join(", ");
	}
}

/** Reads one signatory from one entry of a list; undefined when the text holds no name. */
export function parseSignatory(asWritten: string, individualsSection = false): DraftSignatory | undefined {
	const cleaned = closeBrackets(
		asWritten
			.trim()
			.replace(/\*+$/, "")
			.replace(/(?<![\s.]\p{Lu})[\s;,.]+$/u, ""),
	);
	if (!/\p{L}{2,}/u.test(cleaned) || cleaned.length > 300) return undefined;
	if (/^(https?:\/\/|www\.)\S+$/.test(cleaned) || /^\S+@\S+\.\S+$/.test(cleaned)) return undefined;
	const parts: Parts = {
		rest: cleaned,
		abbreviation: null,
		nameEn: null,
		country: null,
		role: null,
		individual: false,
	};
	takeCountry(parts, true);
	takeTrailingGroups(parts);
	if (!parts.country) takeCountry(parts, false);
	takeRole(parts);
	// "Anísio Maia Dep. Estadual PT": a role abbreviation after the name, with no comma before it.
	const abbreviatedRole =
		/^(\p{Lu}[\p{L}'’-]+(?:\s+(?:de|da|do|dos|das|del)?\s*\p{Lu}[\p{L}'’-]+){1,4})\s+((?:Dep|Pres|Sec|Ver|Coord|Dir|Vice)\.\s.+)$/u.exec(
			parts.rest,
		);
	if (!parts.role && abbreviatedRole?.[1] && abbreviatedRole[2]) {
		parts.rest = abbreviatedRole[1];
		parts.role = abbreviatedRole[2];
		parts.individual = true;
	}
	if (!parts.abbreviation) takeLeadingAbbreviation(parts);
	if (!parts.abbreviation) takeDashAbbreviation(parts);
	takeMiddleAbbreviation(parts);
	let name = trimName(parts.rest);
	let abbreviation = parts.abbreviation ? trimName(parts.abbreviation) : null;
	if (name === "" && abbreviation) {
		name = abbreviation;
		abbreviation = null;
	}
	if (!/\p{L}/u.test(name)) return undefined;
	const individual = parts.individual || personTitle.test(name) || (individualsSection && !abbreviation);
	const country = parts.country ? trimName(parts.country) : null;
	const role = parts.role ? trimName(parts.role) : null;
	let person: { title: string | null; organization: string | null } = { title: null, organization: null };
	if (individual) {
		const titled = takePersonTitles(name);
		if (titled.name !== "" && /\p{L}/u.test(titled.name)) name = titled.name;
		person = splitPersonRole(role, titled.titles);
	}
	return {
		name,
		abbreviation,
		nameEn: parts.nameEn,
		country,
		countryCode: country ? (lookupCountry(country)?.code ?? null) : null,
		kind: individual ? "individual" : "organization",
		role,
		title: person.title,
		organization: person.organization,
		asWritten: asWritten.trim(),
	};
}

const labelSeparator = /:\s+|\s+(?:como|such as|comme|tels que|tales como|tais como)\s+/;

function splitList(text: string, separator: RegExp, minimum: number): string[] | undefined {
	const parts = splitTopLevel(text, separator).filter((part) => part !== "");
	return parts.length >= minimum ? parts : undefined;
}

function commaListParts(text: string): string[] | undefined {
	// "Emmanuel Vire (…) Natacha Grelot (…)": a comma the page forgot between two bracketed entries.
	const parts = splitList(text, /,/, 3)
		?.flatMap((part) => part.split(/(?<=\))\s+(?=\p{Lu}[^()]*\()/u))
		.map((part) => part.replace(/^&\s+/, ""));
	if (!parts) return undefined;
	if (parts.some((part) => isCountry(part) || wordsOf(part.replace(/\([^()]*\)/g, " ")).length > 10)) return undefined;
	if (parts.filter((part) => /^\p{Ll}/u.test(part) && !personTitle.test(part)).length > (parts.length >= 5 ? 1 : 0))
		return undefined;
	const outsideBrackets = parts.slice(1).map((part) => part.replace(/\([^()]*\)/g, " "));
	if (outsideBrackets.some((part) => (!/^\p{Ll}/u.test(part) && startsWithRole(part)) || mentionsRole(part)))
		return undefined;
	return parts;
}

/**
 * One printed entry may hold several signatories: "A; B; C", "A - B - C", "A, B, C" or
 * "Organizaciones agrarias: COAG, UPA". Returns the texts to read one by one.
 */
export function splitSignatoryEntry(text: string): string[] {
	const trimmed = text
		.trim()
		.replace(/[;,]\s*$/, "")
		// "… et Philippe Askénazy (économiste)": a list's second line may open with its conjunction.
		.replace(/^(?:et|and|y|e|und|ed|&)\s+(?=\p{Lu})/u, "");
	// "Soziale Bewegung und Kultur: • A • B • C": bullets run together on one line, after a group label.
	if ((trimmed.match(/\s•\s/g) ?? []).length >= 2) {
		const bullets = trimmed
			.split(/\s*•\s*/)
			.map((part) => part.trim())
			.filter((part) => part !== "");
		if (bullets[0] && /:$/.test(bullets[0])) bullets.shift();
		return bullets.map((part) =>
			part.replace(/^[^:]{2,60}:\s+(?=\S)/, (label) => (wordsOf(label).length <= 5 ? "" : label)),
		);
	}
	const semicolons = splitList(trimmed, /;/, 2);
	if (semicolons) {
		// "ACADEMIA: A; B; C": the label names the group, not a signatory.
		const label = /^([^:;()]{2,40}):\s+/.exec(semicolons[0] ?? "");
		if (label?.[1] && wordsOf(label[1]).length <= 4 && !isCountry(label[1]))
			semicolons[0] = (semicolons[0] ?? "").slice(label[0].length);
		const last = semicolons.length - 1;
		// "…; Ökumenische … e.V. und Pro Asyl.": the last item may carry the list's conjunction.
		const lastParts = splitTopLevel(semicolons[last] ?? "", /\s+(?:und|and|y|e|et)\s+(?=\p{Lu})/u);
		if (lastParts.length === 2 && lastParts.every((part) => wordsOf(part).length >= 1))
			semicolons.splice(last, 1, ...lastParts);
		return semicolons.flatMap((part) => splitLabel(part) ?? commaListParts(part) ?? [part]);
	}
	const labelled = splitLabel(trimmed);
	if (labelled) return labelled;
	const dashes = splitList(trimmed, /\s+[-–—|•·]\s+/, 3);
	if (dashes && !isCountry(dashes[0] ?? "") && !isCountry(dashes[dashes.length - 1] ?? "")) return dashes;
	return commaListParts(trimmed) ?? [trimmed];
}

function splitLabel(text: string): string[] | undefined {
	const match = labelSeparator.exec(text);
	if (!match || match.index === 0) return undefined;
	const label = text.slice(0, match.index);
	const list = text.slice(match.index + match[0].length);
	if (isCountry(label) || wordsOf(label).length > 12 || /[()]/.test(label)) return undefined;
	const parts = splitList(list, /[,;]/, 2);
	if (!parts || parts.some((part) => wordsOf(part).length > 12)) return undefined;
	return parts;
}
