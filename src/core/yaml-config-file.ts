import { readFile } from "node:fs/promises";
import type { z } from "zod";
import { parseYamlText } from "./yaml-text.js";

/**
 * A YAML file organizers edit (config/members.yaml, config/solidarity-days.yaml), validated with its
 * schema. A missing file is no problem; anything wrong is one readable line with the file and the
 * field, and nothing from the file is used.
 */
export async function loadYamlConfigFile<T>(
	path: string,
	schema: z.ZodType<T>,
): Promise<{ data?: T; problems: string[] }> {
	let text: string;
	try {
		text = await readFile(path, "utf8");
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === "ENOENT" ? { problems: [] } : { problems: [`${path}: cannot read it (${code})`] };
	}
	let data: unknown;
	try {
		data = parseYamlText(text);
	} catch (error) {
		return { problems: [`${path}: not valid YAML: ${(error as Error).message.split("\n")[0]}`] };
	}
	const parsed = schema.safeParse(data);
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => `${path}: ${issue.path.join(".") || "(file)"}: ${issue.message}`),
		};
	}
	return { data: parsed.data, problems: [] };
}
