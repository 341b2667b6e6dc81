import type { Locale } from "../i18n/locale.js";
import type { Statement } from "./statement.js";

/** The version to show: the one asked for, else the reader's language, else the original, else any. */
export function pickLanguage(statement: Statement, locale: Locale, requested?: string): string | undefined {
	const available = Object.keys(statement.versions);
	if (requested) return available.includes(requested) ? requested : undefined;
	return [locale, statement.originalLanguage, ...available].find((code) => available.includes(code));
}

export function titleFor(statement: Statement, locale: Locale): string {
	const language = pickLanguage(statement, locale);
	return (language && statement.versions[language]?.title) || statement.id;
}
