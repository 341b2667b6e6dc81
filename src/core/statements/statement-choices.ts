import type { Locale } from "../i18n/locale.js";
import { titleFor } from "./language-version.js";
import type { Statement } from "./statement.js";

/** A statement a user may pick while typing its id: the id to fill in, and what to show. */
export interface StatementChoice {
	value: string;
	label: string;
}

/** Statements whose id or title contain what was typed, those whose id starts with it first. */
export function statementChoices(
	statements: readonly Statement[],
	typed: string,
	locale: Locale,
	limit: number,
): StatementChoice[] {
	const query = typed.toLowerCase().trim();
	return statements
		.map((statement) => ({ statement, title: titleFor(statement, locale) }))
		.filter(({ statement, title }) => statement.id.includes(query) || title.toLowerCase().includes(query))
		.sort((a, b) => Number(b.statement.id.startsWith(query)) - Number(a.statement.id.startsWith(query)))
		.slice(0, limit)
		.map(({ statement, title }) => ({ value: statement.id, label: `${statement.id} · ${title}` }));
}
