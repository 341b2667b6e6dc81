import type { Locale } from "../core/i18n/locale.js";
import { messages } from "../core/i18n/messages.js";
import { type Html, html } from "./html.js";

export interface PageOptions {
	locale: Locale;
	title: string;
	main: Html;
	/** The page's own path, for the link to the other language. */
	path: string;
	scripts?: readonly string[];
	styles?: readonly string[];
	/** Private pages (a status link, the organizers' pages) stay out of search engines. */
	private?: boolean;
	/** The small card other sites frame: no header or footer. */
	bare?: boolean;
}

const otherLocale = (locale: Locale): Locale => (locale === "en" ? "es" : "en");

export function withLang(path: string, locale: Locale): string {
	const url = new URL(path, "http://page.invalid");
	url.searchParams.set("lang", locale);
	return `${url.pathname}${url.search}`;
}

/** Every page: its language, a skip link, one stylesheet, no inline script or style. */
export function page(options: PageOptions): string {
	const text = messages(options.locale).web;
	const other = otherLocale(options.locale);
	const scripts = (options.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>`);
	const frame = options.bare
		? html`<main id="main" class="embed">${options.main}</main>`
		: html`<a class="skip" href="#main">${text.skipToContent}</a>
<header class="site"><a class="brand" href="${withLang("/", options.locale)}">${text.siteTitle}</a>
<a class="lang" href="${withLang(options.path, other)}" hreflang="${other}" lang="${other}">${text.languageSwitch}</a></header>
<main id="main">${options.main}</main>
<footer class="site"><a href="${withLang("/", options.locale)}">${text.home}</a> · <a href="/days.ics">${text.daysCalendar}</a></footer>`;
	return html`<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.private ? html`<meta name="robots" content="noindex">` : ""}
<title>${options.title} · ${text.siteTitle}</title>
<link rel="stylesheet" href="/assets/site.css">
${(options.styles ?? []).map((href) => html`<link rel="stylesheet" href="${href}">`)}
${scripts}
</head>
<body>
${frame}
</body>
</html>
`.value;
}
