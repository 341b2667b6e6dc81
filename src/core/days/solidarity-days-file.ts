import { loadYamlConfigFile } from "../yaml-config-file.js";
import { type SolidarityDay, solidarityDaysFileSchema } from "./solidarity-day.js";

/** config/solidarity-days.yaml; a problem is reported with the file and the field, and no day from it is loaded. */
export async function loadSolidarityDaysFile(path: string): Promise<{ days?: SolidarityDay[]; problems: string[] }> {
	const { data, problems } = await loadYamlConfigFile(path, solidarityDaysFileSchema);
	return data ? { days: data.days.map((day) => ({ ...day, source: "config" as const })), problems } : { problems };
}
