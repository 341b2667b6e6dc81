import { loadPublishedList } from "../adherences/load-published-list.js";
import type { CoreDependencies } from "../context.js";
import type { Locale } from "../i18n/locale.js";
import { formatDate, languageName } from "../i18n/messages.js";
import type { Block } from "../reply.js";
import { bodyBlocks } from "./body-blocks.js";
import { pickLanguage, titleFor } from "./language-version.js";
import { type PublishedList, signatoryListBlocks } from "./signatory-list.js";
import type { Statement } from "./statement.js";

/** A statement as a public page shows it; drafts have no public page. */
export interface StatementPage {
	statement: Statement;
	language: string;
	title: string;
	byline: { issuer: string; date: string | null };
	body: Block[];
	versions: { code: string; name: string; title: string; original: boolean; unofficial: boolean; shown: boolean }[];
	list: PublishedList;
	listBlocks: Block[];
	open: boolean;
}

type PageDependencies = Pick<CoreDependencies, "statements" | "adherences" | "statementState">;

export async function publicStatement(deps: PageDependencies, id: string): Promise<Statement | undefined> {
	const statement = await deps.statements.get(id);
	return statement && statement.status !== "draft" ? statement : undefined;
}

export async function statementPage(
	deps: PageDependencies,
	id: string,
	locale: Locale,
	requestedLanguage?: string,
): Promise<StatementPage | undefined> {
	const statement = await publicStatement(deps, id);
	if (!statement) return undefined;
	const language =
		(requestedLanguage && pickLanguage(statement, locale, requestedLanguage)) ?? pickLanguage(statement, locale);
	const version = language ? statement.versions[language] : undefined;
	const list = await loadPublishedList(deps, statement);
	return {
		statement,
		language: language ?? statement.originalLanguage,
		title: version?.title ?? titleFor(statement, locale),
		byline: { issuer: statement.issuer, date: statement.date ? formatDate(statement.date, locale) : null },
		body: bodyBlocks(version?.body ?? ""),
		versions: Object.entries(statement.versions).map(([code, candidate]) => ({
			code,
			name: languageName(code, locale),
			title: candidate.title,
			original: code === statement.originalLanguage,
			unofficial: candidate.unofficialTranslation,
			shown: code === language,
		})),
		list,
		listBlocks: signatoryListBlocks(list, locale),
		open: statement.status === "open",
	};
}

/** The front page: every campaign with its statements that take signatures, and their counts. */
export async function openStatementsByCampaign(
	deps: PageDependencies & Pick<CoreDependencies, "campaigns">,
	locale: Locale,
): Promise<{ id: string; name: string; statements: { id: string; title: string; count: number }[] }[]> {
	const [campaigns, statements] = await Promise.all([deps.campaigns.list(), deps.statements.list()]);
	const open = statements.filter((statement) => statement.status === "open");
	const counted = await Promise.all(
		open.map(async (statement) => ({
			campaign: statement.campaign,
			id: statement.id,
			title: titleFor(statement, locale),
			count: (await loadPublishedList(deps, statement)).count,
		})),
	);
	return campaigns.map((campaign) => ({
		id: campaign.id,
		name: campaign.name,
		statements: counted
			.filter((entry) => entry.campaign === campaign.id)
			.map(({ id, title, count }) => ({ id, title, count })),
	}));
}
