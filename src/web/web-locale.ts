import type { Locale } from "../core/i18n/locale.js";
import { localeFrom } from "../core/i18n/messages.js";

/** ?lang= first, then the browser's Accept-Language in its order of preference, then the default. */
export function requestLocale(query: unknown, acceptLanguage: string | undefined, fallback: Locale): Locale {
	const asked = typeof query === "object" && query && "lang" in query ? String(query.lang) : undefined;
	const fromQuery = localeFrom(asked);
	if (fromQuery) return fromQuery;
	const preferred = (acceptLanguage ?? "")
		.split(",")
		.map((part) => {
			const [tag, ...params] = part.trim().split(";");
			const q = params.find((param) => param.trim().startsWith("q="));
			return { tag: tag ?? "", q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.filter((entry) => entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of preferred) {
		const locale = localeFrom(tag);
		if (locale) return locale;
	}
	return fallback;
}
