import type { Locale } from "../i18n/locale.js";
import { formatDate, languageName, messages } from "../i18n/messages.js";
import { type Block, heading, item, paragraph, span } from "../reply.js";
import type { ImportDraft } from "./import-draft.js";
import { importMessages } from "./import-messages.js";
import { doubtfulSignatories } from "./signatory-doubts.js";

/** Unrecognized lines shown in a chat reply; the rest is counted, not listed, to keep the reply readable. */
const shownUnrecognized = 20;

/** The draft as reply blocks: what was found, and every line that was not understood. */
export function draftSummaryBlocks(draft: ImportDraft, locale: Locale): Block[] {
	const text = importMessages[locale];
	const blocks: Block[] = [
		heading(text.draftHeading),
		item("•", span(`${text.title}: `), span(draft.title || "—", { bold: true })),
		item("•", span(`${text.issuer}: ${draft.issuer || "—"}`)),
		item("•", span(`${text.date}: ${draft.date ? formatDate(draft.date, locale) : text.undated}`)),
		item("•", span(`${text.language}: ${languageName(draft.language, locale)}`)),
	];
	for (const section of draft.sections)
		blocks.push(item("•", span(text.section(section.heading ?? text.untitledSection, section.signatories.length))));
	const doubtful = doubtfulSignatories(draft);
	if (doubtful.length > 0) {
		const reasons = messages(locale).draft.doubts;
		blocks.push(paragraph(span(text.toCheckHeading(doubtful.length), { bold: true })));
		for (const entry of doubtful.slice(0, shownUnrecognized))
			blocks.push(
				item(`${entry.number}.`, span(`${entry.name}: ${entry.doubts.map((doubt) => reasons[doubt]).join("; ")}`)),
			);
		if (doubtful.length > shownUnrecognized)
			blocks.push(paragraph(span(text.moreLines(doubtful.length - shownUnrecognized))));
	}
	if (draft.sections.length === 0) blocks.push(paragraph(span(text.noSignatories, { italic: true })));
	if (draft.missingList && draft.missingList.candidates.length > 0) {
		blocks.push(paragraph(span(text.listCandidates, { bold: true })));
		for (const line of draft.missingList.candidates) blocks.push(item("•", span(line)));
	}
	if (draft.unrecognized.length > 0) {
		blocks.push(paragraph(span(text.unrecognizedHeading(draft.unrecognized.length), { bold: true })));
		for (const line of draft.unrecognized.slice(0, shownUnrecognized)) blocks.push(item("•", span(line)));
		if (draft.unrecognized.length > shownUnrecognized)
			blocks.push(paragraph(span(text.moreLines(draft.unrecognized.length - shownUnrecognized))));
	}
	return blocks;
}

/** The same summary as plain lines, for the operators' command line. */
export function draftSummaryLines(draft: ImportDraft): string[] {
	const lines = [
		`title:    ${draft.title || "(none found)"}`,
		`issuer:   ${draft.issuer || "(none found)"}`,
		`date:     ${draft.date ?? "(none found)"}`,
		`language: ${draft.language}`,
	];
	for (const section of draft.sections)
		lines.push(`section:  ${section.heading ?? "(no heading)"}: ${section.signatories.length} signatories`);
	const doubtful = doubtfulSignatories(draft);
	if (doubtful.length > 0) {
		const reasons = messages("en").draft.doubts;
		lines.push(`to check (${doubtful.length}):`);
		for (const entry of doubtful)
			lines.push(`  ${entry.number}. ${entry.name}: ${entry.doubts.map((doubt) => reasons[doubt]).join("; ")}`);
	}
	if (draft.sections.length === 0) lines.push("no signatory list found: the draft has the text only");
	if (draft.missingList && draft.missingList.candidates.length > 0) {
		lines.push("the text reads like a sign-on; these lines may be the list:");
		for (const line of draft.missingList.candidates) lines.push(`  ${line}`);
	}
	if (draft.unrecognized.length > 0) {
		lines.push(`unrecognized lines (${draft.unrecognized.length}):`);
		for (const line of draft.unrecognized) lines.push(`  ${line}`);
	}
	return lines;
}
