import { lookupCountry } from "./country-names.js";
import { isDateline } from "./document-header.js";
import { notASignatory } from "./entry-filters.js";
import { isPeopleInSentences } from "./entry-stops.js";
import { startsWithGivenName } from "./given-names.js";
import { addDoubt, type DraftSection, type DraftSignatory } from "./import-draft.js";
import { isBodyProse, isListLine, isProse } from "./line-shape.js";
import { settleListKinds } from "./list-kinds.js";
import { type ListStyle, stripListMarker } from "./list-markers.js";
import { runOnNameLength } from "./person-cues.js";
import { isPersonLike, isRoleText, opensWithRoleWord, personTitle } from "./person-names.js";
import { splitPersonRole } from "./person-role.js";
import { isCompleteEntry, looksLikePersonLine, movePersonAcronym } from "./person-signatories.js";
import { announcesMembers, introducesDemands } from "./section-headings.js";
import type { SectionStart } from "./section-starts.js";
import { mostlyCountries, namesFollow, sideBySide, splitSignatoryEntry } from "./signatory-entry.js";
import { parseSignatory } from "./signatory-line.js";
import { isCountry } from "./signatory-parts.js";
import { readAffiliatedBlock } from "./signature-blocks.js";
import { account, type Entry, type Ledger } from "./statement-entries.js";
import { wordsOf } from "./text-normalize.js";

const endsOnPlaceWord = /\s(in|im|en|em|nel|nella|dans|aus|from|of|de|do|da|di|del|du|des|für|for)$/i;

const comparable = (text: string) => text.replace(/[\s,;.]+/g, " ").trim();

/** What a section hands back to the whole text: lines it left as prose, and lines it could not read. */
export interface SectionOutput {
	readonly bodyLines: Entry[];
	readonly unrecognized: string[];
}

const styleOrder: readonly ListStyle[] = ["numbered", "bulleted", "plain"];

/** Reads the signatories between one section start and the next; undefined when it holds none. */
export function readSection(
	entries: readonly Entry[],
	start: SectionStart,
	end: number,
	ledger: Ledger,
	output: SectionOutput,
	headerLines: ReadonlySet<number>,
): DraftSection | undefined {
	const { bodyLines, unrecognized } = output;
	const signatories: DraftSignatory[] = [];
	const styles = new Map<ListStyle, number>();
	let pendingProse: Entry[] = [];
	let previous: DraftSignatory | undefined;
	let previousPositional: Entry | undefined;
	const individuals = start.heading.individuals;
	// "Argentina" over the bodies of Argentina, "México: Liga …" opening the bodies of Mexico: the place printed over
	// a group is every member's until the next one.
	let groupCountry: string | null = null;
	let lastNumber: number | undefined;
	let signatureBlocks = 0;
	const place = (signatory: DraftSignatory) => {
		if (groupCountry && !signatory.country) {
			signatory.country = groupCountry;
			signatory.countryCode = lookupCountry(groupCountry)?.code ?? null;
		}
	};
	const read = (entry: Entry, item: string, style: ListStyle): boolean => {
		if (notASignatory(item) || mostlyCountries(item)) {
			unrecognized.push(entry.text);
			return false;
		}
		if (
			previous &&
			previousPositional &&
			!entry.gapBefore === !previousPositional.gapBefore &&
			isRoleText(item) &&
			!isListLine(item) &&
			wordsOf(item).length <= 14 &&
			(previous.kind === "individual" || isPersonLike(previous.name)) &&
			(previous.role === null || /\p{Ll}/u.test(item.charAt(0)))
		) {
			const role = item.replace(/[\s;,]+$/, "");
			previous.role = previous.role ? `${previous.role} ${role}` : role;
			previous.kind = "individual";
			Object.assign(previous, splitPersonRole(previous.role, previous.title ? [previous.title] : []));
			previous.asWritten = `${previous.asWritten}\n${item}`;
			return true;
		}
		let found = 0;
		const label = /^([^:,;()]{2,40}):\s+\S/.exec(item)?.[1]?.trim();
		if (label && isCountry(label)) groupCountry = label;
		// "2. Sliman Bensmaia, Organismal Biology and Anatomy, University of Chicago": a number marks one entry, and
		// its commas part a person from where they work.
		const split = splitSignatoryEntry(item);
		const parts = style === "numbered" && !/[;•]/.test(item) && isPersonLike(split[0] ?? "") ? [item] : split;
		// Cut at commas or semicolons, the line reads back as printed; cut anywhere else, the cut was a guess.
		const guessed = parts.length > 1 && comparable(parts.join(", ")) !== comparable(item) && !/[;•]/.test(item);
		for (const part of parts) {
			const signatory = parseSignatory(part, individuals);
			if (!signatory) continue;
			if (guessed) addDoubt(signatory, "guessed-split");
			place(signatory);
			signatories.push(signatory);
			previous = signatory;
			found++;
		}
		if (found === 0) unrecognized.push(entry.text);
		else styles.set(style, (styles.get(style) ?? 0) + found);
		return found > 0;
	};
	// A heading whose own line's list could not be read ("Signed by: Dr. A, B, Institute, C, author, …") is
	// accounted as the unrecognized line it is listed among, so the reply and the accounting name it alike.
	const inline = start.heading.inline && !mostlyCountries(start.heading.inline) ? start.heading.inline : undefined;
	const inlineEntry = inline === undefined ? undefined : entries[start.position];
	const inlineRead = inline === undefined || !inlineEntry || read(inlineEntry, inline, "plain");
	if (start.headingLine) account(ledger, entries[start.position], inlineRead ? "heading" : "unrecognized");
	for (let position = start.position + (start.headingLine ? 1 : 0); position < end; position++) {
		const entry = entries[position];
		// A title under signers printed first is the header's, no signer.
		if (!entry || headerLines.has(entry.index)) continue;
		// A list run on after its heading ("Assinam – A, Org. B, Org.") is one paragraph: a blank line ends it, and
		// so does a line with none of its separators after a list of three or more ("Zum Aufruf" and other links).
		const runOnEnds = signatories.length >= 3 && /[;,]/.test(start.heading.inline ?? "") && !/[;,]/.test(entry.text);
		if (start.heading.inline && (entry.gapBefore ? signatories.length >= 2 : runOnEnds)) {
			for (let rest = position; rest < end; rest++) {
				const line = entries[rest];
				if (line && !ledger.has(line.index)) pendingProse.push(line);
			}
			break;
		}
		const { text: item, style } = stripListMarker(entry.text);
		// People read from this line and the `lineCount - 1` after it: listed, counted in the list's
		// style (`counted` of them), every line accounted for, and the walk goes on after the last.
		const takePeople = (people: DraftSignatory[], lineCount: number, counted = people.length) => {
			for (const person of people) place(person);
			signatories.push(...people);
			previous = people[people.length - 1] ?? previous;
			styles.set(style, (styles.get(style) ?? 0) + counted);
			for (let line = position; line < position + lineCount; line++) account(ledger, entries[line], "signatory");
			position += lineCount - 1;
			previousPositional = entries[position];
		};
		const heading = item.replace(/\s*:\s*$/, "");
		const after = entries[position + 1];
		// "Jane Doe" / "United Kingdom": a country right under a signer with none is that signer's; under a line that
		// ends on "in" or "of" ("… Familien mit Kindern mit Beeinträchtigungen in" / "Deutschland") it ends the name.
		if (isCountry(heading) && !entry.gapBefore && previous && !previous.country && !/:\s*$/.test(item)) {
			const namePart = endsOnPlaceWord.test(previous.asWritten);
			if (namePart) previous.name = `${previous.name} ${heading}`;
			else [previous.country, previous.countryCode] = [heading, lookupCountry(heading)?.code ?? null];
			previous.asWritten = `${previous.asWritten}${namePart ? " " : "\n"}${item}`;
			account(ledger, entry, "signatory");
			continue;
		}
		if (
			isCountry(heading) &&
			position + 1 < end &&
			after &&
			!isCountry(stripListMarker(after.text).text.replace(/\s*:\s*$/, ""))
		) {
			groupCountry = heading;
			account(ledger, entry, "heading");
			continue;
		}
		// "* Signed after publication" between numbered entries: a footnote, not an entry of a bulleted list.
		const footnote = /^\*/.test(entry.text.trim()) && (styles.get("numbered") ?? 0) > 0 && !styles.get("bulleted");
		const note = (/^\(.*\)$/.test(item) && wordsOf(item).length >= 4) || footnote;
		// "E ancora dal mondo della cultura e delle professioni: A (direttrice di Left), B (giornalista), …": a list
		// under way goes on after a longer group label, when what follows the colon reads as names.
		const labelled = item.includes(":") ? /^([^:]{3,120}):\s+(\S.*)$/u.exec(item) : null;
		if (
			signatories.length > 0 &&
			pendingProse.length === 0 &&
			labelled?.[1] &&
			labelled[2] &&
			wordsOf(labelled[1]).length <= 12 &&
			!introducesDemands(`${labelled[1]}:`) &&
			namesFollow(labelled[2])
		) {
			account(ledger, entry, read(entry, labelled[2], style) ? "signatory" : "unrecognized");
			previousPositional = entry;
			continue;
		}
		if (signatories.length > 0 && pendingProse.length === 0 && announcesMembers(item)) {
			account(ledger, entry, "heading");
			continue;
		}
		// A list that opens with a long paragraph of entries is a list all the same: after a heading, one parted by
		// four or more dashes or semicolons ("Adhieren:" over "A - B - C - …"), as a sentence's commas do not.
		const separators = (item.match(/\s[-–—]\s|;/g) ?? []).length;
		const entriesParagraph =
			position === start.position + (start.headingLine ? 1 : 0) &&
			(!start.headingLine || separators >= 4) &&
			splitSignatoryEntry(item).length >= 3;
		if (
			(isProse(item) && !entriesParagraph) ||
			isDateline(item) ||
			note ||
			(/:\s*$/.test(item) && wordsOf(item).length >= 2)
		) {
			pendingProse.push(entry);
			continue;
		}
		// A list that a paragraph of prose has closed is over: what follows it (an event notice, related
		// headlines, comments) is no signatory, however short its lines.
		// A numbered list goes on past a note when the next number follows the last one read.
		const printed = style === "numbered" ? Number(/\d{1,4}/.exec(entry.text)?.[0]) : undefined;
		const numberGoesOn = printed !== undefined && lastNumber !== undefined && printed === lastNumber + 1;
		if (printed !== undefined) lastNumber = printed;
		if (
			signatories.length > 0 &&
			!numberGoesOn &&
			// "Die Stiftungen fordern:" over the demands closes the list as a paragraph does.
			pendingProse.some((line) => isBodyProse(stripListMarker(line.text).text) || introducesDemands(line.text))
		) {
			for (let rest = position; rest < end; rest++) {
				const line = entries[rest];
				if (line && !ledger.has(line.index)) pendingProse.push(line);
			}
			break;
		}
		if (pendingProse.length > 0) {
			unrecognized.push(...pendingProse.map((line) => line.text));
			for (const line of pendingProse) account(ledger, line, "unrecognized");
			pendingProse = [];
		}
		const affiliated = readAffiliatedBlock(entries, position, end, start.position + (start.headingLine ? 1 : 0));
		if (affiliated) {
			takePeople(affiliated.people, affiliated.lines);
			continue;
		}
		// A signature block: a name line, then one to three lines of function and organization, then a gap.
		const block: Entry[] = [];
		// A paragraph of people, a sentence each, holds its roles; it is no name over role lines.
		const nameLine = looksLikePersonLine(item) && !isCompleteEntry(item) && !isPeopleInSentences(item);
		for (let next = position + 1; nameLine && next < end && block.length < 3; next++) {
			const line = entries[next];
			if (!line || line.gapBefore || headerLines.has(line.index)) break;
			const text = stripListMarker(line.text).text;
			// A role line is neither a name of its own ("Maria Rosa Barazza sindicalista …") nor several entries.
			if (looksLikePersonLine(text) || isCompleteEntry(text) || runOnNameLength(text) > 0) break;
			// "www.unitetheunion.org" under the body: a web address is no part of an office or a body; a numbered
			// line is the next entry.
			if (/^(https?:\/\/|www\.)\S+$/.test(text) || stripListMarker(line.text).style === "numbered" || isCountry(text))
				break;
			if (splitSignatoryEntry(text).length > 1) break;
			block.push(line);
		}
		const afterBlock = entries[position + block.length + 1];
		const closesBlock =
			!afterBlock ||
			afterBlock.gapBefore ||
			position + block.length + 1 >= end ||
			/^(https?:\/\/|www\.)\S+$/.test(afterBlock.text);
		const twoColumnPeople = block.length === 1 && looksLikePersonLine(stripListMarker(afterBlock?.text ?? "").text);
		// "Walter Fabian Thomas Zwiebler" over "IG Metall Vertrauenskörperleitung Betriebsratsvorsitzender": two
		// signatures side by side; where one role ends and the next begins is not printed, so neither is guessed.
		const pair = block.length === 1 && closesBlock ? (sideBySide(item, true) ?? []) : [];
		if (pair.length === 2 && pair.every((name) => isPersonLike(name))) {
			const people = pair.flatMap((name) => parseSignatory(name, true) ?? []);
			for (const person of people) person.asWritten = [entry, ...block].map((line) => line.text).join("\n");
			takePeople(people, block.length + 1, 2);
			continue;
		}
		// "Attac France" over "Ligue des droits de l'Homme": bodies one per line are no name over its roles; a
		// signature opens with a given name or a title, or has a role under it.
		// After one such signature in the list, a name the given-name table does not know is one too ("Moacyr …").
		const signatureLike = () =>
			signatureBlocks > 0 ||
			startsWithGivenName(item) ||
			personTitle.test(item) ||
			block.some((line) => isRoleText(stripListMarker(line.text).text) || opensWithRoleWord(line.text));
		if (block.length > 0 && looksLikePersonLine(item) && (closesBlock || twoColumnPeople) && signatureLike()) {
			const person = parseSignatory(item, true);
			if (person) {
				const role = block.map((line) => stripListMarker(line.text).text.replace(/[,;]\s*$/, "")).join(", ");
				person.kind = "individual";
				person.role = role;
				Object.assign(person, splitPersonRole(role, person.title ? [person.title] : []));
				person.asWritten = [entry, ...block].map((line) => line.text).join("\n");
				takePeople([person], block.length + 1);
				signatureBlocks++;
				continue;
			}
		}
		account(ledger, entry, read(entry, item, style) ? "signatory" : "unrecognized");
		previousPositional = entry;
	}
	bodyLines.push(...pendingProse);
	if (signatories.length === 0) {
		const line = entries[start.position];
		// A heading with no list under it ("Aluvión de adhesiones …") is a sentence of the text.
		if (start.headingLine && line) {
			bodyLines.push(line);
			ledger.set(line.index, { as: "body", rule: null });
		}
		return undefined;
	}
	settleListKinds(signatories);
	for (const signatory of signatories) movePersonAcronym(signatory);
	const listStyle = styleOrder.reduce((best, style) =>
		(styles.get(style) ?? 0) > (styles.get(best) ?? 0) ? style : best,
	);
	return { heading: start.heading.heading, listStyle, signatories };
}
