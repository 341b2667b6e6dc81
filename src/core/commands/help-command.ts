import { organizesAny } from "../campaigns/access.js";
import { type Block, heading, item, paragraph, span } from "../reply.js";
import { type CommandDefinition, defineCommand, noParameters } from "./command.js";
import { usage } from "./parse-arguments.js";

/** /help lists the table it is given, so it can never disagree with what the bot accepts. */
export function helpCommand(table: () => readonly CommandDefinition[]): CommandDefinition {
	return defineCommand({
		name: "help",
		aliases: ["start", "ayuda"],
		description: { en: "What this bot does and its commands", es: "Qué hace este bot y sus comandos" },
		parameters: noParameters,
		role: "member",
		async run(_args, context) {
			const text = context.text.help;
			const line = (command: CommandDefinition) =>
				item(
					"•",
					span(usage(command.name, command.parameters), { code: true }),
					span(` — ${command.description[context.locale]}`),
				);
			const blocks: Block[] = [heading(text.title), paragraph(span(text.intro)), heading(text.commandsHeading)];
			blocks.push(
				...table()
					.filter((command) => command.role === "member")
					.map(line),
			);
			const access = await context.access();
			const mayRun = (command: CommandDefinition) =>
				(command.role === "chat-admin" && (access.chatAdmin || access.operator)) ||
				(command.role === "organizer" && organizesAny(access)) ||
				(command.role === "operator" && access.operator);
			{
				const organizerCommands = table().filter(mayRun);
				if (organizerCommands.length > 0)
					blocks.push(heading(text.organizerCommandsHeading), ...organizerCommands.map(line));
			}
			blocks.push(paragraph(span(text.footer, { italic: true })));
			return { blocks };
		},
	});
}
