import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkDuplicate, type ListedSignatory } from "../../../src/core/adherences/duplicate-check.js";
import { DuplicateMemo } from "../../../src/core/adherences/duplicate-memo.js";
import { identityKeys, normalizeName } from "../../../src/core/adherences/normalize-name.js";

// Entries as the ICOR statements list them (config/statements/icor-peru-struggle-2023.md and icor-movadef-persecution.md).
const cpsa: ListedSignatory = {
	ref: "4",
	label: "No. 4",
	name: "Communist Party of South Africa (Marxist-Leninist)",
	abbreviation: "CPSA (ML)",
	country: "ZA",
};
const upml: ListedSignatory = {
	ref: "12",
	label: "No. 12",
	name: "Union Prolétarienne Marxiste-Léniniste",
	abbreviation: "UPML",
	nameEn: "Marxist-Leninist Proletarian Union",
	country: "FR",
};
const rodeMorgen: ListedSignatory = {
	ref: "17",
	label: "No. 17",
	name: "Rode Morgen",
	abbreviation: "RM",
	nameEn: "Red Dawn",
	country: "NL",
};
const pcrUruguay: ListedSignatory = {
	ref: "29",
	label: "No. 29",
	name: "Partido Comunista Revolucionario del Uruguay",
	abbreviation: "PCR-U",
	nameEn: "Revolutionary Communist Party of Uruguay",
	country: "UY",
};
const pmlPeru: ListedSignatory = { ref: "40", label: "No. 40", name: "PML", country: "PE" };
const listed = [cpsa, upml, rodeMorgen, pcrUruguay, pmlPeru];

describe("normalizeName", () => {
	it("ignores case, accents, punctuation and spacing", () => {
		assert.equal(normalizeName("CPSA(ML)"), "cpsaml");
		assert.equal(normalizeName("CPSA (ML)"), "cpsaml");
		assert.equal(normalizeName("cpsa-ml"), "cpsaml");
		assert.equal(normalizeName("Côte d'Ivoire"), "cotedivoire");
		assert.equal(normalizeName("Cote d Ivoire"), "cotedivoire");
	});

	it("removes zero-width and bidi control characters", () => {
		assert.equal(normalizeName("Rode\u200B Mor\u200Dgen\uFEFF\u202E"), "rodemorgen");
	});

	it("folds dotless i and sharp s, and keeps letters of other scripts", () => {
		assert.equal(normalizeName("KIZIL Işık"), "kizilisik");
		assert.equal(normalizeName("İSTANBUL"), "istanbul");
		assert.equal(normalizeName("Straße"), "strasse");
		assert.equal(normalizeName("БКП"), "бкп");
	});
});

describe("identityKeys", () => {
	const shareKey = (a: string[], b: string[]) => a.some((key) => b.includes(key));

	it("gives name, English name, abbreviation+name and abbreviation keys", () => {
		assert.deepEqual(identityKeys(rodeMorgen), ["n:rodemorgen", "n:reddawn", "n:rmrodemorgen", "a:rm:NL"]);
	});

	it("gives an abbreviated and an unabbreviated submission of Rode Morgen a common key", () => {
		const submitted = identityKeys({ name: "RM Rode Morgen" });
		assert.deepEqual(submitted, ["n:rmrodemorgen"]);
		assert.ok(shareKey(identityKeys(rodeMorgen), submitted));
	});

	it("gives the same organization written differently a common key", () => {
		assert.ok(shareKey(identityKeys(cpsa), identityKeys({ name: "communist party of south africa marxist leninist" })));
		assert.ok(shareKey(identityKeys(upml), identityKeys({ name: "Union Proletarienne Marxiste Leniniste" })));
		assert.ok(
			shareKey(identityKeys(cpsa), identityKeys({ name: "Communist Party", abbreviation: "CPSA(ML)", country: "ZA" })),
		);
		assert.ok(shareKey(identityKeys(rodeMorgen), identityKeys({ name: "rode\u200B morgen" })));
	});

	it("leaves out keys whose normalized text is empty", () => {
		assert.deepEqual(identityKeys({ name: "Rode Morgen", abbreviation: "--", nameEn: "¿?" }), ["n:rodemorgen"]);
	});
});

describe("checkDuplicate", () => {
	const verdict = (candidate: { name: string; abbreviation?: string; country?: string }) =>
		checkDuplicate(candidate, listed);

	it("finds CPSA(ML) written without the space", () => {
		assert.deepEqual(verdict({ name: "CPSA(ML)" }), { kind: "duplicate", match: cpsa });
		assert.deepEqual(verdict({ name: "CPSA(ML)", country: "ZA" }), { kind: "duplicate", match: cpsa });
	});

	it("finds Rode Morgen written with its abbreviation, in lower case or with a typo", () => {
		assert.deepEqual(verdict({ name: "RM Rode Morgen" }), { kind: "duplicate", match: rodeMorgen });
		assert.deepEqual(verdict({ name: "rode morgen" }), { kind: "duplicate", match: rodeMorgen });
		assert.deepEqual(verdict({ name: "Rode Morgan", country: "NL" }), { kind: "duplicate", match: rodeMorgen });
		assert.deepEqual(verdict({ name: "Red Dawn" }), { kind: "duplicate", match: rodeMorgen });
		assert.deepEqual(verdict({ name: "RM", country: "NL" }), { kind: "duplicate", match: rodeMorgen });
	});

	it("finds a typo in a long name", () => {
		assert.deepEqual(verdict({ name: "Partido Comunista Revolucionario del Uruguai" }), {
			kind: "duplicate",
			match: pcrUruguay,
		});
	});

	it("finds a name written without its accents", () => {
		assert.deepEqual(verdict({ name: "Union Proletarienne Marxiste-Leniniste" }), { kind: "duplicate", match: upml });
	});

	it("is not fooled by zero-width characters inside a name", () => {
		assert.deepEqual(verdict({ name: "Rode\u200B Mor\u200Cgen\u2060" }), { kind: "duplicate", match: rodeMorgen });
	});

	it("finds a name after a leading listed abbreviation", () => {
		const list = [{ ref: "1", label: "No. 1", name: "Rode Morgen" }, pmlPeru];
		assert.equal(checkDuplicate({ name: "PML Rode Morgen" }, list).kind, "duplicate");
	});

	it("flags a longer name containing a listed one as near", () => {
		assert.deepEqual(verdict({ name: "Rode Morgen Collective" }), { kind: "near", match: rodeMorgen });
	});

	it("flags an abbreviation shared with a party in another country as near, not duplicate", () => {
		assert.deepEqual(verdict({ name: "PML", country: "FR" }), { kind: "near", match: pmlPeru });
		assert.deepEqual(verdict({ name: "PML", country: "PE" }), { kind: "duplicate", match: pmlPeru });
		assert.deepEqual(verdict({ name: "Parti Marxiste-Léniniste", abbreviation: "PML", country: "FR" }), {
			kind: "near",
			match: pmlPeru,
		});
	});

	it("leaves a one-letter difference between parties of different countries to the organizers", () => {
		const iran: ListedSignatory = { ref: "5", label: "No. 5", name: "Communist Party of Iran", country: "IR" };
		assert.deepEqual(checkDuplicate({ name: "Communist Party of Iraq", country: "IQ" }, [iran]), {
			kind: "near",
			match: iran,
		});
	});

	it("finds names in other scripts and with typographic punctuation", () => {
		const list: ListedSignatory[] = [
			{ ref: "1", label: "No. 1", name: "Болгарская коммунистическая партия", country: "BG" },
			{ ref: "2", label: "No. 2", name: "Parti Communiste Proletarien de Côte d’Ivoire", abbreviation: "PCPCI" },
			{ ref: "3", label: "No. 3", name: "Marxistisch-Leninistische Partei Deutschlands (Straße)" },
		];
		assert.equal(checkDuplicate({ name: "БОЛГАРСКАЯ КОММУНИСТИЧЕСКАЯ ПАРТИЯ" }, list).kind, "duplicate");
		assert.equal(checkDuplicate({ name: "parti communiste proletarien de cote d'ivoire" }, list).kind, "duplicate");
		assert.equal(
			checkDuplicate({ name: "PCPCI Parti Communiste Prolétarien de Côte d'Ivoire" }, list).kind,
			"duplicate",
		);
		assert.equal(
			checkDuplicate({ name: "MARXISTISCH LENINISTISCHE PARTEI DEUTSCHLANDS STRASSE" }, list).kind,
			"duplicate",
		);
	});

	it("requires an exact match for short names", () => {
		assert.equal(verdict({ name: "PMLL", country: "PE" }).kind, "none");
	});

	it("accepts an unrelated organization", () => {
		assert.deepEqual(verdict({ name: "Communist Party of Kenya", abbreviation: "CPK", country: "KE" }), {
			kind: "none",
		});
		assert.deepEqual(checkDuplicate({ name: "Rode Morgen" }, []), { kind: "none" });
	});

	it("prefers a duplicate over an earlier near match, and the first of equals", () => {
		const nearFirst: ListedSignatory = { ref: "a", label: "No. a", name: "Rode Morgen Collective" };
		const copy: ListedSignatory = { ...rodeMorgen, ref: "b", label: "No. b" };
		assert.deepEqual(checkDuplicate({ name: "Rode Morgen" }, [nearFirst, rodeMorgen, copy]), {
			kind: "duplicate",
			match: rodeMorgen,
		});
		assert.deepEqual(checkDuplicate({ name: "Rode Morgen Collective Youth" }, [nearFirst, rodeMorgen]), {
			kind: "near",
			match: nearFirst,
		});
	});
});

describe("checkDuplicate with the list measured once (DuplicateMemo)", () => {
	it("answers each submission as a first check would, while the list grows and its entries are kept", () => {
		const memo = new DuplicateMemo();
		const pml: ListedSignatory = { ref: "20", label: "No. 20", name: "PML", country: "PE" };
		let list: ListedSignatory[] = [cpsa, upml];
		const ask = (candidate: { name: string; abbreviation?: string; country?: string }) =>
			checkDuplicate(candidate, list, memo);
		// The same questions, asked before and after the list changes, with the entries already measured.
		assert.equal(ask({ name: "Rode Morgn", country: "NL" }).kind, "none");
		assert.equal(ask({ name: "RM Rode Morgen", country: "NL" }).kind, "none");
		assert.equal(ask({ name: "PML", country: "PE" }).kind, "none");
		list = [cpsa, upml, rodeMorgen, pml];
		assert.deepEqual(ask({ name: "Rode Morgn", country: "NL" }), { kind: "duplicate", match: rodeMorgen });
		assert.deepEqual(ask({ name: "RM Rode Morgen", country: "NL" }), { kind: "duplicate", match: rodeMorgen });
		assert.deepEqual(ask({ name: "Red Dawn" }), { kind: "duplicate", match: rodeMorgen });
		assert.deepEqual(ask({ name: "PML", country: "PE" }), { kind: "duplicate", match: pml });
		assert.deepEqual(ask({ name: "PML", country: "FR" }), { kind: "near", match: pml });
		assert.deepEqual(ask({ name: "Union Proletarienne Marxiste Leniniste", country: "FR" }), {
			kind: "duplicate",
			match: upml,
		});
		// An entry gone from the list is no longer found, though its measures may still be kept.
		list = [cpsa, upml];
		assert.equal(ask({ name: "Rode Morgn", country: "NL" }).kind, "none");
		assert.equal(ask({ name: "PML", country: "PE" }).kind, "none");
	});
});

describe("identityKeys for a bare acronym", () => {
	it("keys it with its country, so the same acronym in another country is not the same organization", () => {
		const peru = identityKeys({ name: "PML", country: "PE" });
		const france = identityKeys({ name: "PML", country: "FR" });
		assert.deepEqual(peru, ["a:pml:PE"]);
		assert.equal(
			peru.some((key) => france.includes(key)),
			false,
		);
		assert.ok(identityKeys({ name: "Rode Morgen", country: "NL" }).includes("n:rodemorgen"));
	});
});
