// The plain index, not the Node entry that loads every language: names come from Intl.
import countries from "i18n-iso-countries/index.js";
import type { Locale } from "../core/i18n/locale.js";
import { countryName, messages } from "../core/i18n/messages.js";

type CountryOption = { readonly code: string; readonly name: string };

function sortedCountries(locale: Locale): readonly CountryOption[] {
	const collator = new Intl.Collator(messages(locale).intlLocale);
	return Object.keys(countries.getAlpha2Codes())
		.map((code) => ({ code, name: countryName(code, locale) }))
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** Every country, named in the reader's language and sorted as that language sorts; built once. */
const byLocale: Readonly<Record<Locale, readonly CountryOption[]>> = {
	en: sortedCountries("en"),
	es: sortedCountries("es"),
};

export const countryOptions = (locale: Locale): readonly CountryOption[] => byLocale[locale];
