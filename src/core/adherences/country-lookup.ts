import { distance } from "fastest-levenshtein";
// The package's Node entry registers all of its 80 languages, about 900 kB of JSON parsed at every
// start; its plain index registers none, and each module registers the languages it reads names in.
import countries from "i18n-iso-countries/index.js";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import { normalizeName } from "./normalize-name.js";

countries.registerLocale(en);
countries.registerLocale(es);

export type CountryLookup = { kind: "found"; code: string } | { kind: "unknown"; suggestions: string[] };

const MAX_SUGGESTIONS = 3;

/** Normalized country name → every alpha-2 code it names ("congo" names both CG and CD). */
const codesByName: ReadonlyMap<string, readonly string[]> = buildNameIndex();

function buildNameIndex(): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const language of ["en", "es"]) {
		const names: Record<string, string | string[]> = countries.getNames(language, { select: "all" });
		for (const [code, list] of Object.entries(names)) {
			for (const name of Array.isArray(list) ? list : [list]) {
				const key = normalizeName(name);
				if (key === "") continue;
				const codes = index.get(key);
				if (codes === undefined) index.set(key, [code]);
				else if (!codes.includes(code)) codes.push(code);
			}
		}
	}
	return index;
}

/** Accepts an ISO alpha-2 or alpha-3 code or an English or Spanish country name, however accented or spelled. */
export function lookupCountry(input: string): CountryLookup {
	const key = normalizeName(input);
	if (key === "") return { kind: "unknown", suggestions: [] };
	if (/^[a-z]{2}$/.test(key) && countries.isValid(key.toUpperCase())) return { kind: "found", code: key.toUpperCase() };
	if (/^[a-z]{3}$/.test(key)) {
		const code = countries.alpha3ToAlpha2(key.toUpperCase());
		if (code !== undefined) return { kind: "found", code };
	}
	const codes = codesByName.get(key);
	if (codes?.length === 1 && codes[0] !== undefined) return { kind: "found", code: codes[0] };
	// An ambiguous name ("Congo") is for the user to settle, not for us to guess.
	if (codes !== undefined) return { kind: "unknown", suggestions: codes.slice(0, MAX_SUGGESTIONS) };
	return { kind: "unknown", suggestions: suggest(key) };
}

function suggest(key: string): string[] {
	// Beyond this many edits the "suggestion" is a different word, not a misspelling of a country.
	const limit = Math.max(2, Math.floor(key.length / 3));
	const best = new Map<string, number>();
	for (const [name, codes] of codesByName) {
		if (Math.abs(name.length - key.length) > limit) continue;
		const edits = distance(key, name);
		if (edits > limit) continue;
		for (const code of codes) {
			const previous = best.get(code);
			if (previous === undefined || edits < previous) best.set(code, edits);
		}
	}
	return [...best]
		.sort((a, b) => a[1] - b[1])
		.slice(0, MAX_SUGGESTIONS)
		.map(([code]) => code);
}
