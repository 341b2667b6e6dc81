import { REST, Routes } from "discord.js";
import { slashCommands } from "../bots/discord/slash-commands.js";
import type { CommandDefinition } from "../core/commands/command.js";

export interface DiscordDeployDependencies {
	token: string;
	applicationId: string;
	apiBase?: string;
	commands: readonly CommandDefinition[];
	out(text: string): void;
	err(text: string): void;
}

const usage = "usage: solidarity discord deploy [--guild <id>]";
const snowflake = /^\d{17,20}$/;

/**
 * Registers the slash commands: in one server at once (--guild, for trying them out), or globally,
 * which Discord may take up to an hour to show everywhere. A PUT replaces the whole set, so a
 * command removed from the table disappears from Discord too.
 */
export async function runDiscordDeploy(args: string[], deps: DiscordDeployDependencies): Promise<number> {
	let guildId: string | undefined;
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		if (arg === "--guild") {
			guildId = args[++index];
			if (!guildId || !snowflake.test(guildId)) {
				deps.err(`--guild needs a server id (17-20 digits)\n${usage}`);
				return 2;
			}
		} else {
			deps.err(`unknown argument ${arg}\n${usage}`);
			return 2;
		}
	}
	const body = slashCommands(deps.commands);
	const rest = new REST({ ...(deps.apiBase ? { api: deps.apiBase } : {}), retries: 2 }).setToken(deps.token);
	const route = guildId
		? Routes.applicationGuildCommands(deps.applicationId, guildId)
		: Routes.applicationCommands(deps.applicationId);
	try {
		const registered = (await rest.put(route, { body })) as unknown[];
		deps.out(
			`registered ${registered.length} commands ${guildId ? `in server ${guildId}` : "globally (may take up to an hour to appear)"}`,
		);
		return 0;
	} catch (error) {
		deps.err(`could not register the commands: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	}
}
