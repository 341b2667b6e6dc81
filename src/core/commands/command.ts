import type { z } from "zod";
import type { CommandContext } from "../context.js";
import type { Reply } from "../reply.js";
import type { Role } from "../request.js";
import type { UserError } from "../user-error.js";

export interface LocalizedText {
	en: string;
	es: string;
}

/**
 * One argument. Its schema validates the raw text; `rest` takes the remainder of the line,
 * for free text such as an organization's name.
 */
export interface Parameter {
	name: string;
	type: "string" | "integer" | "text";
	required: boolean;
	rest?: boolean;
	description: LocalizedText;
	schema: z.ZodType;
	/** Platforms that can offer choices as the user types (Discord autocomplete). */
	autocomplete?: "statement";
}

export type CommandOutcome = Reply | UserError;

export interface CommandDefinition {
	name: string;
	aliases?: readonly string[];
	description: LocalizedText;
	parameters: readonly Parameter[];
	role: Role;
	/** Longer input is refused before any work; default core.maxInputLength. */
	maxInputLength?: number;
	run(args: Record<string, unknown>, context: CommandContext): Promise<CommandOutcome>;
}
