import {
	type APIApplicationCommandBasicOption,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { CommandDefinition, LocalizedText, Parameter } from "../../core/commands/command.js";

/** Discord's rule for command and option names. */
const namePattern = /^[-_\p{L}\p{N}]{1,32}$/u;
const maxDescriptionLength = 100;
/** Discord's longest string option; the core's own limits still apply after it. */
const maxStringOptionLength = 6000;

function fit(text: string): string {
	return text.length > maxDescriptionLength ? `${text.slice(0, maxDescriptionLength - 1)}…` : text;
}

/** Discord has two Spanish locales; the bot's Spanish serves both. */
function descriptions(text: LocalizedText) {
	const es = fit(text.es);
	return { description: fit(text.en), description_localizations: { "es-ES": es, "es-419": es } };
}

function checkedName(name: string, where: string): string {
	if (!namePattern.test(name) || name !== name.toLowerCase())
		throw new Error(`${where} "${name}" is not a valid Discord name (lower case, 1-32 letters, digits, - or _)`);
	return name;
}

function option(parameter: Parameter, command: string): APIApplicationCommandBasicOption {
	const common = {
		name: checkedName(parameter.name, `option of /${command}`),
		...descriptions(parameter.description),
		required: parameter.required,
	};
	if (parameter.type === "integer") return { ...common, type: ApplicationCommandOptionType.Integer };
	if (parameter.type === "user") return { ...common, type: ApplicationCommandOptionType.User };
	return {
		...common,
		type: ApplicationCommandOptionType.String,
		max_length: maxStringOptionLength,
		...(parameter.autocomplete === "statement" ? { autocomplete: true } : {}),
	};
}

/**
 * The slash commands Discord shows, made from the core's command table: one per command (aliases
 * are for typed chats), options typed and localized, required options first as Discord demands.
 */
export function slashCommands(
	commands: readonly CommandDefinition[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
	return commands.map((command) => {
		const parameters = [...command.parameters].sort((a, b) => Number(b.required) - Number(a.required));
		return {
			type: ApplicationCommandType.ChatInput,
			name: checkedName(command.name, "command"),
			...descriptions(command.description),
			options: parameters.map((parameter) => option(parameter, command.name)),
		};
	});
}
