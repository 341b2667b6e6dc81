import { stringifyCsv } from "../csv-cell.js";
import type { Locale } from "../i18n/locale.js";
import { entryMarker, type PublishedList, sectionHeading, signatoryLine } from "../statements/signatory-list.js";
import type { Adherence } from "./adherence.js";

export const exportFormats = ["text", "markdown", "csv", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportInput {
	statementId: string;
	title: string;
	list: PublishedList;
	/** Adherences by number, for their dates and, in the organizers' export, their contacts. */
	adherences: ReadonlyMap<number, Adherence>;
	/** Contact columns: only in the organizers' CLI export, never in a chat. */
	withContacts: boolean;
	locale: Locale;
}

interface ExportRow {
	section: string;
	number: number | null;
	line: string;
	name: string;
	abbreviation: string | null;
	nameEn: string | null;
	country: string | null;
	countryAsWritten: string | null;
	kind: string;
	source: "document" | "adherence";
	adherence: number | null;
	approvedAt: string | null;
	contactEmail?: string | null;
}

function rows(input: ExportInput): ExportRow[] {
	return input.list.sections.flatMap((section) => {
		const heading = sectionHeading(section, input.list.asOf, input.locale) ?? "";
		return section.entries.map((entry, index) => {
			const adherence = entry.adherence === undefined ? undefined : input.adherences.get(entry.adherence);
			const { signatory } = entry;
			return {
				section: heading,
				number: section.listStyle === "numbered" ? index + 1 : null,
				line: signatoryLine(signatory, input.locale),
				name: signatory.name,
				abbreviation: signatory.abbreviation ?? null,
				nameEn: signatory.nameEn ?? null,
				country: signatory.country ?? null,
				countryAsWritten: signatory.countryAsWritten ?? null,
				kind: signatory.kind,
				source: adherence ? "adherence" : "document",
				adherence: entry.adherence ?? null,
				approvedAt: adherence?.decidedAt ?? null,
				...(input.withContacts ? { contactEmail: adherence?.submission.contactEmail ?? null } : {}),
			};
		});
	});
}

/** Markdown that shows a name as written: every character that could format or link is escaped. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (character) => `\\${character}`);

function layout(input: ExportInput, markdown: boolean): string {
	const parts: string[] = [];
	for (const section of input.list.sections) {
		if (section.entries.length === 0 && section.role !== "main") continue;
		const heading = sectionHeading(section, input.list.asOf, input.locale);
		if (heading) parts.push(markdown ? `**${escapeMarkdown(heading)}**` : heading);
		const lines = section.entries.map((entry, index) => {
			const line = signatoryLine(entry.signatory, input.locale);
			const marker = entryMarker(section, index);
			if (!markdown) return marker ? `${marker} ${line}` : line;
			if (section.listStyle === "numbered") return `${index + 1}. ${escapeMarkdown(line)}`;
			return section.listStyle === "bulleted" ? `- ${escapeMarkdown(line)}` : `${escapeMarkdown(line)}  `;
		});
		if (lines.length > 0) parts.push(lines.join("\n"));
	}
	return `${parts.join("\n\n")}\n`;
}

/** The signatory list in the document's layout (text, markdown) or as data (csv, json). */
export function exportSignatories(input: ExportInput, format: ExportFormat): string {
	if (format === "text") return layout(input, false);
	if (format === "markdown") return layout(input, true);
	const data = rows(input);
	if (format === "json") {
		return `${JSON.stringify({ statement: input.statementId, title: input.title, asOf: input.list.asOf, count: input.list.count, signatories: data }, null, 2)}\n`;
	}
	const columns = [
		"section",
		"number",
		"line",
		"name",
		"abbreviation",
		"nameEn",
		"country",
		"countryAsWritten",
		"kind",
		"source",
		"adherence",
		"approvedAt",
		...(input.withContacts ? ["contactEmail"] : []),
	];
	return stringifyCsv(data as unknown as Record<string, unknown>[], columns);
}
