import type { Telegram } from "telegraf";
import type { BotCommand } from "telegraf/types";
import type { CommandDefinition } from "../../core/commands/command.js";
import type { Logger } from "../../logger.js";

/** Telegram takes command names of 1–32 lower-case letters, digits and underscores. */
const telegramCommandName = /^[a-z0-9_]{1,32}$/;

/** Telegram takes descriptions of 1–256 characters. */
function description(text: string): string {
	return text.length <= 256 ? text : `${text.slice(0, 255)}…`;
}

export function menuCommands(
	commands: readonly CommandDefinition[],
	language: "en" | "es",
	includeOrganizers: boolean,
): BotCommand[] {
	return commands
		.filter((command) => telegramCommandName.test(command.name))
		.filter((command) => includeOrganizers || command.role === "member")
		.map((command) => ({ command: command.name, description: description(command.description[language]) }));
}

/**
 * The command menu from the core's table: members' commands for everyone, all of them for chat
 * administrators, in English and Spanish. A server that refuses a call (a test fake, a
 * self-hosted Bot API) only costs the menu, never the bot.
 */
export async function setCommandMenu(
	telegram: Telegram,
	commands: readonly CommandDefinition[],
	logger: Logger,
): Promise<void> {
	for (const language of ["en", "es"] as const) {
		for (const scope of [{ type: "default" as const }, { type: "all_chat_administrators" as const }]) {
			const list = menuCommands(commands, language, scope.type !== "default");
			try {
				await telegram.setMyCommands(list, { scope, ...(language === "en" ? {} : { language_code: language }) });
			} catch (error) {
				logger.warn(
					{ err: error, platform: "telegram", language, scope: scope.type },
					"could not set the command menu",
				);
			}
		}
	}
}
