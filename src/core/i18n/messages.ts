import type { Locale } from "./locale.js";
import { en } from "./messages-en.js";
import { es } from "./messages-es.js";

export type Messages = typeof en;

const catalog: Record<Locale, Messages> = { en, es };

export function messages(locale: Locale): Messages {
	return catalog[locale];
}

/** "es-419", "es_PE" or "ES" → "es"; anything unsupported → undefined. */
export function localeFrom(tag: string | undefined | null): Locale | undefined {
	const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
	return primary === "en" || primary === "es" ? primary : undefined;
}

export function formatDate(isoDate: string, locale: Locale): string {
	return new Intl.DateTimeFormat(messages(locale).intlLocale, { dateStyle: "long", timeZone: "UTC" }).format(
		new Date(`${isoDate}T00:00:00Z`),
	);
}

export function languageName(code: string, locale: Locale): string {
	return new Intl.DisplayNames([messages(locale).intlLocale], { type: "language" }).of(code) ?? code;
}

export function countryName(code: string, locale: Locale): string {
	return new Intl.DisplayNames([messages(locale).intlLocale], { type: "region" }).of(code) ?? code;
}
