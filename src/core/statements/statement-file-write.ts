import { access, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { yamlText } from "../yaml-text.js";
import type { Statement } from "./statement.js";

/** The files that load back to this statement: `<id>.md` in its original language, one per translation. */
export function statementFileTexts(statement: Statement): { name: string; text: string }[] {
	const { versions, ...rest } = statement;
	const language = versions[statement.originalLanguage] ? statement.originalLanguage : Object.keys(versions)[0];
	const main = language ? versions[language] : undefined;
	if (!language || !main) throw new Error(`statement ${statement.id} has no language version`);
	const frontMatter = {
		...rest,
		language,
		title: main.title,
		...(main.unofficialTranslation ? { unofficialTranslation: true } : {}),
	};
	const files = [{ name: `${statement.id}.md`, text: `---\n${yamlText(frontMatter)}---\n${main.body}\n` }];
	for (const [code, version] of Object.entries(versions)) {
		if (code === language) continue;
		const head = yamlText({ title: version.title, unofficialTranslation: version.unofficialTranslation });
		files.push({ name: `${statement.id}.${code}.md`, text: `---\n${head}---\n${version.body}\n` });
	}
	return files;
}

/** Writes them under `dir`; an existing file is left alone unless `force`, so a kept file is never lost. */
export async function writeStatementFiles(
	statement: Statement,
	dir: string,
	force: boolean,
): Promise<{ written: string[] } | { exists: string }> {
	const files = statementFileTexts(statement).map((file) => ({ ...file, path: join(dir, file.name) }));
	if (!force)
		for (const file of files) {
			const taken = await access(file.path).then(
				() => true,
				() => false,
			);
			if (taken) return { exists: file.path };
		}
	for (const file of files) await writeFile(file.path, file.text, "utf8");
	return { written: files.map((file) => file.path) };
}
