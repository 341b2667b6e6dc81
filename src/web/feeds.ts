import ical, { ICalEventRepeatingFreq } from "ical-generator";
import type { Adherence } from "../core/adherences/adherence.js";
import { nextOccurrence } from "../core/days/day-dates.js";
import type { SolidarityDay } from "../core/days/solidarity-day.js";
import type { Locale } from "../core/i18n/locale.js";
import { signatoryLine } from "../core/statements/signatory-list.js";
import { escapeHtml } from "./html.js";

/** New signatories as Atom: one entry per approved adherence, newest first, public fields only. */
export function signatoriesAtom(options: {
	statementId: string;
	title: string;
	adherences: readonly Adherence[];
	publicUrl: string;
	locale: Locale;
	updated: Date;
}): string {
	const pageUrl = `${options.publicUrl}/s/${options.statementId}`;
	const approved = options.adherences
		.filter((adherence) => adherence.status === "approved")
		.sort((a, b) => (b.decidedAt ?? b.submittedAt).localeCompare(a.decidedAt ?? a.submittedAt))
		.slice(0, 100);
	const x = escapeHtml;
	const updated = approved[0]?.decidedAt ?? options.updated.toISOString();
	const entries = approved.map((adherence) => {
		const { name, abbreviation, country, kind } = adherence.submission;
		const line = signatoryLine({ name, abbreviation, country, kind }, options.locale);
		const at = adherence.decidedAt ?? adherence.submittedAt;
		return `<entry><id>${x(`${pageUrl}#adherence-${adherence.number}`)}</id><title>${x(line)}</title><updated>${x(at)}</updated><link href="${x(pageUrl)}"/></entry>`;
	});
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.locale}">
<id>${x(`${pageUrl}/feed.atom`)}</id>
<title>${x(options.title)}</title>
<updated>${x(updated)}</updated>
<link rel="self" href="${x(`${pageUrl}/feed.atom`)}"/>
<link href="${x(pageUrl)}"/>
${entries.join("\n")}
</feed>
`;
}

/** The solidarity days as iCalendar: a yearly day repeats every year, a dated one happens once. */
export function daysCalendar(options: {
	name: string;
	days: readonly SolidarityDay[];
	locale: Locale;
	publicUrl: string;
	/** YYYY-MM-DD */
	today: string;
}): string {
	const calendar = ical({ name: options.name, prodId: { company: "solidarity-bot", product: "days" } });
	for (const day of options.days) {
		const yearly = day.date.startsWith("--");
		// A yearly day starts at its next occurrence, so that 29 February falls in a leap year.
		const first = yearly ? nextOccurrence(day, options.today) : day.date;
		if (!first) continue;
		const [year, month, date] = first.split("-").map(Number);
		const start = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
		calendar.createEvent({
			id: `${day.id}@solidarity-bot`,
			start,
			allDay: true,
			summary: (options.locale === "es" && day.title.es) || day.title.en,
			...(day.statementId ? { url: `${options.publicUrl}/s/${day.statementId}` } : {}),
			...(yearly ? { repeating: { freq: ICalEventRepeatingFreq.YEARLY } } : {}),
		});
	}
	return calendar.toString();
}
