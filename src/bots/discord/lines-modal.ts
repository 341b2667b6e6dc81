import {
	type APIModalInteractionResponseCallbackData,
	ComponentType,
	type ModalSubmitInteraction,
	TextInputStyle,
} from "discord.js";
import type { CommandDefinition, LinesForm } from "../../core/commands/command.js";
import type { Locale } from "../../core/i18n/locale.js";

/** The modal's custom id is the command as typed so far, so a submit after a restart still knows it. */
export const linesModalPrefix = "lines-modal:";
const maxCustomIdLength = 100;
/** Discord's limit for a modal's title and for a field's label alike. */
const maxTitleLength = 45;
/** A typed command's own limit (core.maxInputLength) applies after this. */
const maxLinesLength = 4000;

/**
 * The form a command's several-line parameter is asked for in, when Discord's one-line options cannot carry it;
 * undefined when the arguments given cannot be typed back as one command (a space in a value, an id too long).
 */
export function linesModal(
	command: CommandDefinition,
	form: LinesForm,
	args: Readonly<Record<string, string | number | undefined>>,
	locale: Locale,
): APIModalInteractionResponseCallbackData | undefined {
	const given: string[] = [];
	for (const parameter of command.parameters) {
		if (parameter.name === form.parameter) break;
		const value = args[parameter.name];
		if (value === undefined) continue;
		if (/\s/.test(String(value))) return undefined;
		given.push(String(value));
	}
	const typed = [`/${command.name}`, ...given].join(" ");
	const customId = `${linesModalPrefix}${typed}`;
	if (customId.length > maxCustomIdLength) return undefined;
	const fit = (text: string) => (text.length > maxTitleLength ? `${text.slice(0, maxTitleLength - 1)}…` : text);
	return {
		custom_id: customId,
		title: fit(typed),
		components: [
			{
				type: ComponentType.ActionRow,
				components: [
					{
						type: ComponentType.TextInput,
						custom_id: "lines",
						label: fit(form.label[locale]),
						style: TextInputStyle.Paragraph,
						required: true,
						max_length: maxLinesLength,
					},
				],
			},
		],
	};
}

/** The submitted form as the command typed in full, lines and all, so every check stays in the core. */
export function linesCommandLine(modal: ModalSubmitInteraction): string | undefined {
	if (!modal.customId.startsWith(linesModalPrefix)) return undefined;
	return `${modal.customId.slice(linesModalPrefix.length)} ${modal.fields.getTextInputValue("lines")}`;
}
