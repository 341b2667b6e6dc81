import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lookupCountry } from "../../../src/core/adherences/country-lookup.js";
import { countryName } from "../../../src/core/i18n/messages.js";

describe("lookupCountry", () => {
	const cases: [string, string][] = [
		["PE", "PE"],
		["pe", "PE"],
		["per", "PE"],
		["PER", "PE"],
		["Perú", "PE"],
		["Peru", "PE"],
		["Côte d'Ivoire", "CI"],
		["Cote d Ivoire", "CI"],
		["Ivory Coast", "CI"],
		["Türkiye", "TR"],
		["Turkey", "TR"],
		["Turquía", "TR"],
		["United Kingdom", "GB"],
		["UK", "GB"],
		["USA", "US"],
		["Estados Unidos", "US"],
		["Países Bajos", "NL"],
		["Paises Bajos", "NL"],
		["Netherlands", "NL"],
		["Brasil", "BR"],
		["Brazil", "BR"],
		["  peru. ", "PE"],
	];
	for (const [input, code] of cases) {
		it(`finds ${code} for ${JSON.stringify(input)}`, () => {
			assert.deepEqual(lookupCountry(input), { kind: "found", code });
		});
	}

	it("suggests the nearest country for a misspelling", () => {
		const peru = lookupCountry("Peruu");
		assert.equal(peru.kind, "unknown");
		assert.equal(peru.kind === "unknown" ? peru.suggestions[0] : undefined, "PE");
		const uruguay = lookupCountry("Urugay");
		assert.equal(uruguay.kind, "unknown");
		assert.equal(uruguay.kind === "unknown" ? uruguay.suggestions[0] : undefined, "UY");
	});

	it("rejects an unknown country with at most three suggestions", () => {
		const result = lookupCountry("Narnia");
		assert.equal(result.kind, "unknown");
		assert.ok(result.kind === "unknown" && result.suggestions.length <= 3);
	});

	it("rejects empty or symbol-only input without suggestions", () => {
		assert.deepEqual(lookupCountry(""), { kind: "unknown", suggestions: [] });
		assert.deepEqual(lookupCountry("  "), { kind: "unknown", suggestions: [] });
		assert.deepEqual(lookupCountry("¿?!-"), { kind: "unknown", suggestions: [] });
	});

	it("asks which Congo rather than guessing", () => {
		const result = lookupCountry("Congo");
		assert.equal(result.kind, "unknown");
		assert.deepEqual(result.kind === "unknown" ? [...result.suggestions].sort() : [], ["CD", "CG"]);
	});
});

describe("countryName", () => {
	it("names countries in English and Spanish", () => {
		assert.equal(countryName("PE", "en"), "Peru");
		assert.equal(countryName("PE", "es"), "Perú");
		assert.equal(countryName("gb", "en"), "United Kingdom");
	});

	it("returns a malformed code as it is instead of throwing", () => {
		assert.equal(countryName("X", "en"), "X");
	});
});
