import { DateTime } from "luxon";
import { z } from "zod";
import { checkCalendarDate, looksLikeIsoDate } from "../calendar-date.js";
import { campaignArgument } from "../campaigns/find-campaign.js";
import type { CommandContext } from "../context.js";
import {
	dayTitle,
	describeDayDate,
	describeReminders,
	nextOccurrence,
	parseDayDate,
	slugForTitle,
} from "../days/day-dates.js";
import type { SolidarityDay } from "../days/solidarity-day.js";
import { formatDate } from "../i18n/messages.js";
import { type Block, heading, item, paragraph, span } from "../reply.js";
import { closestIds, findStatement } from "../statements/find-statement.js";
import { isUserError, type UserError, userError } from "../user-error.js";
import { type CommandDefinition, defineCommand, noParameters, parameter } from "./command.js";
import { campaignParameter } from "./parameters.js";
import { usage } from "./parse-arguments.js";

const maxTitleLength = 200;
/** The title may end with the statement the day's reminders point to. */
const linkedStatement = /(?:^|\s+)statement:(\S*)\s*$/i;

async function chatToday(context: CommandContext): Promise<{ today: string; timeZone?: string }> {
	const subscription = await context.deps.chats.subscription(context.origin.platform, context.origin.chatId);
	const zone = subscription?.timeZone ?? context.deps.defaultTimeZone;
	const today = DateTime.fromJSDate(context.deps.now(), { zone }).toISODate() ?? "";
	return subscription ? { today, timeZone: subscription.timeZone } : { today };
}

const reply = (...blocks: Block[]) => ({ blocks });

const dayAddParameters = z.object({
	campaign: campaignParameter,
	// Any word: a wrong date gets its own explanation rather than the generic usage line.
	date: parameter(z.string().min(1).max(40), {
		type: "string",
		description: {
			en: "YYYY-MM-DD for one day, --MM-DD for every year",
			es: "AAAA-MM-DD para un solo día, --MM-DD para todos los años",
		},
	}),
	title: parameter(
		z
			.string()
			.trim()
			.min(1)
			.max(maxTitleLength + 80),
		{
			type: "text",
			rest: true,
			description: {
				en: "The day's title; end with statement:<id> to link a statement",
				es: "El título del día; termina con statement:<id> para enlazar una declaración",
			},
		},
	),
});

export const dayAddCommand: CommandDefinition = defineCommand({
	name: "dayadd",
	aliases: ["agregardia"],
	description: {
		en: "Add a solidarity day: subscribed chats get reminders before it and on the day",
		es: "Añade un día de solidaridad: los chats suscritos reciben recordatorios antes y el mismo día",
	},
	parameters: dayAddParameters,
	role: "organizer",
	campaignOf: campaignArgument,
	async run(args, context) {
		const typedDate = args.date;
		// A one-off date that is no day of the calendar, or far off, is told exactly that.
		const calendar = looksLikeIsoDate(typedDate) ? checkCalendarDate(typedDate) : undefined;
		if (isUserError(calendar)) return calendar;
		const date = parseDayDate(typedDate);
		if (!date) return userError("dayDateInvalid", typedDate.slice(0, 40));
		const { today } = await chatToday(context);
		if (!date.startsWith("--") && date < today) return userError("dayDatePast", formatDate(date, context.locale));

		let title = args.title;
		let statementId: string | undefined;
		const link = linkedStatement.exec(title);
		if (link) {
			const statement = await findStatement(
				context.deps.statements,
				(link[1] ?? "").toLowerCase(),
				"published",
				context,
			);
			if (isUserError(statement)) return statement;
			statementId = statement.id;
			title = title.slice(0, link.index).trim();
		}
		if (title === "") return userError("dayTitleMissing");
		if (title.length > maxTitleLength)
			return userError("invalidArgument", context.text.argumentNames.title, usage("dayadd", dayAddCommand.parameters));

		const campaign = await campaignArgument(args, context);
		if (isUserError(campaign)) return campaign;
		const day: SolidarityDay = {
			id: slugForTitle(title),
			title: { en: title },
			date,
			campaign,
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
});

export const daysCommand = defineCommand({
	name: "days",
	aliases: ["dias"],
	description: {
		en: "The solidarity days, when they next fall and their reminders",
		es: "Los días de solidaridad, su próxima fecha y sus recordatorios",
	},
	parameters: noParameters,
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
});

export const dayRemoveCommand = defineCommand({
	name: "dayremove",
	aliases: ["quitardia"],
	description: {
		en: "Remove a solidarity day and stop planning its reminders",
		es: "Quita un día de solidaridad y deja de planificar sus recordatorios",
	},
	parameters: z.object({
		day: parameter(z.string().min(1).max(100), {
			type: "string",
			description: { en: "The day's id, as /days lists it", es: "El identificador del día, como lo muestra /days" },
		}),
	}),
	role: "organizer",
	campaignOf: campaignOfDay,
	async run(args, context) {
		const id = args.day.toLowerCase();
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
});

/** The campaign of the day a command names; an unknown day is told which ids come close. */
async function campaignOfDay(args: { day: string }, context: CommandContext): Promise<string | UserError> {
	const id = args.day.toLowerCase();
	const days = await context.deps.days.list();
	const day = days.find((candidate) => candidate.id === id);
	if (day) return day.campaign;
	const suggestions = closestIds(
		id,
		days.map((candidate) => candidate.id),
	);
	return suggestions.length > 0
		? userError("dayUnknownSuggest", id.slice(0, 60), suggestions.join(", "))
		: userError("dayUnknown", id.slice(0, 60));
}
