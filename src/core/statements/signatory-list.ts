import type { Locale } from "../i18n/locale.js";
import { countryName, formatDate, messages } from "../i18n/messages.js";
import { type Block, heading, item, span } from "../reply.js";
import type { Signatory, SignatorySection, Statement } from "./statement.js";

/** The line for one signatory: as the document prints it, else "ABBR Name (English name), Country". */
export function signatoryLine(signatory: Signatory, locale: Locale): string {
	if (signatory.asWritten) return signatory.asWritten;
	const words: string[] = [];
	if (signatory.abbreviation && signatory.abbreviation !== signatory.name) words.push(signatory.abbreviation);
	words.push(signatory.nameEn ? `${signatory.name} (${signatory.nameEn})` : signatory.name);
	const country =
		signatory.countryAsWritten ?? (signatory.country ? countryName(signatory.country, locale) : undefined);
	return country ? `${words.join(" ")}, ${country}` : words.join(" ");
}

export function signatoryCount(statement: Statement): number {
	return statement.sections.reduce((total, section) => total + section.signatories.length, 0);
}

/** The heading a section prints: the "as of" sentence for the main list of a dated list, else the document's own. */
export function sectionHeading(section: SignatorySection, statement: Statement, locale: Locale): string | null {
	const text = messages(locale).signatories;
	if (section.role === "main" && statement.asOf) return text.asOfHeading(formatDate(statement.asOf, locale));
	if (section.role === "subsequent") return section.heading ?? text.subsequentHeading;
	return section.heading;
}

function markerFor(section: SignatorySection, index: number): string {
	if (section.listStyle === "numbered") return `${index + 1}.`;
	return section.listStyle === "bulleted" ? "•" : "";
}

/** The published list in the document's layout: its sections, headings, numbering, and the total. */
export function signatoryListBlocks(statement: Statement, locale: Locale): Block[] {
	const text = messages(locale).signatories;
	const blocks: Block[] = [];
	for (const section of statement.sections) {
		if (section.signatories.length === 0 && section.role !== "main") continue;
		const title = sectionHeading(section, statement, locale);
		if (title) blocks.push(heading(title));
		section.signatories.forEach((signatory, index) => {
			blocks.push(item(markerFor(section, index), span(signatoryLine(signatory, locale))));
		});
	}
	const count = signatoryCount(statement);
	blocks.push({ type: "paragraph", spans: [span(count === 0 ? text.none : text.total(count), { italic: true })] });
	return blocks;
}
