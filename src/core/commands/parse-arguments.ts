import type { Parameter } from "./command.js";

export type ParsedArguments =
	| { ok: true; args: Record<string, unknown> }
	| { ok: false; problem: "missing" | "invalid" | "too-many"; parameter?: Parameter };

/**
 * Assigns the words after a command to its parameters in order. An optional parameter whose
 * schema rejects a word is skipped, so "/statement peru 2" reads 2 as the page, not the language.
 */
export function parseArguments(parameters: readonly Parameter[], input: string): ParsedArguments {
	const args: Record<string, unknown> = {};
	let rest = input.trim();
	for (const parameter of parameters) {
		if (rest === "") {
			if (parameter.required) return { ok: false, problem: "missing", parameter };
			continue;
		}
		const [word = "", remainder = ""] = parameter.rest ? [rest, ""] : splitFirstWord(rest);
		const parsed = parameter.schema.safeParse(parameter.type === "integer" ? Number(word) : word);
		if (parsed.success && !(parameter.type === "integer" && !/^\d+$/.test(word))) {
			args[parameter.name] = parsed.data;
			rest = remainder;
		} else if (parameter.required) {
			return { ok: false, problem: "invalid", parameter };
		}
	}
	if (rest !== "") return { ok: false, problem: "too-many" };
	return { ok: true, args };
}

function splitFirstWord(text: string): [string, string] {
	const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
	return [match?.[1] ?? "", match?.[2] ?? ""];
}

/** "/statement <id> [lang] [page]" */
export function usage(name: string, parameters: readonly Parameter[]): string {
	const words = parameters.map((parameter) => (parameter.required ? `<${parameter.name}>` : `[${parameter.name}]`));
	return [`/${name}`, ...words].join(" ");
}
