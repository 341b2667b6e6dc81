import { z } from "zod";
import type { CommandContext } from "../context.js";
import type { Reply } from "../reply.js";
import type { Role } from "../request.js";
import type { UserError } from "../user-error.js";

export interface LocalizedText {
	en: string;
	es: string;
}

/** What help and the platforms show of a parameter, beside the schema that checks it. */
export interface ParameterInfo {
	/** "user" names a person: a Discord user option, a Telegram reply or id. */
	type: "string" | "integer" | "text" | "user";
	/** Takes the remainder of the line, for free text such as an organization's name. */
	rest?: boolean;
	description: LocalizedText;
	/** Platforms that can offer choices as the user types (Discord autocomplete). */
	autocomplete?: "statement";
	/**
	 * Typed as name=value ("paid=yes"), so that free text after it can never be mistaken for it;
	 * platforms with named options (Discord) take the value alone.
	 */
	named?: boolean;
}

/** Parameter schemas carry their info here, so a command's argument object is a plain zod object. */
const parameterInfos = z.registry<ParameterInfo>();

/**
 * A parameter is a zod schema for the raw text (optional ones made so with `.optional()`), registered
 * with what help and the platforms show of it.
 */
export function parameter<S extends z.ZodType>(schema: S, info: ParameterInfo): S {
	parameterInfos.add(schema, info);
	return schema;
}

/** One argument as the parsers, help and the platforms read it, in the order of the command's object. */
export interface Parameter extends ParameterInfo {
	name: string;
	required: boolean;
	schema: z.core.$ZodType;
}

export type CommandOutcome = Reply | UserError;

/** Arguments that did not fit the command's schema: which one, and how. */
export interface ArgumentProblem {
	problem: "missing" | "invalid";
	parameter: string;
}

/** A command whose arguments checked out, ready to run; or what was wrong with them. */
export type PreparedCommand =
	| {
			/** For an organizer command: the campaign it acts on, which the core checks the person organizes. */
			campaign(context: CommandContext): Promise<string | UserError>;
			/** The refusal for someone who is not an operator, when these arguments make a choice only operators may. */
			operatorChoice(): UserError | undefined;
			run(context: CommandContext): Promise<CommandOutcome>;
	  }
	| ArgumentProblem;

/**
 * A parameter of several lines ("/draft <id> add", one signatory a line), which a platform whose options hold one
 * line (Discord) asks for in a form when the arguments given call for it and it is missing.
 */
export interface LinesForm {
	parameter: string;
	when(raw: Readonly<Record<string, unknown>>): boolean;
	/** The form field's label: at most 45 characters, Discord's limit. */
	label: LocalizedText;
}

/** The command table's view of a command: what every adapter and the core need, whatever its arguments. */
export interface CommandDefinition {
	name: string;
	aliases?: readonly string[];
	description: LocalizedText;
	parameters: readonly Parameter[];
	role: Role;
	/** Longer input is refused before any work; default core.maxInputLength. */
	maxInputLength?: number;
	/** Its replies may show the asker's private details (an adherence in progress): only they see them. */
	personal?: boolean;
	/** A platform with forms may ask for every argument after the statement id in this form. */
	form?: "adherence";
	linesForm?: LinesForm;
	/** Checks raw arguments (typed words already assigned to names, or a platform's options). */
	prepare(raw: Readonly<Record<string, unknown>>): PreparedCommand;
}

/** Arguments as a command's handler receives them: what its schemas parsed, typed by them. */
export type CommandArguments<S extends z.ZodObject> = z.output<S>;

interface CommandSpecification<S extends z.ZodObject> {
	name: string;
	aliases?: readonly string[];
	description: LocalizedText;
	/** The parameters in the order they are typed; each field a schema made with parameter(). */
	parameters: S;
	role: Role;
	maxInputLength?: number;
	personal?: boolean;
	form?: "adherence";
	linesForm?: LinesForm;
	/** Required for an organizer command: the campaign it acts on, from its arguments. */
	campaignOf?: (args: CommandArguments<S>, context: CommandContext) => Promise<string | UserError>;
	/**
	 * An argument only operators may give, whatever the command's role (a paid broadcast costs the
	 * deployment money): the refusal that says so when these arguments give it, else undefined.
	 */
	operatorChoice?: (args: CommandArguments<S>) => UserError | undefined;
	run(args: CommandArguments<S>, context: CommandContext): Promise<CommandOutcome>;
}

/** For a command that takes no arguments. */
export const noParameters = z.object({});

/** A command: its handler receives the arguments its own schemas parsed, so it never casts them. */
export function defineCommand<S extends z.ZodObject>(specification: CommandSpecification<S>): CommandDefinition {
	const { run, campaignOf, operatorChoice, parameters: schema, ...rest } = specification;
	if (rest.role === "organizer" && !campaignOf)
		throw new Error(`/${rest.name} is for organizers: it must say which campaign it acts on (campaignOf)`);
	return {
		...rest,
		parameters: parametersOf(schema),
		prepare(raw) {
			const parsed = schema.safeParse(raw);
			if (parsed.success) {
				const args = parsed.data;
				return {
					campaign: async (context) => (campaignOf ? campaignOf(args, context) : ""),
					operatorChoice: () => operatorChoice?.(args),
					run: (context) => run(args, context),
				};
			}
			const name = String(parsed.error.issues[0]?.path[0] ?? "");
			return { problem: raw[name] === undefined ? "missing" : "invalid", parameter: name };
		},
	};
}

function parametersOf(schema: z.ZodObject): Parameter[] {
	return Object.entries(schema.shape).map(([name, field]) => {
		const info = parameterInfos.get(field);
		if (!info) throw new Error(`parameter "${name}" has no info: declare it with parameter()`);
		return { name, ...info, required: !z.safeParse(field, undefined).success, schema: field };
	});
}
