import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { type SolidarityDay, solidarityDaysFileSchema } from "./solidarity-day.js";

/** config/solidarity-days.yaml; a problem is reported with the file and the field, and no day from it is loaded. */
export async function loadSolidarityDaysFile(path: string): Promise<{ days?: SolidarityDay[]; problems: string[] }> {
	let text: string;
	try {
		text = await readFile(path, "utf8");
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === "ENOENT" ? { problems: [] } : { problems: [`${path}: cannot read it (${code})`] };
	}
	let data: unknown;
	try {
		data = parseYaml(text);
	} catch (error) {
		return { problems: [`${path}: not valid YAML: ${(error as Error).message.split("\n")[0]}`] };
	}
	const parsed = solidarityDaysFileSchema.safeParse(data);
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => `${path}: ${issue.path.join(".") || "(file)"}: ${issue.message}`),
		};
	}
	return { days: parsed.data.days.map((day) => ({ ...day, source: "config" as const })), problems: [] };
}
