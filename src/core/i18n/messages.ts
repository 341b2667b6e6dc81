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

/** Intl formatters are costly to build and a list renders hundreds of names: one of each per locale. */
function cachedPerLocale<T>(make: (intlLocale: string) => T): (locale: Locale) => T {
	const cache = new Map<Locale, T>();
	return (locale) => {
		let value = cache.get(locale);
		if (value === undefined) {
			value = make(messages(locale).intlLocale);
			cache.set(locale, value);
		}
		return value;
	};
}

const dateFormat = cachedPerLocale((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }));
const languageNames = cachedPerLocale((tag) => new Intl.DisplayNames([tag], { type: "language" }));
const regionNames = cachedPerLocale((tag) => new Intl.DisplayNames([tag], { type: "region" }));

/**
 * A formatter's answers, kept per locale: a list names the same countries and dates again at every
 * change, and each answer costs ICU some 30 µs. Codes and dates come from records, so the kept
 * answers are few; past a bound they are dropped rather than left to grow.
 */
function rememberedPerLocale(answer: (key: string, locale: Locale) => string): (key: string, locale: Locale) => string {
	const remembered = cachedPerLocale(() => new Map<string, string>());
	return (key, locale) => {
		const answers = remembered(locale);
		let value = answers.get(key);
		if (value === undefined) {
			if (answers.size >= 2_000) answers.clear();
			value = answer(key, locale);
			answers.set(key, value);
		}
		return value;
	};
}

export const formatDate = rememberedPerLocale((isoDate, locale) =>
	dateFormat(locale).format(new Date(`${isoDate}T00:00:00Z`)),
);

export function languageName(code: string, locale: Locale): string {
	try {
		return languageNames(locale).of(code) ?? code;
	} catch {
		return code;
	}
}

export const countryName = rememberedPerLocale((code, locale) => {
	try {
		return regionNames(locale).of(code.toUpperCase()) ?? code;
	} catch {
		return code;
	}
});
