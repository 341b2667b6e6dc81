import { loadYamlConfigFile } from "../yaml-config-file.js";
import { type Campaign, campaignsFileSchema } from "./campaign.js";

/** config/campaigns.yaml; a problem is reported with the file and the field, and no campaign from it is used. */
export async function loadCampaignsFile(path: string): Promise<{ campaigns?: Campaign[]; problems: string[] }> {
	const { data, problems } = await loadYamlConfigFile(path, campaignsFileSchema);
	if (!data)
		return { problems: problems.length > 0 ? problems : [`${path}: no such file: every statement needs its campaign`] };
	const ids = data.campaigns.map((campaign) => campaign.id);
	const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
	if (repeated.length > 0) return { problems: [`${path}: campaigns: the id ${repeated[0]} appears twice`] };
	return { campaigns: data.campaigns, problems };
}
