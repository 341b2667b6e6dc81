import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fold } from "../../../src/core/import/text-normalize.js";

/** What fold promises, written out whole: no accents, lower case, one kind of apostrophe, single spaces. */
const folded = (text: string) =>
	text
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/\s+/g, " ")
		.trim();

// Letters, accents as one character and as a mark after one, apostrophes, and every kind of space a
// pasted text brings: tabs, line breaks, no-break and thin spaces, ideographic space, a BOM.
const pieces = [
	..."abcxyzABCXYZ019",
	..."éÉñÑçÇøØßÅåıİ",
	"e\u0301",
	"\u0300",
	..."’‘`´'",
	"Σ",
	"ς",
	"Κόμμα",
	"日本",
	"👩🏽‍🔧",
	..." \t\n\r\u000b\u000c\u00a0\u1680\u2003\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
	"  ",
	"-",
	"(ML)",
];

describe("fold", () => {
	it("gives what folding the whole text at once gives, whatever spaces and accents it holds", () => {
		let state = 7;
		const below = (limit: number) => {
			state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
			return Math.floor((state / 2 ** 32) * limit);
		};
		for (let sample = 0; sample < 20_000; sample++) {
			let text = "";
			for (let length = below(12); length > 0; length--) text += pieces[below(pieces.length)];
			assert.equal(fold(text), folded(text), JSON.stringify(text));
		}
	});

	it("leaves a tidy name as it is and tidies the rest", () => {
		assert.equal(fold("Partido Comunista del Perú"), "partido comunista del peru");
		assert.equal(fold("  Rode\u00a0 Morgen\t"), "rode morgen");
		assert.equal(fold("Union\u2003Prolétarienne\nMarxiste"), "union proletarienne marxiste");
		assert.equal(fold("L’Humanité "), "l'humanite");
	});
});
