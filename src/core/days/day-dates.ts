import { DateTime } from "luxon";
import type { Locale } from "../i18n/locale.js";
import { formatDate, messages } from "../i18n/messages.js";
import type { SolidarityDay } from "./solidarity-day.js";

const maxIdLength = 48;
/** A leap year: --02-29 is a day that exists, in the years that have it. */
const anyLeapYear = 2024;

/** "2024-01-31" (one day) or "--01-31" (every year), checked against the calendar; undefined otherwise. */
export function parseDayDate(typed: string): string | undefined {
	if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return DateTime.fromISO(typed, { zone: "UTC" }).isValid ? typed : undefined;
	const yearly = /^--(\d{2}-\d{2})$/.exec(typed);
	if (yearly && DateTime.fromISO(`${anyLeapYear}-${yearly[1]}`, { zone: "UTC" }).isValid) return typed;
	return undefined;
}

/** The date the day next falls on, from `today` on; undefined for a one-off day that has passed. */
export function nextOccurrence(day: Pick<SolidarityDay, "date">, today: string): string | undefined {
	if (!day.date.startsWith("--")) return day.date >= today ? day.date : undefined;
	const year = Number(today.slice(0, 4));
	// Eight years reach the next 29 February from any date.
	for (let candidate = year; candidate <= year + 8; candidate++) {
		const date = `${candidate}-${day.date.slice(2)}`;
		if (date >= today && DateTime.fromISO(date, { zone: "UTC" }).isValid) return date;
	}
	return undefined;
}

/** "International Solidarity Day (Perú)" → "international-solidarity-day-peru", cut to fit a chat button. */
export function slugForTitle(title: string, suffix = ""): string {
	const base =
		title
			.normalize("NFKD")
			.replace(/\p{M}/gu, "")
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, "-")
			.replace(/^-+|-+$/g, "") || "day";
	const limit = maxIdLength - suffix.length;
	let cut = base.slice(0, limit);
	// A whole word reads better than half of one, unless that leaves too little of the title.
	const lastHyphen = cut.lastIndexOf("-");
	if (base.length > limit && base[limit] !== "-" && lastHyphen > limit / 2) cut = cut.slice(0, lastHyphen);
	return `${cut.replace(/-+$/, "")}${suffix}`;
}

export function dayTitle(day: SolidarityDay, locale: Locale): string {
	return (locale === "es" ? day.title.es : undefined) ?? day.title.en;
}

/** "on 31 January 2025" or "every year on 31 January", in the reader's language. */
export function describeDayDate(date: string, locale: Locale): string {
	const text = messages(locale).days;
	if (!date.startsWith("--")) return text.onDate(formatDate(date, locale));
	const monthDay = new Intl.DateTimeFormat(messages(locale).intlLocale, {
		month: "long",
		day: "numeric",
		timeZone: "UTC",
	}).format(new Date(`${anyLeapYear}-${date.slice(2)}T00:00:00Z`));
	return text.everyYear(monthDay);
}

/** "Reminders 7 days before, 1 day before and on the day, at 09:00 in each chat's time zone." */
export function describeReminders(day: SolidarityDay, locale: Locale): string {
	const text = messages(locale).days;
	const offsets = new Intl.ListFormat(messages(locale).intlLocale, { type: "conjunction" }).format(
		day.offsets.map((offset) => text.offset(offset)),
	);
	return text.reminders(offsets, day.localTime);
}

/** Today in the chat's own zone, so "next" and "already passed" match the day the chat lives in. */
