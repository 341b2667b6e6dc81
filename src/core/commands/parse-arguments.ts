import { z } from "zod";
import type { Parameter } from "./command.js";

export type AssignedWords =
	| { ok: true; raw: Record<string, unknown> }
	| { ok: false; problem: "missing" | "invalid" | "too-many"; parameter?: string };

/**
 * Assigns the words after a command to its parameters in order. An optional parameter whose
 * schema rejects a word is skipped, so "/statement peru 2" reads 2 as the page, not the language.
 * The command's own schema then parses what was assigned.
 */
export function assignWords(parameters: readonly Parameter[], input: string): AssignedWords {
	const raw: Record<string, unknown> = {};
	let rest = input.trim();
	for (const parameter of parameters) {
		if (rest === "") {
			if (parameter.required) return { ok: false, problem: "missing", parameter: parameter.name };
			continue;
		}
		const [typed = "", remainder = ""] = parameter.rest ? [rest, ""] : splitFirstWord(rest);
		// A named parameter's word is name=value; any other word is not it, whatever its schema says.
		const prefix = `${parameter.name}=`;
		const named = !parameter.named || typed.toLowerCase().startsWith(prefix);
		const word = parameter.named && named ? typed.slice(prefix.length) : typed;
		const value = parameter.type === "integer" ? Number(word) : word;
		const fits =
			named && z.safeParse(parameter.schema, value).success && !(parameter.type === "integer" && !/^\d+$/.test(word));
		if (fits) {
			raw[parameter.name] = value;
			rest = remainder;
		} else if (parameter.named && named) {
			// "paid=perhaps": a mistake to point out, not the first word of the text.
			return { ok: false, problem: "invalid", parameter: parameter.name };
		} else if (parameter.required) {
			return { ok: false, problem: "invalid", parameter: parameter.name };
		}
	}
	if (rest !== "") return { ok: false, problem: "too-many" };
	return { ok: true, raw };
}

function splitFirstWord(text: string): [string, string] {
	const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
	return [match?.[1] ?? "", match?.[2] ?? ""];
}

/** "/statement <id> [lang] [page]"; a named parameter shows as [paid=…]. */
export function usage(name: string, parameters: readonly Parameter[]): string {
	const words = parameters.map((parameter) => {
		const word = parameter.named ? `${parameter.name}=…` : parameter.name;
		return parameter.required ? `<${word}>` : `[${word}]`;
	});
	return [`/${name}`, ...words].join(" ");
}
