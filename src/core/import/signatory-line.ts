import { closeBrackets, splitTopLevel } from "./brackets.js";
import { lookupCountry } from "./country-names.js";
import { bodyAfterName, isBareOffice, notASignatory, stripSignatureMarks } from "./entry-filters.js";
import { givenNameCased, startsWithGivenName } from "./given-names.js";
import type { DraftSignatory, SignatoryDoubt } from "./import-draft.js";
import { looksRunTogether, takeDashedPerson, takeRunOnPerson } from "./person-cues.js";
import {
	isPersonLike,
	isRoleText,
	opensWithRoleWord,
	organizationWord,
	personTitle,
	startsWithRole,
} from "./person-names.js";
import { splitPersonRole, takePersonTitles } from "./person-role.js";
import { takeDashAbbreviation, takeLeadingAbbreviation, takeMiddleAbbreviation } from "./signatory-abbreviation.js";
import { type Parts, takeCountry, usStates } from "./signatory-parts.js";
import { wordsOf } from "./text-normalize.js";
import { takeTrailingGroups } from "./trailing-groups.js";

function trimName(text: string): string {
	return text
		.trim()
		.replace(/^[,;:\s]+|[,;:\s]+$/g, "")
		.replace(/(?<!\b\p{Lu})\.$/u, "")
		.replace(/\s{2,}/g, " ")
		.trim();
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
	// "Pontificia Universidad Católica de Chile, Ignacio Sánchez": a body, then the person who signs for it.
	if (
		others.length === 1 &&
		organizationWord(first) &&
		!isPersonLike(first) &&
		isPersonLike(last) &&
		startsWithGivenName(last) &&
		wordsOf(last).length <= 4
	) {
		parts.rest = last;
		parts.role = first;
		parts.individual = true;
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
		// "Noureddine BOUSSELMAME, adjoint au Maire de …": a name in capitals the given-name table does not
		// know, then a person's office, is a person's entry.
		const words = first.trim().split(/\s+/);
		if (
			words.length >= 2 &&
			words.length <= 4 &&
			words.every((word) => /^\p{Lu}/u.test(word)) &&
			words.slice(1).some((word) => /^[\p{Lu}'’-]{3,}$/u.test(word)) &&
			!organizationWord(first) &&
			opensWithRoleWord(others[0] ?? "")
		)
			parts.individual = true;
	}
}

// "eine Vielzahl von Bürger*innen", "a number of local councillors", "numerosos vecinos": a crowd counted, not
// named; German nouns are capitalized, so there any word may follow.
const crowd =
	/^(?:(?:eine|a|una|un|uma|une)\s+)?(?:(?:vielzahl|reihe|menge|number|multitude|host|multitud|serie|série|moltitudine|quantidade|infinidade)\s+(?:von|an|of|de|di|d['’])\s|(?:zahlreiche|viele|weitere)\s+\p{L}|(?:numerous|many|several|numerosos|numerosas|muchos|muchas|nombreux|nombreuses|plusieurs|numerosi|numerose|molti|molte|muitos|muitas)\s+\p{Ll})/u;

/** Reads one signatory from one entry of a list; undefined when the text holds no name. */
export function parseSignatory(asWritten: string, individualsSection = false): DraftSignatory | undefined {
	// "Maurizio Dolfi e gli altri 1028 firmatari della lettera": the last name, then a count of the others.
	const othersTail =
		/\s+(?:and|y|e|et|und|ed|ou|o)\s+(?:(?:the|los|las|les|gli|i|le|os|as|die)\s+)?(?:\d[\d.,]*\s+)?(?:other|others|otros|otras|autres|altri|altre|outros|outras|weitere|andere)\b(?:\s+\d[\d.,]*)?[^,;]*$/iu;
	if (notASignatory(asWritten) || isBareOffice(asWritten)) return undefined;
	const cleaned = closeBrackets(
		bodyAfterName(stripSignatureMarks(asWritten))
			// "Proposed by Jane Smith", "Seconded by Tom Brown": a motion's movers, named after their part.
			.replace(
				/^(?:proposed|moved|seconded|submitted|presented|presentad[oa]|propuest[oa]|secundad[oa]|proposee?|presentee?|propost[oa]|presentat[oa]|eingebracht|vorgelegt|apresentad[oa])\s+(?:by|por|par|da|von)\s+(?=\p{Lu})/iu,
				"",
			)
			.replace(/\*+$/, "")
			// "CUT [Central Única dos Trabalhadores]": a newspaper's square brackets hold what round ones would.
			.replace(/\[([^[\]]+)\]/g, "($1)")
			.replace(othersTail, "")
			.replace(/(?<![\s.]\p{Lu})[\s;,.]+$/u, ""),
	);
	// "U.O.M", "C.G.T.": an acronym printed with dots has no two letters in a row, and is a name all the same.
	const dottedAcronym = /^(?:\p{Lu}\.\s?){1,7}\p{Lu}\.?$/u.test(cleaned);
	if ((!/\p{L}{2,}/u.test(cleaned) && !dottedAcronym) || cleaned.length > 300) return undefined;
	if (/^(https?:\/\/|www\.)\S+$/.test(cleaned) || /^\S+@\S+\.\S+$/.test(cleaned)) return undefined;
	// "A todos los afiliados de CCOO y UGT", "Et plusieurs dizaines de milliers de citoyen·ne·s": an address or a
	// closing remark about further signers, not a name.
	if (
		/^(a|to|à|aos|às|an|ai|alle|a los|a las)\s+(todos|todas|all|tous|toutes|tutti|tutte|alle|los|las|les)\s+\p{Ll}/iu.test(
			cleaned,
		) ||
		/^(et|and|y|e|und|ed|oltre|plus de|more than|más de|mais de|über)\s+(\d+|plusieurs|many|muchos|muchas|molti|molte|viele|vários|varios|several|des|de nombreux|numerosos|numerosas)\b/iu.test(
			cleaned,
		) ||
		crowd.test(cleaned.replace(/^\p{Lu}/u, (first) => first.toLowerCase()))
	)
		return undefined;
	const parts: Parts = {
		rest: cleaned,
		abbreviation: null,
		nameEn: null,
		country: null,
		role: null,
		individual: false,
	};
	const dashed = takeDashedPerson(parts, individualsSection);
	if (!dashed) {
		takeCountry(parts, true);
		takeTrailingGroups(parts);
		if (!parts.country) takeCountry(parts, false);
		takeRole(parts);
	}
	const runOn = takeRunOnPerson(parts);
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
	// "Bishop (GA)", "Lee (NV)" in a list of people: the state a member of Congress sits for, not an acronym.
	if (individualsSection && abbreviation && usStates.has(abbreviation) && !parts.country) {
		parts.country = abbreviation;
		abbreviation = null;
	}
	// "Alemania, Austria, Bélgica": countries the signers come from, not signers.
	if (!abbreviation && !parts.role && lookupCountry(name)) return undefined;
	const doubts: SignatoryDoubt[] = runOn ? ["run-on"] : [];
	// A bare "Lloyd Cameron" or "Jean-Claude Zaparty": a given name and a surname are a person's, a weak cue.
	const namedPerson = !abbreviation && isPersonLike(givenNameCased(name)) && startsWithGivenName(name);
	const individual = parts.individual || personTitle.test(name) || (individualsSection && !abbreviation) || namedPerson;
	if (individual && !parts.individual && !personTitle.test(name) && !individualsSection) doubts.push("weak-kind");
	if (looksRunTogether(name)) doubts.push("run-together");
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
		...(doubts.length > 0 ? { doubts } : {}),
	};
}
