import { addDoubt, type DraftSection, type DraftSignatory } from "./import-draft.js";
import { splitPersonRole, takePersonTitles } from "./person-role.js";
import { looksLikeBareName, movePersonAcronym } from "./person-signatories.js";
import { signersInSentence } from "./sentence-list.js";
import { parseSignatory } from "./signatory-line.js";
import type { Entry, Ledger } from "./statement-entries.js";
import { fold } from "./text-normalize.js";

/**
 * Signers named in a sentence ("La nota è firmata da …: A, B, C"), each once, for a text that prints no list:
 * where it prints one, the list is the signatories and names in its prose are not added. A sentence read this
 * way is taken off `unrecognized`; undefined when no sentence names anyone.
 */
export function signersInProse(
	entries: readonly Entry[],
	ledger: Ledger,
	unrecognized: string[],
): DraftSection | undefined {
	const known = new Set<string>();
	const named: DraftSignatory[] = [];
	const proseLines = entries.filter((entry) => {
		const use = ledger.get(entry.index)?.as;
		return use === undefined || use === "unrecognized" || use === "body";
	});
	for (const line of proseLines) {
		const items = signersInSentence(line.text);
		if (!items) continue;
		const parsed = items.map((item) => parseSignatory(item)).filter((item): item is DraftSignatory => !!item);
		const persons = parsed.filter(
			(item) => looksLikeBareName(item.name.split(",")[0] ?? "") || item.kind === "individual",
		);
		const mostlyPeople = persons.length >= 0.6 * parsed.length;
		// "… y organizaciones como México Unido Contra la Delincuencia, Observatorio Ciudadano": after such words
		// the names are bodies', however many people the sentence names before them.
		const bodiesFrom =
			/\b(organi[sz]aciones|organiza[cç][oõ]es|organi[sz]ations|entidades|associations|associa[cç][oõ]es|organisationen|organizzazioni|colectivos|coletivos|collectifs|groups|grupos|sindicatos|syndicats|unions)\s+(como|such as|comme|tais como|wie|come|including|like)\s/iu.exec(
				line.text,
			)?.index ?? Number.POSITIVE_INFINITY;
		for (const signatory of parsed) {
			if (known.has(fold(signatory.name))) continue;
			if (line.text.indexOf(signatory.name) > bodiesFrom) {
				signatory.kind = "organization";
				signatory.role = null;
				signatory.title = null;
				signatory.organization = null;
			} else if (
				mostlyPeople &&
				signatory.kind !== "individual" &&
				(!signatory.abbreviation || looksLikeBareName(signatory.name)) &&
				/\s/.test(signatory.name)
			) {
				signatory.kind = "individual";
				addDoubt(signatory, "weak-kind");
			}
			if (signatory.kind === "individual") {
				const titled = takePersonTitles(signatory.name);
				signatory.name = titled.name || signatory.name;
				Object.assign(signatory, splitPersonRole(signatory.role, titled.titles));
			}
			movePersonAcronym(signatory);
			known.add(fold(signatory.name));
			named.push(signatory);
		}
		ledger.set(line.index, { as: "signatory", rule: null });
		const listed = unrecognized.indexOf(line.text);
		if (listed >= 0) unrecognized.splice(listed, 1);
	}
	return named.length > 0 ? { heading: null, listStyle: "plain", signatories: named } : undefined;
}
