import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { DraftSignatory, ImportDraft } from "../../../src/core/import/import-draft.js";
import { importStatement } from "../../../src/core/import/import-statement.js";

const seedDir = join(import.meta.dirname, "../../fixtures/seeds");
const seed = (name: string): ImportDraft => importStatement(readFileSync(join(seedDir, name), "utf8"));
const counts = (draft: ImportDraft) => draft.sections.map((section) => section.signatories.length);
const pick = (signatory: DraftSignatory | undefined) => ({
	name: signatory?.name,
	abbreviation: signatory?.abbreviation,
	nameEn: signatory?.nameEn,
	country: signatory?.country,
	countryCode: signatory?.countryCode,
	kind: signatory?.kind,
});

describe("importing the seed documents", () => {
	it("reads the ICOR World Conference resolution: 21 numbered 'ABBR Country' entries", () => {
		const draft = seed("000_3b040382fcf82d6d.txt");
		assert.deepEqual(counts(draft), [21]);
		assert.equal(
			draft.title,
			"Resolution against the political persecution of the movement for amnesty and fundamental rights of Peru",
		);
		assert.equal(draft.language, "en");
		assert.equal(draft.date, null);
		const list = draft.sections[0]?.signatories ?? [];
		assert.deepEqual(pick(list[0]), {
			name: "PCC-M",
			abbreviation: null,
			nameEn: null,
			country: "Colombia",
			countryCode: "CO",
			kind: "organization",
		});
		assert.deepEqual(pick(list[13]), {
			name: "CPI (ML) Mass Line",
			abbreviation: null,
			nameEn: null,
			country: "India",
			countryCode: "IN",
			kind: "organization",
		});
		assert.equal(list[19]?.name, "PC (ML)");
		assert.equal(list[19]?.countryCode, "DO");
		assert.equal(list[20]?.country, "Turkey-Kurdistan");
		assert.equal(list[20]?.countryCode, "TR");
		assert.match(draft.body, /Further organizations are cordially invited/);
		assert.deepEqual(draft.unrecognized, []);
	});

	it("reads the ICOR Peru resolution: 28 numbered and 3 subsequent, nested brackets included", () => {
		const draft = seed("001_55d33ac6f5b697e4.txt");
		assert.deepEqual(counts(draft), [28, 3]);
		assert.equal(draft.title, "Solidarity with the struggle of the Peruvian people");
		assert.equal(draft.issuer, "ICOR");
		assert.equal(draft.date, "2023-02-07");
		assert.equal(draft.sections[0]?.listStyle, "numbered");
		assert.equal(draft.sections[1]?.heading, "Subsequent signatories:");
		const list = draft.sections[0]?.signatories ?? [];
		assert.deepEqual(pick(list[26]), {
			name: "Partido Comunista (Marxista Leninista)",
			abbreviation: "PC (ML)",
			nameEn: "Communist Party (Marxist-Leninist)",
			country: "Dominican Republic",
			countryCode: "DO",
			kind: "organization",
		});
		assert.deepEqual(pick(list[16]), {
			name: "Rode Morgen",
			abbreviation: "RM",
			nameEn: "Red Dawn",
			country: "Netherlands",
			countryCode: "NL",
			kind: "organization",
		});
		assert.equal(list[3]?.name, "Communist Party of South Africa (Marxist-Leninist)");
		assert.equal(list[3]?.abbreviation, "CPSA (ML)");
		assert.equal(list[12]?.abbreviation, "БКП");
		assert.equal(list[12]?.nameEn, "Bulgarian Communist Party");
		assert.equal(list[4]?.name, "Parti Comuniste du Togo");
		const later = draft.sections[1]?.signatories ?? [];
		assert.equal(later[2]?.abbreviation, "PML del Perú");
		assert.equal(later[2]?.name, "Partido Marxista Leninista del Perú");
		assert.equal(later[1]?.nameEn, "Paraguayan Communist Party (independent)");
		assert.deepEqual(draft.unrecognized, []);
		assert.doesNotMatch(draft.body, /Skip to content|Document Actions|Personal tools/);
	});

	it("reads the urgent declaration: 9 names, one an individual with a title", () => {
		const draft = seed("002_931f5cf06bc67560.txt");
		assert.deepEqual(counts(draft), [9]);
		assert.equal(draft.title, "Peru: Urgent Declaration");
		assert.equal(draft.date, "2023-12-07");
		const list = draft.sections[0]?.signatories ?? [];
		assert.deepEqual(pick(list[8]), {
			name: "Professor Gill H. Boehringer",
			abbreviation: null,
			nameEn: null,
			country: "Australia",
			countryCode: "AU",
			kind: "individual",
		});
		assert.deepEqual(pick(list[3]), {
			name: "National Lawyers Guild",
			abbreviation: null,
			nameEn: null,
			country: "USA",
			countryCode: "US",
			kind: "organization",
		});
		assert.equal(list[4]?.abbreviation, "AAJ");
		assert.equal(list[4]?.nameEn, "American Association of Jurists");
		assert.equal(list[7]?.country, "UK/Burma");
		assert.match(draft.body, /^1\. Since December 7/m);
	});

	it("reads the Red Muqui statement: 25 launching and 13 adhering organizations", () => {
		const draft = seed("003_531545305cf04e37.txt");
		assert.deepEqual(counts(draft), [25, 13]);
		assert.equal(draft.date, "2023-01-12");
		const launched = draft.sections[0]?.signatories ?? [];
		assert.equal(launched[1]?.name, "Derechos Humanos y Medio Ambiente");
		assert.equal(launched[1]?.abbreviation, "DHUMA");
		assert.equal(launched[1]?.countryCode, "PE");
		assert.equal(launched[15]?.abbreviation, "CADEP");
		assert.equal(launched[17]?.name, "Colectivo Santiaguinos en Acción");
		const adhering = draft.sections[1]?.signatories ?? [];
		assert.deepEqual(pick(adhering[0]), {
			name: "TerraJusta",
			abbreviation: null,
			nameEn: null,
			country: "Bolivia/UK",
			countryCode: "BO",
			kind: "organization",
		});
		assert.equal(adhering[4]?.countryCode, "BR");
		assert.equal(adhering[11]?.country, "Atlantic Canada");
		assert.doesNotMatch(draft.body, /chevron-up|sitemap/);
	});

	it("reads the WFTU call as a draft without signatories", () => {
		const draft = seed("004_7c7aeeae37f0f8a8.txt");
		assert.deepEqual(counts(draft), []);
		assert.equal(draft.issuer, "WFTU");
		assert.equal(draft.date, null);
		assert.match(draft.body, /International Solidarity Day/);
		assert.deepEqual(draft.unrecognized, []);
	});
});
