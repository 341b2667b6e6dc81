import { DateTime } from "luxon";
import { z } from "zod";
import type { CommandContext } from "../context.js";
import type { SolidarityDay } from "../days/solidarity-day.js";
import type { Locale } from "../i18n/locale.js";
import { formatDate, messages } from "../i18n/messages.js";
import { type Block, heading, item, paragraph, span } from "../reply.js";
import { closestIds, findStatement } from "../statements/find-statement.js";
import { isUserError, userError } from "../user-error.js";
import type { CommandDefinition, Parameter } from "./command.js";
import { usage } from "./parse-arguments.js";

const maxIdLength = 48;
const maxTitleLength = 200;
/** A leap year: --02-29 is a day that exists, in the years that have it. */
const anyLeapYear = 2024;
/** The title may end with the statement the day's reminders point to. */
const linkedStatement = /(?:^|\s+)statement:(\S*)\s*$/i;

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
async function chatToday(context: CommandContext): Promise<{ today: string; timeZone?: string }> {
	const subscription = await context.deps.chats.subscription(context.origin.platform, context.origin.chatId);
	const zone = subscription?.timeZone ?? context.deps.defaultTimeZone;
	const today = DateTime.fromJSDate(context.deps.now(), { zone }).toISODate() ?? "";
	return subscription ? { today, timeZone: subscription.timeZone } : { today };
}

const reply = (...blocks: Block[]) => ({ blocks });

const dayAddParameters: readonly Parameter[] = [
	{
		name: "date",
		type: "string",
		required: true,
		description: {
			en: "YYYY-MM-DD for one day, --MM-DD for every year",
			es: "AAAA-MM-DD para un solo día, --MM-DD para todos los años",
		},
		// Any word: a wrong date gets its own explanation rather than the generic usage line.
		schema: z.string().min(1).max(40),
	},
	{
		name: "title",
		type: "text",
		required: true,
		rest: true,
		description: {
			en: "The day's title; end with statement:<id> to link a statement",
			es: "El título del día; termina con statement:<id> para enlazar una declaración",
		},
		schema: z
			.string()
			.trim()
			.min(1)
			.max(maxTitleLength + 80),
	},
];

export const dayAddCommand: CommandDefinition = {
	name: "dayadd",
	aliases: ["agregardia"],
	description: {
		en: "Add a solidarity day: subscribed chats get reminders before it and on the day",
		es: "Añade un día de solidaridad: los chats suscritos reciben recordatorios antes y el mismo día",
	},
	parameters: dayAddParameters,
	role: "organizer",
	async run(args, context) {
		const typedDate = String(args.date);
		const date = parseDayDate(typedDate);
		if (!date) return userError("dayDateInvalid", typedDate.slice(0, 40));
		const { today } = await chatToday(context);
		if (!date.startsWith("--") && date < today) return userError("dayDatePast", formatDate(date, context.locale));

		let title = String(args.title);
		let statementId: string | undefined;
		const link = linkedStatement.exec(title);
		if (link) {
			const statement = await findStatement(context.deps.statements, (link[1] ?? "").toLowerCase());
			if (isUserError(statement)) return statement;
			statementId = statement.id;
			title = title.slice(0, link.index).trim();
		}
		if (title === "") return userError("dayTitleMissing");
		if (title.length > maxTitleLength)
			return userError("invalidArgument", context.text.argumentNames.title, usage("dayadd", dayAddParameters));

		const day: SolidarityDay = {
			id: slugForTitle(title),
			title: { en: title },
			date,
			...(statementId ? { statementId } : {}),
			offsets: [7, 1, 0],
			localTime: "09:00",
			source: "chat",
		};
		// add() refuses a taken id atomically, so two organizers adding the same title get -2 and -3, not one day.
		for (let attempt = 2; !(await context.deps.days.add(day)); attempt++) {
			if (attempt > 1000) throw new Error(`no free id for the solidarity day ${slugForTitle(title)}`);
			day.id = slugForTitle(title, `-${attempt}`);
		}
		await context.deps.reminders.replan();

		const blocks = [
			paragraph(span(context.text.days.added(title, day.id, describeDayDate(date, context.locale)))),
			paragraph(span(describeReminders(day, context.locale))),
		];
		if (statementId) blocks.push(paragraph(span(context.text.days.statement(`/statement ${statementId}`))));
		return reply(...blocks);
	},
};

export const daysCommand: CommandDefinition = {
	name: "days",
	aliases: ["dias"],
	description: {
		en: "The solidarity days, when they next fall and their reminders",
		es: "Los días de solidaridad, su próxima fecha y sus recordatorios",
	},
	parameters: [],
	role: "member",
	async run(_args, context) {
		const text = context.text.days;
		const { today, timeZone } = await chatToday(context);
		const days = await context.deps.days.list();
		if (days.length === 0) return reply(paragraph(span(text.none)));
		const upcoming = days.map((day) => ({ day, next: nextOccurrence(day, today) }));
		// The soonest first, as a calendar reads; days that have passed at the end.
		upcoming.sort(
			(a, b) =>
				(a.next ?? "9999").localeCompare(b.next ?? "9999") ||
				b.day.date.localeCompare(a.day.date) ||
				a.day.id.localeCompare(b.day.id),
		);
		const blocks: Block[] = [heading(text.heading)];
		for (const { day, next } of upcoming) {
			const spans = [
				span(day.id, { code: true }),
				span(" — "),
				span(dayTitle(day, context.locale), { bold: true }),
				span(`, ${describeDayDate(day.date, context.locale)}. `),
				span(next ? text.next(formatDate(next, context.locale)) : text.passed),
				span(` ${describeReminders(day, context.locale)}`),
			];
			if (day.statementId) spans.push(span(` ${text.statement(`/statement ${day.statementId}`)}`));
			blocks.push(item("•", ...spans));
		}
		blocks.push(paragraph(span(timeZone ? text.thisChat(timeZone) : text.thisChatNotSubscribed, { italic: true })));
		return reply(...blocks);
	},
};

export const dayRemoveCommand: CommandDefinition = {
	name: "dayremove",
	aliases: ["quitardia"],
	description: {
		en: "Remove a solidarity day and stop planning its reminders",
		es: "Quita un día de solidaridad y deja de planificar sus recordatorios",
	},
	parameters: [
		{
			name: "day",
			type: "string",
			required: true,
			description: { en: "The day's id, as /days lists it", es: "El identificador del día, como lo muestra /days" },
			schema: z.string().min(1).max(100),
		},
	],
	role: "organizer",
	async run(args, context) {
		const id = String(args.day).toLowerCase();
		const days = await context.deps.days.list();
		const day = days.find((candidate) => candidate.id === id);
		if (!day || !(await context.deps.days.remove(id))) {
			const suggestions = closestIds(
				id,
				days.map((candidate) => candidate.id),
			);
			return suggestions.length > 0
				? userError("dayUnknownSuggest", id.slice(0, 60), suggestions.join(", "))
				: userError("dayUnknown", id.slice(0, 60));
		}
		await context.deps.reminders.replan();
		const blocks = [paragraph(span(context.text.days.removed(dayTitle(day, context.locale), day.id)))];
		if (day.source === "config") blocks.push(paragraph(span(context.text.days.removedConfigured)));
		return reply(...blocks);
	},
};
