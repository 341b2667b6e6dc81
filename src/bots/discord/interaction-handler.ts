import {
	type AutocompleteInteraction,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	type Interaction,
	MessageFlags,
	type ModalSubmitInteraction,
} from "discord.js";
import type { Core } from "../../core/core.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../logger.js";
import { adherenceLine, adherenceModal } from "./adherence-modal.js";
import { renderDiscordMessages } from "./discord-markdown.js";
import { originOf } from "./discord-origin.js";
import { linesCommandLine, linesModal } from "./lines-modal.js";

export interface InteractionDependencies {
	core: Core;
	logger: Logger;
}

/** Discord takes follow-ups for 15 minutes after an interaction; a reply later than that is dropped and logged. */
const followUpWindowMs = 15 * 60_000 - 20_000;
const maxChoices = 25;
const maxChoiceNameLength = 100;
const noMentions = { parse: [] };

type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * Sends the core's reply through an interaction already deferred. A private reply to a public
 * deferral replaces "thinking…" with nothing and goes to the asker alone.
 */
async function answer(interaction: Answerable, reply: Reply, mode: "reply" | "update", logger: Logger): Promise<void> {
	if (Date.now() - interaction.createdTimestamp > followUpWindowMs) {
		logger.warn({ platform: "discord", interaction: interaction.id }, "reply came after Discord's 15-minute window");
		return;
	}
	const messages = renderDiscordMessages(reply);
	const privateOnly = reply.private === true && !(mode === "reply" && interaction.ephemeral);
	const ephemeral = { flags: MessageFlags.Ephemeral as const };
	if (privateOnly) {
		if (mode === "reply") await interaction.deleteReply();
		for (const message of messages)
			await interaction.followUp({ ...message, ...ephemeral, allowedMentions: noMentions });
		return;
	}
	const [first, ...rest] = messages;
	if (first) await interaction.editReply({ ...first, allowedMentions: noMentions });
	const visibility = interaction.ephemeral ? ephemeral : {};
	for (const message of rest) await interaction.followUp({ ...message, ...visibility, allowedMentions: noMentions });
}

async function onCommand(interaction: ChatInputCommandInteraction, deps: InteractionDependencies): Promise<void> {
	const origin = originOf(interaction);
	const args: Record<string, string | number | undefined> = {};
	for (const option of interaction.options.data)
		if (typeof option.value === "string" || typeof option.value === "number") args[option.name] = option.value;
	const command = deps.core.commands.find((candidate) => candidate.name === interaction.commandName);
	const [first, ...others] = command?.parameters ?? [];
	const formOnly = first && others.every((parameter) => args[parameter.name] === undefined);
	if (command?.form === "adherence" && formOnly && typeof args[first.name] === "string") {
		// A modal has to be the first response, so it is shown before anything slow.
		await interaction.showModal(adherenceModal(String(args[first.name]).toLowerCase(), deps.core.localeOf(origin)));
		return;
	}
	const lines = command?.linesForm;
	if (command && lines && args[lines.parameter] === undefined && lines.when(args)) {
		const modal = linesModal(command, lines, args, deps.core.localeOf(origin));
		if (modal) {
			await interaction.showModal(modal);
			return;
		}
	}
	await interaction.deferReply(command?.personal ? { flags: MessageFlags.Ephemeral } : {});
	const reply = await deps.core.handleCommand(interaction.commandName, args, origin);
	await answer(interaction, reply, "reply", deps.logger);
}

/** A button's custom id is the core action it stands for, so it works after a restart. */
async function onButton(interaction: ButtonInteraction, deps: InteractionDependencies): Promise<void> {
	await interaction.deferUpdate();
	const reply = await deps.core.handleAction(interaction.customId, originOf(interaction));
	await answer(interaction, reply, "update", deps.logger);
}

async function onModal(interaction: ModalSubmitInteraction, deps: InteractionDependencies): Promise<void> {
	const typed = linesCommandLine(interaction);
	if (typed !== undefined) {
		await interaction.deferReply();
		const reply = await deps.core.handleText(typed, originOf(interaction));
		if (reply) await answer(interaction, reply, "reply", deps.logger);
		return;
	}
	const form = adherenceLine(interaction);
	if (!form) return;
	await interaction.deferReply({ flags: MessageFlags.Ephemeral });
	const origin = originOf(interaction);
	const understood = await deps.core.handleText(form.line, origin);
	// The form asked for the submitter's word already; what the core would ask to confirm is confirmed.
	const reply =
		form.confirmed && understood?.confirm ? await deps.core.handleAction(understood.confirm, origin) : understood;
	if (reply) await answer(interaction, reply, "reply", deps.logger);
}

async function onAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDependencies): Promise<void> {
	const choices = await deps.core.statementChoices(interaction.options.getFocused(), originOf(interaction), maxChoices);
	await interaction.respond(
		choices.map(({ label, value }) => ({
			name: label.length > maxChoiceNameLength ? `${label.slice(0, maxChoiceNameLength - 1)}…` : label,
			value,
		})),
	);
}

/** One interaction in, the core's answer out; a failure is logged, never thrown into the client. */
export async function handleInteraction(interaction: Interaction, deps: InteractionDependencies): Promise<void> {
	const started = Date.now();
	const context = { platform: "discord", chat: interaction.channelId, interaction: interaction.id };
	try {
		if (interaction.isAutocomplete()) await onAutocomplete(interaction, deps);
		else if (interaction.isChatInputCommand()) await onCommand(interaction, deps);
		else if (interaction.isButton()) await onButton(interaction, deps);
		else if (interaction.isModalSubmit()) await onModal(interaction, deps);
		const command = interaction.isChatInputCommand() ? interaction.commandName : undefined;
		deps.logger.info({ ...context, command, durationMs: Date.now() - started }, "interaction handled");
	} catch (error) {
		deps.logger.error({ ...context, err: error, durationMs: Date.now() - started }, "interaction failed");
	}
}
