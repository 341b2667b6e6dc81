import { isPeopleInSentences } from "./entry-stops.js";
import { startsWithGivenName } from "./given-names.js";
import type { DraftSignatory } from "./import-draft.js";
import { stripListMarker } from "./list-markers.js";
import { isPersonLike } from "./person-names.js";
import { splitPersonRole } from "./person-role.js";
import { isCompleteEntry, looksLikePersonLine } from "./person-signatories.js";
import { splitSignatoryEntry } from "./signatory-entry.js";
import { parseSignatory } from "./signatory-line.js";
import type { Entry } from "./statement-entries.js";

const textOf = (entry: Entry | undefined) => stripListMarker(entry?.text ?? "").text;
const isPersonEntry = (text: string) => looksLikePersonLine(text) || isCompleteEntry(text);

/**
 * "Joyce L. Rooney, President and Delegate / KipuKai Kuali'i, Delegate / AFSCME Local 3339, Council 36 /
 * California": a paragraph of one to three people, then one to three lines naming where they sign from.
 * The lines under the names are the people's affiliation, not signatories of their own. Returns the people
 * and how many lines the paragraph holds, or undefined when the paragraph does not read so.
 */
export function readAffiliatedBlock(
	entries: readonly Entry[],
	position: number,
	end: number,
	first: number,
): { people: DraftSignatory[]; lines: number } | undefined {
	const opening = entries[position];
	// A paragraph of people, one sentence each with their role, is a list, not names over their affiliation.
	if (!opening || (position > first && !opening.gapBefore) || isPeopleInSentences(textOf(opening))) return undefined;
	let last = position;
	while (last + 1 < end && entries[last + 1] && !entries[last + 1]?.gapBefore) last++;
	const paragraph = entries.slice(position, last + 1);
	// "1. Bellarmine Chapel, Cincinnati, OH" / "2. …": numbered lines are entries each, not a block.
	if (paragraph.some((entry) => stripListMarker(entry.text).style === "numbered")) return undefined;
	let names = 0;
	while (names < paragraph.length && isPersonEntry(textOf(paragraph[names]))) names++;
	const under = paragraph.slice(names);
	if (names === 0 || names > 3 || under.length === 0 || under.length > 3) return undefined;
	// The lines under the names name a body or a place: not a person, not several entries.
	// A place ("New York") may read like a name, but opens with no given name.
	const personal = (text: string) => isPersonLike(text) && startsWithGivenName(text);
	if (under.some((line) => personal(textOf(line)) || splitSignatoryEntry(textOf(line)).length > 1)) return undefined;
	// A person whose name stands alone needs the block's other people to carry a role: otherwise the
	// paragraph is an ordinary name-over-role signature, read elsewhere.
	if (!paragraph.slice(0, names).some((line) => isCompleteEntry(textOf(line)))) return undefined;
	const affiliation = under.map((line) => textOf(line).replace(/[,;]\s*$/, "")).join(", ");
	const people: DraftSignatory[] = [];
	for (const line of paragraph.slice(0, names)) {
		const person = parseSignatory(textOf(line), true);
		if (!person) return undefined;
		person.kind = "individual";
		// A title printed before the name ("Dr") is kept; one read from the role is read again with it.
		const printedTitle = person.title && !(person.role ?? "").includes(person.title) ? [person.title] : [];
		person.role = person.role ? `${person.role}, ${affiliation}` : affiliation;
		Object.assign(person, splitPersonRole(person.role, printedTitle));
		person.asWritten = paragraph.map((entry) => entry.text).join("\n");
		people.push(person);
	}
	return { people, lines: paragraph.length };
}
