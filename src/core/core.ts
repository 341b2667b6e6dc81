import { randomBytes } from "node:crypto";
import { distance } from "fastest-levenshtein";
import { authorize } from "./authorize.js";
import { organizesAny, organizesCampaign } from "./campaigns/access.js";
import { continueAdherence } from "./commands/adhere-commands.js";
import type { CommandDefinition } from "./commands/command.js";
import { commandTable } from "./commands/command-table.js";
import { assignWords, usage } from "./commands/parse-arguments.js";
import { type CommandContext, type CoreDependencies, commandContext } from "./context.js";
import type { Locale } from "./i18n/locale.js";
import { localeFrom, messages } from "./i18n/messages.js";
import type { Reply } from "./reply.js";
import type { RequestOrigin } from "./request.js";
import { type StatementChoice, statementChoices } from "./statements/statement-choices.js";
import { isUserError, userError, userErrorReply } from "./user-error.js";

/** The one line a chat message may be; longer input is refused before any work is done. */
export const maxInputLength = 4000;

/** Where the core reports a bug: a pino logger fits. */
export interface BugReporter {
	error(details: object, message: string): void;
}

/** Marks "no reply" through the guarded path; handleText turns it back into null. */
const nullReply: Reply = { blocks: [] };

export interface Core {
	readonly commands: readonly CommandDefinition[];
	/** A chat line such as "/statement peru 2"; null when the line is not a command. */
	handleText(line: string, origin: RequestOrigin): Promise<Reply | null>;
	/** A command whose arguments the platform has already split (Discord options). */
	handleCommand(
		name: string,
		rawArgs: Record<string, string | number | undefined>,
		origin: RequestOrigin,
	): Promise<Reply>;
	/** A pressed button: its action is the command line it stands for. */
	handleAction(action: string, origin: RequestOrigin): Promise<Reply>;
	localeOf(origin: RequestOrigin): Locale;
	/** Statements to offer as the user types an id (Discord autocomplete); drafts for organizers only. */
	statementChoices(typed: string, origin: RequestOrigin, limit: number): Promise<StatementChoice[]>;
}

export function createCore(
	deps: CoreDependencies,
	bugs: BugReporter,
	commands: readonly CommandDefinition[] = commandTable,
): Core {
	const byName = new Map<string, CommandDefinition>();
	for (const command of commands)
		for (const name of [command.name, ...(command.aliases ?? [])]) byName.set(name, command);

	const localeOf = (origin: RequestOrigin): Locale => localeFrom(origin.userLocale) ?? deps.defaultLocale;
	const contextFor = (origin: RequestOrigin): CommandContext => commandContext(origin, localeOf(origin), deps);

	/** A bug is logged with a reference and answered with an apology that carries it. */
	async function guarded(name: string, origin: RequestOrigin, work: () => Promise<Reply>): Promise<Reply> {
		try {
			return await work();
		} catch (error) {
			// Not a bug: the user is told to try again shortly, and the store has logged the outage.
			if (deps.isUnavailable?.(error)) return userErrorReply(userError("unavailable"), localeOf(origin));
			const reference = randomBytes(4).toString("hex");
			bugs.error(
				{ err: error, reference, command: name, platform: origin.platform, chat: origin.chatId },
				"command failed",
			);
			return userErrorReply(userError("internal", reference), localeOf(origin));
		}
	}

	async function run(
		command: CommandDefinition,
		input: string | Record<string, unknown>,
		origin: RequestOrigin,
	): Promise<Reply> {
		const locale = localeOf(origin);
		const commandUsage = usage(command.name, command.parameters);
		const problem = (kind: "missing" | "invalid" | "too-many", parameter?: string) => {
			const name = parameter ? argumentName(parameter, locale) : "";
			const error =
				kind === "missing"
					? userError("missingArgument", name, commandUsage)
					: kind === "invalid"
						? userError("invalidArgument", name, commandUsage)
						: userError("tooManyArguments", commandUsage);
			return userErrorReply(error, locale);
		};
		return guarded(command.name, origin, async () => {
			const context = contextFor(origin);
			// Read in any case, once what the command sends first has gone, and waited for only where needed: a new
			// member's /adhere waits on its one write, not on this read too, and their /confirm finds it kept.
			// A failure reaches whoever waits.
			setImmediate(() => context.access().catch(() => undefined));
			// Someone who may not run the command at all is told so, not how to type it.
			const barred =
				command.role !== "member" && !mayActOnChat(command, origin) && !organizesAny(await context.access());
			const assigned = typeof input === "string" ? assignWords(command.parameters, input) : fromPlatform(input);
			if (!assigned.ok)
				return barred
					? userErrorReply(userError("organizersOnly"), locale)
					: problem(assigned.problem, assigned.parameter);
			const prepared = command.prepare(assigned.raw);
			if (!("run" in prepared))
				return barred
					? userErrorReply(userError("organizersOnly"), locale)
					: problem(prepared.problem, prepared.parameter);
			const refusal = await authorize(command.role, prepared, context);
			if (refusal) return userErrorReply(refusal, locale);
			const outcome = await prepared.run(context);
			return isUserError(outcome) ? userErrorReply(outcome, locale) : outcome;
		});
	}

	function unknownCommand(name: string, origin: RequestOrigin): Reply {
		const known = [...byName.keys()];
		const closest = known
			.map((candidate) => ({ candidate, score: distance(candidate, name.toLowerCase()) }))
			.filter(({ score }) => score <= 2)
			.sort((a, b) => a.score - b.score)[0];
		const shown = `/${name.slice(0, 40)}`;
		const error = closest
			? userError("unknownCommandSuggest", shown, `/${closest.candidate}`)
			: userError("unknownCommand", shown);
		return userErrorReply(error, localeOf(origin));
	}

	return {
		commands,
		localeOf,
		async statementChoices(typed, origin, limit) {
			const context = contextFor(origin);
			const statements = await deps.statements.list();
			// Only drafts depend on who asks, so the person's grants are read only when there is one.
			const access = statements.some((statement) => statement.status === "draft") ? await context.access() : undefined;
			const visible = statements.filter(
				(statement) =>
					statement.status !== "draft" || (access !== undefined && organizesCampaign(access, statement.campaign)),
			);
			return statementChoices(visible, typed, context.locale, limit);
		},
		async handleText(line, origin) {
			const match = /^\/(\S+)(?:\s+([\s\S]*))?$/.exec(line.trim());
			if (!match) {
				// Not a command: the next answer of an adherence in progress, or nothing for the bot.
				const reply = await guarded(
					"conversation",
					origin,
					async () => (await continueAdherence(line, contextFor(origin))) ?? nullReply,
				);
				return reply === nullReply ? null : reply;
			}
			const name = (match[1] ?? "").toLowerCase();
			const command = byName.get(name);
			const limit = command?.maxInputLength ?? maxInputLength;
			if (line.length > limit) return userErrorReply(userError("inputTooLong", limit), localeOf(origin));
			return command ? run(command, match[2] ?? "", origin) : unknownCommand(name, origin);
		},
		async handleCommand(name, rawArgs, origin) {
			const command = byName.get(name);
			return command ? run(command, rawArgs, origin) : unknownCommand(name, origin);
		},
		async handleAction(action, origin) {
			return (await this.handleText(`/${action}`, origin)) ?? unknownCommand(action, origin);
		},
	};
}

function argumentName(name: string, locale: Locale): string {
	const names: Record<string, string> = messages(locale).argumentNames;
	return names[name] ?? name;
}

/** Platform-split arguments go through the same schemas as typed ones; an empty option is no option. */
function fromPlatform(rawArgs: Record<string, unknown>): { ok: true; raw: Record<string, unknown> } {
	return { ok: true, raw: Object.fromEntries(Object.entries(rawArgs).filter(([, value]) => value !== "")) };
}

/** A chat administrator's own chat settings are theirs to change, organizer or not. */
function mayActOnChat(command: CommandDefinition, origin: RequestOrigin): boolean {
	return command.role === "chat-admin" && origin.isChatAdmin;
}
