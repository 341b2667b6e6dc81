import countries from "i18n-iso-countries";
import type { Locale } from "../core/i18n/locale.js";
import { countryName, messages } from "../core/i18n/messages.js";

const byLocale = new Map<Locale, { code: string; name: string }[]>();

/** Every country, named in the reader's language and sorted as that language sorts. */
export function countryOptions(locale: Locale): readonly { code: string; name: string }[] {
	let options = byLocale.get(locale);
	if (!options) {
		const collator = new Intl.Collator(messages(locale).intlLocale);
		options = Object.keys(countries.getAlpha2Codes())
			.map((code) => ({ code, name: countryName(code, locale) }))
			.sort((a, b) => collator.compare(a.name, b.name));
		byLocale.set(locale, options);
	}
	return options;
}
