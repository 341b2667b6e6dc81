import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { type MemberOrganization, memberRollSchema } from "./vote.js";

/** config/members.yaml: the roll; a problem is reported with the file and the field, and the roll is left as it was. */
export async function loadMemberRollFile(
	path: string,
): Promise<{ members?: MemberOrganization[]; problems: string[] }> {
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
	const parsed = memberRollSchema.safeParse(data);
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => `${path}: ${issue.path.join(".") || "(file)"}: ${issue.message}`),
		};
	}
	const ids = parsed.data.members.map((member) => member.id);
	const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
	if (repeated.length > 0) return { problems: [`${path}: members: the id ${repeated[0]} appears twice`] };
	return { members: parsed.data.members, problems: [] };
}
