import type { DraftSignatory, ImportDraft, SignatoryDoubt } from "./import-draft.js";
import { parseSignatory } from "./signatory-line.js";

/** One signatory the organizer should check, by the running number the import reply and /draft show. */
export interface DoubtfulSignatory {
	number: number;
	name: string;
	doubts: SignatoryDoubt[];
}

/** The draft's uncertain signatories, numbered through its sections as the listing numbers them. */
export function doubtfulSignatories(draft: ImportDraft): DoubtfulSignatory[] {
	const result: DoubtfulSignatory[] = [];
	let number = 0;
	for (const section of draft.sections)
		for (const signatory of section.signatories) {
			number++;
			if (signatory.doubts && signatory.doubts.length > 0)
				result.push({ number, name: signatory.name, doubts: [...signatory.doubts] });
		}
	return result;
}

/**
 * The doubts a stored draft signatory still carries, read again from the line it was printed as: the ones
 * the line alone gives, and a kind that only the rest of its list decided. A signatory an organizer typed
 * over has no printed line and so no doubts.
 */
export function doubtsOfPrinted(asWritten: string, kind: DraftSignatory["kind"]): SignatoryDoubt[] {
	const alone = parseSignatory(asWritten);
	if (!alone) return [];
	const doubts = [...(alone.doubts ?? [])];
	if (alone.kind !== kind && !doubts.includes("weak-kind")) doubts.push("weak-kind");
	return doubts;
}
