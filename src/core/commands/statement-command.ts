import { z } from "zod";
import { loadPublishedList } from "../adherences/load-published-list.js";
import { formatDate, languageName } from "../i18n/messages.js";
import { type Block, type Button, heading, paragraph, span } from "../reply.js";
import { splitBlocks } from "../split-blocks.js";
import { bodyBlocks } from "../statements/body-blocks.js";
import { findStatement } from "../statements/find-statement.js";
import { pickLanguage } from "../statements/language-version.js";
import { isUserError, userError } from "../user-error.js";
import { defineCommand } from "./command.js";
import { languageParameter, pageParameter, statementIdParameter } from "./parameters.js";

/**
 * Characters of statement text on one page: with the page line and formatting it stays under
 * Discord's 2,000 a message, the smallest limit of the platforms served.
 */
export const statementPageLength = 1500;

export const statementCommand = defineCommand({
	name: "statement",
	aliases: ["read", "declaracion"],
	description: { en: "Read a statement, page by page", es: "Lee una declaración, página a página" },
	parameters: z.object({ id: statementIdParameter, lang: languageParameter, page: pageParameter }),
	role: "member",
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "for-role", context);
		if (isUserError(statement)) return statement;
		const requested = args.lang;
		const language = pickLanguage(statement, context.locale, requested);
		const available = Object.keys(statement.versions);
		const names = (codes: string[]) =>
			codes.map((code) => `${languageName(code, context.locale)} (${code})`).join(", ");
		if (!language)
			return userError("languageUnavailable", languageName(requested ?? "", context.locale), names(available));
		const version = statement.versions[language];
		if (!version) return userError("languageUnavailable", language, names(available));

		const text = context.text;
		const date = statement.date ? formatDate(statement.date, context.locale) : text.statements.undated;
		const header: Block[] = [
			heading(version.title),
			paragraph(
				span(`${text.statements.kind[statement.kind]} · ${text.statement.issuedBy(statement.issuer)} · ${date}`, {
					italic: true,
				}),
			),
		];
		const original = languageName(statement.originalLanguage, context.locale);
		if (version.unofficialTranslation)
			header.push(paragraph(span(text.statement.unofficialTranslation(original), { italic: true })));
		else if (language !== statement.originalLanguage)
			header.push(paragraph(span(text.statement.originalIn(original), { italic: true })));
		const others = available.filter((code) => code !== language);
		if (others.length > 0) header.push(paragraph(span(text.statement.otherLanguages(names(others)), { italic: true })));

		const pages = splitBlocks([...header, ...bodyBlocks(version.body)], statementPageLength);
		const pageCount = pages.length;
		const page = args.page ?? 1;
		if (page > pageCount) return userError("pageOutOfRange", page, pageCount);

		const blocks = [...(pages[page - 1] ?? [])];
		const footer = [span(text.statement.page(page, pageCount), { bold: true })];
		if (page < pageCount) {
			footer.push(span(" · "), span(text.statement.nextPageHint(`/statement ${statement.id} ${language} ${page + 1}`)));
		} else if ((await loadPublishedList(context.deps, statement)).count > 0) {
			footer.push(span(" · "), span(text.statement.signatoriesHint(`/signatories ${statement.id}`)));
		}
		blocks.push(paragraph(...footer));
		const buttons: Button[] = [];
		if (page > 1)
			buttons.push({ label: text.statement.previous, action: `statement ${statement.id} ${language} ${page - 1}` });
		if (page < pageCount)
			buttons.push({ label: text.statement.next, action: `statement ${statement.id} ${language} ${page + 1}` });
		return { blocks, buttons, pagination: { page, pageCount } };
	},
});
