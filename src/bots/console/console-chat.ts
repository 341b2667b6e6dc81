import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Core } from "../../core/core.js";
import { messages } from "../../core/i18n/messages.js";
import type { Notifier } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { RequestOrigin } from "../../core/request.js";
import { renderPlainText } from "./render-plain-text.js";

export interface ConsoleChatOptions {
	input: Readable;
	output: Writable;
	/** The local operator is an organizer unless told otherwise, so every command can be tried. */
	/** The operator of a local deployment, or a guest who sees what a member sees. */
	role: "operator" | "member";
	/** Show a prompt: only when a person is typing. */
	interactive: boolean;
}

/**
 * In the terminal the operator is submitter and organizer at once: messages to either are printed
 * in the conversation, marked with who they are for.
 */
export function consoleNotifier(output: Writable): Notifier {
	const write = (heading: string, reply: Reply) => {
		output.write(`${heading}\n${renderPlainText(reply)}\n\n`);
	};
	return {
		notifyUser: async (recipient, reply) => {
			// A web signer reads the outcome on their status page; the terminal is not theirs.
			if (recipient.platform !== "web") write(`--- message to ${recipient.displayName ?? recipient.userId} ---`, reply);
		},
		notifyOrganizers: async (statementId, _origin, reply) =>
			write(`--- message to the organizers of ${statementId} ---`, reply),
	};
}

/**
 * A chat in the terminal against the same core the platforms use: a line in, a reply out,
 * until the input ends.
 */
export async function runConsoleChat(core: Core, options: ConsoleChatOptions): Promise<void> {
	const origin: RequestOrigin = {
		platform: "console",
		chatId: "console",
		// The operator is the account config.ts names; a guest is any other account.
		userId: options.role === "operator" ? "local" : "guest",
		displayName: options.role === "operator" ? "local operator" : "guest",
		isChatAdmin: options.role === "operator",
		privateReplies: true,
	};
	const write = (text: string) => options.output.write(`${text}\n`);
	const lines = createInterface({ input: options.input, terminal: false });
	const prompt = () => {
		if (options.interactive) options.output.write("> ");
	};
	if (options.interactive) {
		write(`solidarity-bot console (${options.role}). Type /help, or press Ctrl-D to leave.`);
	}
	prompt();
	for await (const line of lines) {
		if (line.trim() !== "") {
			const reply = await core.handleText(line, origin);
			write(reply ? renderPlainText(reply) : messages(core.localeOf(origin)).console.notACommand);
			write("");
		}
		prompt();
	}
}
