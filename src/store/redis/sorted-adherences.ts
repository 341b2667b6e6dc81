// A statement's records in number order, kept by each process and handed out to every reader.
import type { Adherence } from "../../core/adherences/adherence.js";

const byNumber = (a: Adherence, b: Adherence) => a.number - b.number;

/** Where the record numbered `number` stands in `sorted` (in number order), or -1. */
function indexOfNumber(sorted: readonly Adherence[], number: number): number {
	let low = 0;
	let high = sorted.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const at = (sorted[middle] as Adherence).number;
		if (at === number) return middle;
		if (at < number) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

/**
 * The list with the changed records in their place, as a new array (the one handed out before is
 * shared). A new record is numbered after every other, so it goes at the end: one copy of the
 * list rather than a sort of all of it at every change, which made most of what a request
 * allocated on a list of 1,000. Records that arrive out of order take the sort.
 */
export function withChanges(
	sorted: readonly Adherence[],
	changed: readonly Adherence[],
	all: Map<number, Adherence>,
): readonly Adherence[] {
	const added = changed.filter((adherence) => indexOfNumber(sorted, adherence.number) < 0).sort(byNumber);
	const last = sorted.at(-1)?.number ?? 0;
	if ((added[0]?.number ?? Number.POSITIVE_INFINITY) <= last) return [...all.values()].sort(byNumber);
	const next = added.length > 0 ? sorted.concat(added) : sorted.slice();
	for (const adherence of changed) next[indexOfNumber(next, adherence.number)] = adherence;
	return next;
}
