import { isAbbreviationToken, isBracketToken } from "./abbreviations.js";
import { splitTopLevel, tokens } from "./brackets.js";
import { lookupCountry } from "./country-names.js";
import { startsWithGivenName } from "./given-names.js";
import { isPersonLike } from "./person-names.js";
import { wordsOf } from "./text-normalize.js";

/** One entry as parseSignatory takes it apart: each step moves a piece out of `rest`. */
export interface Parts {
	rest: string;
	abbreviation: string | null;
	nameEn: string | null;
	country: string | null;
	role: string | null;
	individual: boolean;
}

export const dashSeparator = /\s+[-–—.]\s+|\s+[–—]|[–—]\s+|(?<=\p{L})-\s+/u;

export function isCountry(text: string): boolean {
	return lookupCountry(text) !== undefined;
}

/**
 * "Hector Abad Colombia", "Ghayath Almadhoun Palestine/ Syria/ Sweden": a person's name, then the countries
 * with no comma before them. The name must open with a known given name unless a slash shows a list of places.
 */
function takePersonCountries(parts: Parts): boolean {
	if (parts.rest.includes(",")) return false;
	const words = parts.rest.trim().split(/\s+/);
	for (let take = Math.min(6, words.length - 2); take >= 1; take--) {
		const places = words.slice(words.length - take).join(" ");
		const name = words.slice(0, words.length - take).join(" ");
		const listed = places.split(/\s*\/\s*/);
		if (!listed.every((place) => place !== "" && isCountry(place))) continue;
		if (!isPersonLike(name) || !(startsWithGivenName(name) || listed.length > 1)) continue;
		parts.country = places;
		parts.rest = name;
		parts.individual = true;
		return true;
	}
	return false;
}

// The United States' two-letter state codes, as lists of members of Congress print them after a name.
export const usStates: ReadonlySet<string> = new Set(
	"AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY".split(
		" ",
	),
);

export function takeCountry(parts: Parts, afterAcronym: boolean): void {
	const commaParts = splitTopLevel(parts.rest, /,/);
	const last = commaParts[commaParts.length - 1] ?? "";
	// "Catholic Community of Christ Our Light, Cherry Hill, NJ": an American town and its state.
	if (commaParts.length >= 3 && usStates.has(last)) {
		parts.country = commaParts.slice(-2).join(", ");
		parts.rest = commaParts.slice(0, -2).join(", ");
		return;
	}
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
	if (takePersonCountries(parts)) return;
	// "der Nachbarschaftskreis Bögelsknapen aus Kettwig", "Bürgerinitiative „…“ aus Haarzopf": a body and the place
	// it comes from, as a German sentence names them.
	const from = /^(\p{Lu}.*?\S)\s+aus\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u.exec(parts.rest);
	if (from?.[1] && from[2] && wordsOf(from[1]).length >= 2) {
		parts.country = from[2];
		parts.rest = from[1];
		return;
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
