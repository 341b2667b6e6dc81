// The plain index, not the Node entry that loads every language: the six the importer reads are registered below.
import countries from "i18n-iso-countries/index.js";
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import it from "i18n-iso-countries/langs/it.json" with { type: "json" };
import pt from "i18n-iso-countries/langs/pt.json" with { type: "json" };
import { fold } from "./text-normalize.js";

for (const locale of [en, es, fr, pt, de, it]) countries.registerLocale(locale);

function key(name: string): string {
	return fold(name)
		.replace(/^(the|la|le|el|les|los|o|a) /, "")
		.replace(/[.\s]+$/, "")
		.replace(/\s*\.\s*/g, ".");
}

// Short and colloquial names the locale files leave out.
const extraNames: Readonly<Record<string, string>> = {
	usa: "US",
	"u.s.a": "US",
	"u.s": "US",
	us: "US",
	uk: "GB",
	"u.k": "GB",
	england: "GB",
	scotland: "GB",
	wales: "GB",
	britain: "GB",
	"great britain": "GB",
	"gran bretana": "GB",
	"grande-bretagne": "GB",
	"gran bretagna": "GB",
	"estado espanol": "ES",
	"estat espanyol": "ES",
	"ee.uu": "US",
	eeuu: "US",
	eua: "US",
	"e.u.a": "US",
	holland: "NL",
	burma: "MM",
	birmania: "MM",
	"ivory coast": "CI",
	russia: "RU",
	rusia: "RU",
	russie: "RU",
	"south korea": "KR",
	"corea del sur": "KR",
	"north korea": "KP",
	syria: "SY",
	siria: "SY",
	syrie: "SY",
	iran: "IR",
	laos: "LA",
	vietnam: "VN",
	bolivia: "BO",
	venezuela: "VE",
	tanzania: "TZ",
	moldova: "MD",
	macedonia: "MK",
	"czech republic": "CZ",
	drc: "CD",
	rdc: "CD",
	palestine: "PS",
	palestina: "PS",
	turkey: "TR",
	turquia: "TR",
	turquie: "TR",
	turkiye: "TR",
	peru: "PE",
	brasil: "BR",
	"republica dominicana": "DO",
	"puerto rico": "PR",
	"hong kong": "HK",
	taiwan: "TW",
	"western sahara": "EH",
	"sahara occidental": "EH",
};

/** Country names in the six languages the documents come in, by their comparison key, then the extra names. */
function namesToCodes(): ReadonlyMap<string, string> {
	const codes = new Map<string, string>();
	for (const language of ["en", "es", "fr", "pt", "de", "it"]) {
		const names = countries.getNames(language, { select: "all" }) as Record<string, string[] | string>;
		for (const [code, list] of Object.entries(names))
			for (const name of Array.isArray(list) ? list : [list]) if (name.length > 2) codes.set(key(name), code);
	}
	// Set last, so a colloquial name wins over a locale file's reading of the same key.
	for (const [name, code] of Object.entries(extraNames)) codes.set(name, code);
	return codes;
}

const codeByName: ReadonlyMap<string, string> = namesToCodes();

// Places printed where a country goes that have no ISO code of their own.
const placesWithoutCode: ReadonlySet<string> = new Set([
	"kurdistan",
	"euskal herria",
	"basque country",
	"pais vasco",
	"catalunya",
	"cataluna",
	"catalonia",
	"catalogne",
	"galiza",
	"tibet",
	"west papua",
	"kashmir",
	"kosovo",
	"kosova",
	"europe",
	"europa",
	"africa",
	"afrique",
	"latin america",
	"america latina",
	"amerique latine",
	"international",
	"internacional",
	"global",
]);

const qualifiers =
	/^(atlantic|northern|southern|eastern|western|north|south|east|west|central|occupied|norte|sur|sud|nord|est|oeste|ouest)\s+(.+)$/;

export interface CountryMatch {
	/** ISO 3166-1 alpha-2, or null for a place without one (Kurdistan). */
	code: string | null;
}

function single(name: string): CountryMatch | undefined {
	const k = key(name);
	if (k === "") return undefined;
	const code = codeByName.get(k);
	if (code) return { code };
	if (placesWithoutCode.has(k)) return { code: null };
	return undefined;
}

/**
 * Reads a country as documents print it: "Peru", "Perú", "USA", "Bolivia/UK", "Turkey-Kurdistan",
 * "Atlantic Canada". Compound names take the code of their first known part.
 */
export function lookupCountry(text: string): CountryMatch | undefined {
	const trimmed = text.trim();
	if (trimmed.length < 2 || trimmed.length > 60) return undefined;
	const whole = single(trimmed);
	if (whole) return whole;
	const parts = trimmed.split(/\s*\/\s*|\s+-\s+|-|\s+–\s+|\s+(?:and|y|et|e|&)\s+/).filter((part) => part !== "");
	if (parts.length > 1) {
		const matches = parts.map(single);
		if (matches.every((match) => match !== undefined))
			return { code: matches.find((match) => match?.code)?.code ?? null };
	}
	const qualified = qualifiers.exec(key(trimmed));
	if (qualified?.[2]) {
		const rest = single(qualified[2]);
		if (rest?.code) return rest;
	}
	return undefined;
}
