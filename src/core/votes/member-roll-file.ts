import { loadYamlConfigFile } from "../yaml-config-file.js";
import { type MemberOrganization, memberRollSchema } from "./vote.js";

/** config/members.yaml: the roll; a problem is reported with the file and the field, and the roll is left as it was. */
export async function loadMemberRollFile(
	path: string,
): Promise<{ members?: MemberOrganization[]; problems: string[] }> {
	const { data, problems } = await loadYamlConfigFile(path, memberRollSchema);
	if (!data) return { problems };
	const ids = data.members.map((member) => member.id);
	const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
	if (repeated.length > 0) return { problems: [`${path}: members: the id ${repeated[0]} appears twice`] };
	return { members: data.members, problems };
}
