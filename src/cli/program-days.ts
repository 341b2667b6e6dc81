import type { Command } from "commander";
import { daysUsage } from "./days-cli.js";

/**
 * `days` and `subscription`: declared here for help and completion; days-cli.ts parses the words
 * itself (Telegram's negative chat ids, its own exit codes), so commander lets them through.
 */
export function addDaysCommands(program: Command, run: (group: "days" | "subscription") => Promise<void>): void {
	const days = program
		.command("days")
		.description("the solidarity days and their reminders")
		.showHelpAfterError(true)
		.addHelpText("after", `\n${daysUsage}`);
	days
		.command("list")
		.description("the solidarity days (config/solidarity-days.yaml and /dayadd)")
		.action(() => run("days"));
	days
		.command("plan")
		.description("every planned reminder in [from, to), as the reminder jobs carry them out")
		.option("--from <date>", "YYYY-MM-DD, 00:00 UTC (default now)")
		.option("--to <date>", "YYYY-MM-DD (default 30 days on)")
		.option("--json", "as JSON: {day, offset, platform, chat, timeZone, localTime, utc}")
		.allowUnknownOption()
		.allowExcessArguments()
		.action(() => run("days"));

	const subscription = program
		.command("subscription")
		.description("the chats that get announcements and reminders (telegram, discord)")
		.showHelpAfterError(true)
		.addHelpText("after", `\n${daysUsage}`);
	subscription
		.command("add")
		.description("subscribe a chat")
		.argument("[platform]", "telegram or discord")
		.argument("[chat]", "the chat id (Telegram groups are negative)")
		.option("--tz <zone>", "IANA time zone, e.g. America/Lima")
		.option("--lang <lang>", "en or es")
		.option("--campaign <id>", "a campaign it follows (repeatable)")
		.allowUnknownOption()
		.allowExcessArguments()
		.action(() => run("subscription"));
	subscription
		.command("list")
		.description("the subscribed chats")
		.action(() => run("subscription"));
	subscription
		.command("remove")
		.description("unsubscribe a chat")
		.argument("[platform]", "telegram or discord")
		.argument("[chat]", "the chat id")
		.allowExcessArguments()
		.action(() => run("subscription"));
}
