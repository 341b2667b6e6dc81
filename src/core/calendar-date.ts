import { type UserError, userError } from "./user-error.js";

/** Dates outside these years are typing mistakes (0000-01-01, 9999-99-99), not statements' dates. */
export const earliestYear = 1900;
export const latestYear = 2100;

const isoDateShape = /^(\d{4})-(\d{2})-(\d{2})$/;

export const looksLikeIsoDate = (typed: string): boolean => isoDateShape.test(typed);

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A YYYY-MM-DD date that is a real day of the calendar within 1900–2100, or the error that says
 * which of those it is not.
 */
export function checkCalendarDate(typed: string): string | UserError {
	const shown = typed.slice(0, 40);
	const match = isoDateShape.exec(typed);
	if (!match) return userError("dateFormat", shown);
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < earliestYear || year > latestYear) return userError("dateOutOfRange", shown, earliestYear, latestYear);
	if (month < 1 || month > 12) return userError("dateNoSuchMonth", shown);
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return userError("dateNoSuchDay", shown, days);
	return typed;
}
