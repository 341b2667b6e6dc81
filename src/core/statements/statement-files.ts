import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";
import { parseYamlText } from "../yaml-text.js";
import { languageCodeSchema, type Statement, statementSchema } from "./statement.js";

/** The file's own fields beside the statement's: which language its body is in, and its title. */
const mainFrontMatterSchema = z.looseObject({
	language: languageCodeSchema,
	title: z.string(),
	unofficialTranslation: z.boolean().optional(),
});
const translationFrontMatterSchema = z.strictObject({
	title: z.string(),
	unofficialTranslation: z.boolean().default(true),
});

export interface StatementFilesResult {
	statements: Statement[];
	/** One readable line per problem: the file, the field at fault, what is wrong. */
	problems: string[];
}

interface Document {
	frontMatter: unknown;
	body: string;
}

const frontMatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

function splitFrontMatter(text: string): Document | string {
	const match = frontMatterPattern.exec(text);
	if (!match) return "the file must start with YAML front matter between two lines of ---";
	try {
		return { frontMatter: parseYamlText(match[1] ?? ""), body: (match[2] ?? "").trim() };
	} catch (error) {
		return `the front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`;
	}
}

function describeIssues(path: string, error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const field = issue.path.length > 0 ? issue.path.join(".") : "(front matter)";
		return `${path}: ${field}: ${issue.message}`;
	});
}

/** "peru.es.md" is the Spanish version of "peru.md". */
const translationName = /^(.+)\.([a-z]{2})\.md$/;

/**
 * Reads config/statements: one `<id>.md` per statement (metadata, signatory sections and the
 * original-language body) and optional `<id>.<lang>.md` translations. A broken file is reported
 * and skipped; the others still load.
 */
export async function loadStatementFiles(dir: string): Promise<StatementFilesResult> {
	const names = (await readdir(dir)).filter((name) => name.endsWith(".md") && name !== "README.md").sort();
	const problems: string[] = [];
	const mains = new Map<string, { path: string; raw: Record<string, unknown>; language: string }>();
	const translations: {
		path: string;
		id: string;
		language: string;
		title: string;
		body: string;
		unofficial: boolean;
	}[] = [];

	for (const name of names) {
		const path = join(dir, name);
		const document = splitFrontMatter(await readFile(path, "utf8"));
		if (typeof document === "string") {
			problems.push(`${path}: ${document}`);
			continue;
		}
		const translation = translationName.exec(name);
		if (translation) {
			const parsed = translationFrontMatterSchema.safeParse(document.frontMatter);
			if (!parsed.success) {
				problems.push(...describeIssues(path, parsed.error));
				continue;
			}
			translations.push({
				path,
				id: translation[1] ?? "",
				language: translation[2] ?? "",
				title: parsed.data.title,
				body: document.body,
				unofficial: parsed.data.unofficialTranslation,
			});
			continue;
		}
		const head = mainFrontMatterSchema.safeParse(document.frontMatter);
		if (!head.success) {
			problems.push(...describeIssues(path, head.error));
			continue;
		}
		const { language, title, unofficialTranslation, ...rest } = head.data;
		const raw = {
			...rest,
			versions: { [language]: { title, body: document.body, unofficialTranslation: unofficialTranslation ?? false } },
		};
		if (rest.id !== basename(name, ".md")) {
			problems.push(`${path}: id: must match the file name ("${basename(name, ".md")}")`);
			continue;
		}
		mains.set(basename(name, ".md"), { path, raw, language });
	}

	for (const translation of translations) {
		const main = mains.get(translation.id);
		if (!main) {
			problems.push(`${translation.path}: there is no ${translation.id}.md for this translation`);
			continue;
		}
		const versions = main.raw.versions as Record<string, unknown>;
		versions[translation.language] = {
			title: translation.title,
			body: translation.body,
			unofficialTranslation: translation.unofficial,
		};
	}

	const statements: Statement[] = [];
	for (const { path, raw } of mains.values()) {
		const parsed = statementSchema.safeParse(raw);
		if (parsed.success) statements.push(parsed.data);
		else problems.push(...describeIssues(path, parsed.error));
	}
	return { statements, problems };
}
