import type { Adherence } from "../adherences/adherence.js";
import type { ListedSignatory } from "../adherences/duplicate-check.js";
import type { Locale } from "../i18n/locale.js";
import { countryName, formatDate, messages } from "../i18n/messages.js";
import { type Block, heading, item, span } from "../reply.js";
import type { Signatory, SignatorySection, Statement } from "./statement.js";

/** One line of the published list: a signatory of the document, or an approved adherence. */
export interface PublishedEntry {
	signatory: Signatory;
	/** The adherence's number, when the entry came from the chat. */
	adherence?: number;
}

export interface PublishedSection {
	heading: string | null;
	role: SignatorySection["role"];
	listStyle: SignatorySection["listStyle"];
	entries: PublishedEntry[];
}

export interface PublishedList {
	asOf: string | null;
	sections: PublishedSection[];
	count: number;
}

/** The line for one signatory: as the document prints it, else "ABBR Name (English name), Country". */
export function signatoryLine(signatory: Signatory, locale: Locale): string {
	if (signatory.asWritten) return signatory.asWritten;
	// A person is listed as people sign: "Name, title, organization".
	if (signatory.kind === "individual" && (signatory.title || signatory.organization))
		return [signatory.name, signatory.title, signatory.organization].filter(Boolean).join(", ");
	const words: string[] = [];
	if (signatory.abbreviation && signatory.abbreviation !== signatory.name) words.push(signatory.abbreviation);
	words.push(signatory.nameEn ? `${signatory.name} (${signatory.nameEn})` : signatory.name);
	const country =
		signatory.countryAsWritten ?? (signatory.country ? countryName(signatory.country, locale) : undefined);
	return country ? `${words.join(" ")}, ${country}` : words.join(" ");
}

/**
 * What lists made before hold, for a list made anew to use again: a list is made again at every
 * change of any record, and an adherence's record is a new object only when it changes, so the
 * others keep their entry and, when they did not move, their listed entry. A list of 1,000 would
 * otherwise make 1,000 objects at every change, and their collection stalls requests. The
 * PublishedListCache keeps one; a list made without one makes them all.
 */
export interface ListParts {
	entries: WeakMap<Adherence | Signatory, PublishedEntry>;
	listed: WeakMap<Signatory, ListedEntry>;
}

export const newListParts = (): ListParts => ({ entries: new WeakMap(), listed: new WeakMap() });

function adherenceEntry(adherence: Adherence, parts: ListParts | undefined): PublishedEntry {
	let entry = parts?.entries.get(adherence);
	if (!entry) {
		const { name, abbreviation, country, kind } = adherence.submission;
		entry = { signatory: { name, abbreviation, country, kind }, adherence: adherence.number };
		parts?.entries.set(adherence, entry);
	}
	return entry;
}

function documentEntry(signatory: Signatory, parts: ListParts | undefined): PublishedEntry {
	let entry = parts?.entries.get(signatory);
	if (!entry) {
		entry = { signatory };
		parts?.entries.set(signatory, entry);
	}
	return entry;
}

const dateOf = (isoDateTime: string | undefined) => (isoDateTime ?? "").slice(0, 10);

// ISO instants in UTC sort as strings; localeCompare would ask ICU, at every change of the list.
const decided = (adherence: Adherence) => adherence.decidedAt ?? adherence.submittedAt;

/** The order of approved adherences on a list: by the time they were decided, then by number. */
export const decidedOrder = (a: Adherence, b: Adherence) =>
	decided(a) < decided(b) ? -1 : decided(a) > decided(b) ? 1 : a.number - b.number;

/**
 * Where approved adherences go among the sections publishedList laid out: with an "as of" date, the
 * main list or "Subsequent signatories" by the day each was decided; else all to the section that
 * accepts adherences, or the main one. The sections are looked up once, not for every adherence.
 */
function placement(
	sections: readonly PublishedSection[],
	statement: Statement,
	asOf: string | null,
): (adherence: Adherence) => PublishedSection | undefined {
	if (!asOf) {
		const accepting = acceptingSection(sections, statement);
		return () => accepting;
	}
	const main = sections.find((section) => section.role === "main");
	const subsequent = sections.find((section) => section.role === "subsequent");
	return (adherence) => (dateOf(decided(adherence)) <= asOf ? main : subsequent);
}

function acceptingSection(sections: readonly PublishedSection[], statement: Statement): PublishedSection | undefined {
	const accepting = statement.sections.findIndex((section) => section.acceptsAdherences);
	return sections[accepting] ?? sections.find((section) => section.role === "main");
}

/**
 * The list as published now: the document's sections, with approved adherences placed as the
 * documents place them. With an "as of" date, those approved by then join the main list and later
 * ones go under "Subsequent signatories"; moving the date forward (/publish) folds the document's
 * own subsequent signatories into the main list too. Without a date they join the list that
 * accepts adherences.
 */
export function publishedList(
	statement: Statement,
	adherences: readonly Adherence[],
	asOfOverride?: string,
	parts?: ListParts,
): PublishedList {
	const sections: PublishedSection[] = statement.sections.map((section) => ({
		heading: section.heading,
		role: section.role,
		listStyle: section.listStyle,
		entries: section.signatories.map((signatory) => documentEntry(signatory, parts)),
	}));
	const asOf = asOfOverride ?? statement.asOf ?? null;
	const approved = adherences.filter((adherence) => adherence.status === "approved").sort(decidedOrder);
	const ensure = (role: PublishedSection["role"], listStyle: PublishedSection["listStyle"]) => {
		let section = sections.find((candidate) => candidate.role === role);
		if (!section) {
			section = { heading: null, role, listStyle, entries: [] };
			sections.push(section);
		}
		return section;
	};
	if (asOf) {
		const main = ensure("main", "numbered");
		const subsequent = ensure("subsequent", "plain");
		if (statement.asOf && asOf > statement.asOf) {
			main.entries.push(...subsequent.entries);
			subsequent.entries = [];
		}
	} else if (!acceptingSection(sections, statement)) ensure("main", "numbered");
	const place = placement(sections, statement, asOf);
	for (const adherence of approved) place(adherence)?.entries.push(adherenceEntry(adherence, parts));
	const count = sections.reduce((total, section) => total + section.entries.length, 0);
	return { asOf, sections, count };
}

/**
 * `list` with `added` approved too, each decided after every adherence already on it (so placed last in
 * its section, in the order given): the sections they join get new arrays, the others are shared with
 * `list`. What publishedList would make from all the records, for the cost of copying those sections;
 * undefined when a section to join is missing.
 */
export function withApproved(
	list: PublishedList,
	statement: Statement,
	added: readonly Adherence[],
	parts?: ListParts,
): PublishedList | undefined {
	const sections = list.sections.slice();
	const place = placement(list.sections, statement, list.asOf);
	for (const adherence of added) {
		const target = place(adherence);
		const index = target ? list.sections.indexOf(target) : -1;
		const section = sections[index];
		if (!section) return undefined;
		sections[index] = { ...section, entries: [...section.entries, adherenceEntry(adherence, parts)] };
	}
	return { asOf: list.asOf, sections, count: list.count + added.length };
}

/** The heading a section prints: the "as of" sentence for a dated main list, else the document's own. */
export function sectionHeading(section: PublishedSection, asOf: string | null, locale: Locale): string | null {
	const text = messages(locale).signatories;
	if (section.role === "main" && asOf) return text.asOfHeading(formatDate(asOf, locale));
	if (section.role === "subsequent") return section.heading ?? text.subsequentHeading;
	return section.heading;
}

export function entryMarker(section: PublishedSection, index: number): string {
	if (section.listStyle === "numbered") return `${index + 1}.`;
	return section.listStyle === "bulleted" ? "•" : "";
}

/** The published list in the document's layout: its sections, headings, numbering, and the total. */
export function signatoryListBlocks(list: PublishedList, locale: Locale): Block[] {
	const text = messages(locale).signatories;
	const blocks: Block[] = [];
	for (const section of list.sections) {
		if (section.entries.length === 0 && section.role !== "main") continue;
		const title = sectionHeading(section, list.asOf, locale);
		if (title) blocks.push(heading(title));
		section.entries.forEach((entry, index) => {
			blocks.push(item(entryMarker(section, index), span(signatoryLine(entry.signatory, locale))));
		});
	}
	blocks.push({
		type: "paragraph",
		spans: [span(list.count === 0 ? text.none : text.total(list.count), { italic: true })],
	});
	return blocks;
}

/**
 * One listed signatory, made for every entry each time the list changes (every duplicate check
 * reads them), so it holds what it needs and makes its label, the words that say where it stands,
 * only when asked: one plain object per entry, no closures.
 */
export class ListedEntry implements ListedSignatory {
	readonly ref: string;
	readonly name: string;
	readonly abbreviation?: string;
	readonly nameEn?: string;
	readonly country?: string;

	constructor(
		readonly signatory: Signatory,
		readonly listStyle: PublishedSection["listStyle"],
		readonly index: number,
		readonly heading: string | undefined,
		readonly locale: Locale,
		adherence: number | undefined,
	) {
		this.ref = adherence ? `adherence:${adherence}` : `document:${heading ?? ""}:${index}`;
		this.name = signatory.name;
		this.abbreviation = signatory.abbreviation;
		this.nameEn = signatory.nameEn;
		this.country = signatory.country;
	}

	get label(): string {
		const text = messages(this.locale).signatories;
		const line = signatoryLine(this.signatory, this.locale);
		if (this.listStyle === "numbered") return text.numberedPlace(this.index + 1, line);
		return this.heading ? text.placeUnder(line, this.heading) : line;
	}
}

/**
 * Every listed signatory with the words that say where it stands: "No. 17 RM Rode Morgen …".
 * Labels are made only for the entry a duplicate check names, not for the whole list. Given what was
 * listed in the same language from a list this one extends (`before`), the sections that only grew
 * at their end are copied from it rather than looked up entry by entry: some 0.5 ms on a list of 700,
 * at every approval.
 */
export function listedSignatories(
	list: PublishedList,
	locale: Locale,
	parts?: ListParts,
	before?: { list: PublishedList; listed: readonly ListedSignatory[] },
): ListedSignatory[] {
	const listed: ListedSignatory[] = [];
	// Where the section at the same place on the list before begins in what was listed from it.
	let offset = 0;
	for (const [at, section] of list.sections.entries()) {
		const heading = sectionHeading(section, list.asOf, locale)?.replace(/:$/, "");
		const previous = before?.list.sections[at];
		let index = 0;
		// A section that only grew at its end (withApproved) keeps what was listed from it, unlooked-at.
		if (before && previous && sameLayout(previous, section) && before.list.asOf === list.asOf) {
			const entries = previous.entries;
			if (entries === section.entries || entries.every((entry, k) => section.entries[k] === entry))
				for (; index < entries.length; index++) listed.push(before.listed[offset + index] as ListedSignatory);
		}
		offset += previous?.entries.length ?? 0;
		for (; index < section.entries.length; index++) {
			const entry = section.entries[index] as PublishedEntry;
			// A list that grew by one keeps the others where they were: their entries are used again.
			const kept = parts?.listed.get(entry.signatory);
			const same =
				kept?.index === index &&
				kept.listStyle === section.listStyle &&
				kept.heading === heading &&
				kept.locale === locale;
			const made = same
				? kept
				: new ListedEntry(entry.signatory, section.listStyle, index, heading, locale, entry.adherence);
			if (!same) parts?.listed.set(entry.signatory, made);
			listed.push(made);
		}
	}
	return listed;
}

const sameLayout = (a: PublishedSection, b: PublishedSection) =>
	a.role === b.role && a.listStyle === b.listStyle && a.heading === b.heading;
