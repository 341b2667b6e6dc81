import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { timeZoneSchema } from "../core/chats/subscription.js";
import { describeDayDate, describeReminders } from "../core/days/day-dates.js";
import { planReminders } from "../core/days/plan-reminders.js";
import type { Runtime } from "../runtime.js";

export interface DaysCliIo {
	out(text: string): void;
	err(text: string): void;
}

export const daysUsage = `  solidarity days list                 the solidarity days (config/solidarity-days.yaml and /dayadd)
  solidarity days plan [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                                       every planned reminder in [from, to) (00:00 UTC; default from now,
                                       for 30 days), as the reminder jobs carry them out
  solidarity subscription add <platform> <chat> --tz <zone> [--lang en|es] [--campaign <campaign>]...
  solidarity subscription list
  solidarity subscription remove <platform> <chat>
                                       the chats that get announcements and reminders (telegram, discord)`;

const defaultPlanDays = 30;
const cliPlatforms = ["telegram", "discord"] as const;
type CliPlatform = (typeof cliPlatforms)[number];
/** Telegram chats are numbers (groups negative) or a public @channel; Discord channels are snowflakes. */
const chatIdPatterns: Record<CliPlatform, RegExp> = {
	telegram: /^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/,
	discord: /^\d{1,25}$/,
};

/**
 * Telegram group ids are negative ("-1001234"), which parseArgs would take for options: they pass
 * through it as placeholders and come back afterwards.
 */
function shieldNegativeNumbers(args: readonly string[]): { args: string[]; restore(value: string): string } {
	const shielded = new Map<string, string>();
	const replaced = args.map((arg, index) => {
		if (!/^-\d+$/.test(arg)) return arg;
		const placeholder = `\u0000${index}`;
		shielded.set(placeholder, arg);
		return placeholder;
	});
	return { args: replaced, restore: (value) => shielded.get(value) ?? value };
}

/** A usage mistake: exit 2 with the usage, as the rest of the command line does. */
class UsageError extends Error {}
/** A value that does not check out: exit 1 with the reason. */
class ValueError extends Error {}

function planDate(option: string, typed: string): Date {
	const date = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? DateTime.fromISO(typed, { zone: "UTC" }) : undefined;
	if (!date?.isValid) throw new ValueError(`${option} must be a date such as 2024-01-20, not "${typed}"`);
	return date.toJSDate();
}

/** Columns padded to their widest cell, for a terminal. */
function table(rows: readonly string[][]): string {
	const widths: number[] = [];
	for (const row of rows) {
		for (const [column, cell] of row.entries()) widths[column] = Math.max(widths[column] ?? 0, cell.length);
	}
	return rows
		.map((row) =>
			row
				.map((cell, column) => cell.padEnd(widths[column] ?? 0))
				.join("  ")
				.trimEnd(),
		)
		.join("\n");
}

async function plan(args: string[], runtime: Runtime, io: DaysCliIo): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		strict: true,
		options: { from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" } },
	});
	if (positionals.length > 0) throw new UsageError(`unexpected "${positionals.join(" ")}"`);
	const from = values.from === undefined ? runtime.deps.now() : planDate("--from", values.from);
	const to =
		values.to === undefined
			? new Date(from.getTime() + defaultPlanDays * 24 * 3600 * 1000)
			: planDate("--to", values.to);
	if (to <= from) throw new ValueError("--to must come after --from");
	const planned = planReminders(await runtime.deps.days.list(), await runtime.deps.chats.subscriptions(), from, to);
	if (values.json) {
		// Exactly these keys: the occurrence's date is the job's business, not the plan's.
		const rows = planned.map(({ day, offset, platform, chat, timeZone, localTime, utc }) => ({
			day,
			offset,
			platform,
			chat,
			timeZone,
			localTime,
			utc,
		}));
		io.out(JSON.stringify(rows, null, 2));
		return 0;
	}
	if (planned.length === 0) {
		io.out(`no reminders planned from ${from.toISOString()} to ${to.toISOString()}`);
		return 0;
	}
	io.out(
		table([
			["utc", "local time", "time zone", "chat", "day", "offset"],
			...planned.map((reminder) => [
				reminder.utc,
				reminder.localTime.replace("T", " "),
				reminder.timeZone,
				`${reminder.platform}:${reminder.chat}`,
				reminder.day,
				String(reminder.offset),
			]),
		]),
	);
	return 0;
}

async function listDays(args: string[], runtime: Runtime, io: DaysCliIo): Promise<number> {
	if (args.length > 0) throw new UsageError(`unexpected "${args.join(" ")}"`);
	const days = await runtime.deps.days.list();
	if (days.length === 0) io.out("no solidarity days");
	const locale = runtime.config.DEFAULT_LOCALE;
	for (const day of days) {
		const statement = day.statementId ? `, statement ${day.statementId}` : "";
		io.out(
			`${day.id}  ${day.date}  ${day.title.en}  (${day.source}${statement}) — ${describeDayDate(day.date, locale)}. ${describeReminders(day, locale)}`,
		);
	}
	return 0;
}

function platformAndChat(platform: string | undefined, chat: string | undefined): [CliPlatform, string] {
	if (!platform || !chat) throw new UsageError("give the platform and the chat id");
	if (!(cliPlatforms as readonly string[]).includes(platform))
		throw new ValueError(`the platform must be telegram or discord, not "${platform}"`);
	const checked = platform as CliPlatform;
	if (!chatIdPatterns[checked].test(chat)) throw new ValueError(`"${chat}" is not a ${platform} chat id`);
	return [checked, chat];
}

async function addSubscription(args: string[], runtime: Runtime, io: DaysCliIo): Promise<number> {
	const shield = shieldNegativeNumbers(args);
	const parsed = parseArgs({
		args: shield.args,
		allowPositionals: true,
		strict: true,
		options: { tz: { type: "string" }, lang: { type: "string" }, campaign: { type: "string", multiple: true } },
	});
	const positionals = parsed.positionals.map(shield.restore);
	const values = {
		tz: parsed.values.tz === undefined ? undefined : shield.restore(parsed.values.tz),
		lang: parsed.values.lang,
		campaign: parsed.values.campaign?.map(shield.restore),
	};
	if (positionals.length !== 2) throw new UsageError("give the platform and the chat id");
	const [platform, chatId] = platformAndChat(positionals[0], positionals[1]);
	if (values.tz === undefined) throw new UsageError("give the chat's time zone with --tz, e.g. --tz America/Lima");
	if (!timeZoneSchema.safeParse(values.tz).success)
		throw new ValueError(`"${values.tz}" is not an IANA time zone such as America/Lima`);
	if (values.lang !== undefined && values.lang !== "en" && values.lang !== "es")
		throw new ValueError(`--lang must be en or es, not "${values.lang}"`);
	const campaigns = values.campaign?.map((campaign) => campaign.trim()).filter((campaign) => campaign !== "");
	if (campaigns?.some((campaign) => !/^[a-z0-9-]{1,40}$/.test(campaign)))
		throw new ValueError("a campaign is its id, as config/campaigns.yaml lists it");
	const existing = await runtime.deps.chats.subscription(platform, chatId);
	const language = values.lang ?? existing?.language ?? runtime.config.DEFAULT_LOCALE;
	await runtime.deps.chats.subscribe({
		platform,
		chatId,
		...(existing?.scopeId ? { scopeId: existing.scopeId } : {}),
		timeZone: values.tz,
		language,
		campaigns: campaigns ?? existing?.campaigns ?? [],
		subscribedBy: "cli",
		subscribedAt: runtime.deps.now().toISOString(),
	});
	await runtime.deps.reminders.replan();
	io.out(`${existing ? "updated" : "subscribed"} ${platform}:${chatId} in ${values.tz}, language ${language}`);
	return 0;
}

async function listSubscriptions(args: string[], runtime: Runtime, io: DaysCliIo): Promise<number> {
	if (args.length > 0) throw new UsageError(`unexpected "${args.join(" ")}"`);
	const subscriptions = await runtime.deps.chats.subscriptions();
	if (subscriptions.length === 0) {
		io.out("no subscribed chats");
		return 0;
	}
	io.out(
		table([
			["chat", "time zone", "lang", "campaigns", "subscribed by", "at"],
			...subscriptions.map((subscription) => [
				`${subscription.platform}:${subscription.chatId}`,
				subscription.timeZone,
				subscription.language,
				subscription.campaigns.join(",") || "-",
				subscription.subscribedBy,
				subscription.subscribedAt,
			]),
		]),
	);
	return 0;
}

async function removeSubscription(args: string[], runtime: Runtime, io: DaysCliIo): Promise<number> {
	if (args.length !== 2) throw new UsageError("give the platform and the chat id");
	const [platform, chatId] = platformAndChat(args[0], args[1]);
	if (!(await runtime.deps.chats.unsubscribe(platform, chatId))) {
		io.err(`solidarity: ${platform}:${chatId} was not subscribed`);
		return 1;
	}
	await runtime.deps.reminders.replan();
	io.out(`unsubscribed ${platform}:${chatId}`);
	return 0;
}

/** `solidarity days ...` and `solidarity subscription ...`; `args` starts with the group. Exit 0 ok, 1 bad value, 2 usage. */
export async function runDaysCli(args: string[], runtime: Runtime, io: DaysCliIo): Promise<number> {
	const [group, action, ...rest] = args;
	try {
		if (group === "days" && action === "plan") return await plan(rest, runtime, io);
		if (group === "days" && action === "list") return await listDays(rest, runtime, io);
		if (group === "subscription" && action === "add") return await addSubscription(rest, runtime, io);
		if (group === "subscription" && action === "list") return await listSubscriptions(rest, runtime, io);
		if (group === "subscription" && action === "remove") return await removeSubscription(rest, runtime, io);
		throw new UsageError(`unknown command "${args.join(" ")}"`);
	} catch (error) {
		if (error instanceof ValueError) {
			io.err(`solidarity: ${error.message}`);
			return 1;
		}
		const parseProblem = (error as NodeJS.ErrnoException | undefined)?.code?.startsWith("ERR_PARSE_ARGS");
		if (error instanceof UsageError || parseProblem) {
			io.err(`solidarity: ${(error as Error).message}\n\n${daysUsage}`);
			return 2;
		}
		throw error;
	}
}
