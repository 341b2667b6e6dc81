import type { Messages } from "../i18n/messages.js";
import { type Block, heading, item, span } from "../reply.js";
import type { Statement } from "../statements/statement.js";
import { numberedSignatories, uncertainties } from "./draft-edits.js";

/** The draft's signatories under their sections, with the numbers /draft takes and doubts flagged. */
export function draftListingBlocks(statement: Statement, text: Messages["draft"]): Block[] {
	const places = numberedSignatories(statement);
	const blocks: Block[] = [];
	let number = 0;
	statement.sections.forEach((section, sectionIndex) => {
		blocks.push(heading(text.sectionHeading(sectionIndex + 1, section.heading ?? text.untitledSection)));
		for (const place of places.filter((candidate) => candidate.section === sectionIndex)) {
			number++;
			const s = place.signatory;
			const details = [
				s.abbreviation,
				s.country ?? s.countryAsWritten,
				s.kind === "individual" ? text.individual : null,
			]
				.filter(Boolean)
				.join(", ");
			const spans = [span(details ? `${s.name} (${details})` : s.name)];
			const doubts = uncertainties(s);
			if (doubts.length > 0)
				spans.push(
					span(` ${text.uncertainBecause(doubts.map((doubt) => text.doubts[doubt]).join("; "))}`, { italic: true }),
				);
			blocks.push(item(`${number}.`, ...spans));
		}
	});
	if (places.length === 0) blocks.push(item("•", span(text.empty)));
	return blocks;
}
