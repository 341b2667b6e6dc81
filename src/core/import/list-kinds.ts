import { addDoubt, type DraftSignatory } from "./import-draft.js";
import { looksLikeBareName } from "./person-signatories.js";
import { parseSignatory } from "./signatory-line.js";

/**
 * The kinds of one list's signatories read together, as a person copying the list would: where most are people,
 * a bare name or one the given-name table does not know is a person too. Changes the signatories in place.
 */
export function settleListKinds(signatories: DraftSignatory[]): void {
	// In a list of people, a bare name ("Hervé Heurtebize") is a person too.
	const people = signatories.filter((signatory) => signatory.kind === "individual").length;
	const bareNames = signatories.filter(
		(signatory) => !signatory.abbreviation && !signatory.country && looksLikeBareName(signatory.name),
	).length;
	// A person placed in a country ("Hector Abad" of Colombia) counts among the people, not among bare names.
	const placedPeople = signatories.filter((signatory) => signatory.kind === "individual" && signatory.country).length;
	if (people >= 0.6 * signatories.length || bareNames + placedPeople >= 0.7 * signatories.length)
		// In a list of people, "Marie-Laurence Bertrand (CGT)" is a person of the CGT.
		for (const signatory of signatories)
			if (!signatory.country && looksLikeBareName(signatory.name) && signatory.kind !== "individual") {
				signatory.kind = "individual";
				addDoubt(signatory, "weak-kind");
			}
	// "Jo Marshall – University of St. Andrews" among "Valerie Amos – Royal Holloway": where most entries printed
	// "name – place" are people, a name the given-name table does not know is one too.
	const dashed = signatories.filter((signatory) => /^[^-–—()\n]+?\s[-–—]\s[^-–—\n]+$/u.test(signatory.asWritten));
	if (dashed.length >= 3 && dashed.filter((signatory) => signatory.kind === "individual").length >= 0.5 * dashed.length)
		for (const signatory of dashed) {
			if (signatory.kind === "individual") continue;
			const person = parseSignatory(signatory.asWritten, true);
			if (person?.kind === "individual" && person.role === null && person.country) Object.assign(signatory, person);
		}
}
