import type { Adherence } from "../core/adherences/adherence.js";
import type { SignForm, SignFormField } from "../core/adherences/submit-form.js";
import type { Locale } from "../core/i18n/locale.js";
import { messages } from "../core/i18n/messages.js";
import type { StatementPage } from "../core/statements/statement-page.js";
import { countryOptions } from "./countries.js";
import { type Html, html } from "./html.js";
import { page, withLang } from "./layout.js";
import { blocksHtml } from "./render-blocks.js";

type Campaigns = { id: string; name: string; statements: { id: string; title: string; count: number }[] }[];

export function homePage(campaigns: Campaigns, locale: Locale): string {
	const text = messages(locale).web;
	const sections = campaigns.map(
		(campaign) => html`<section><h2>${campaign.name}</h2>
${
	campaign.statements.length === 0
		? html`<p class="meta">${text.noOpenStatements}</p>`
		: html`<ul>${campaign.statements.map(
				(statement) =>
					html`<li><a href="${withLang(`/s/${statement.id}`, locale)}">${statement.title}</a> <span class="meta">(${text.signatoryCount(statement.count)})</span></li>`,
			)}</ul>`
}
<p><a href="${`/c/${campaign.id}/days.ics`}">${text.daysCalendar}</a></p></section>`,
	);
	return page({
		locale,
		title: text.campaignsHeading,
		path: "/",
		main: html`<h1>${text.campaignsHeading}</h1>${sections}`,
	});
}

export function statementHtml(view: StatementPage, locale: Locale): string {
	const text = messages(locale).web;
	const id = view.statement.id;
	const sign = view.open
		? html`<p><a class="button" href="${withLang(`/s/${id}/sign`, locale)}">${text.signButton}</a></p>`
		: html`<p class="notice">${view.statement.status === "voting" ? text.statusVoting : text.statusClosed}</p>`;
	const versions =
		view.versions.length > 1
			? html`<nav aria-labelledby="versions"><h2 id="versions">${text.versionsHeading}</h2><ul class="versions">${view.versions.map(
					(version) =>
						html`<li class="${version.shown ? "shown" : ""}"><a href="${`/s/${id}?lang=${locale}&v=${version.code}`}" hreflang="${version.code}">${version.name}</a>: <span lang="${version.code}">${version.title}</span>${version.original ? html` (${text.original})` : ""}${version.unofficial ? html` (${text.unofficialTranslation})` : ""}</li>`,
				)}</ul></nav>`
			: "";
	const main = html`<article lang="${view.language}">
<h1>${view.title}</h1>
<p class="byline">${text.issuedBy(view.byline.issuer, view.byline.date)}</p>
<p class="count" lang="${locale}">${text.signatoryCount(view.list.count)}</p>
<div lang="${locale}">${sign}</div>
${blocksHtml(view.body)}
</article>
${versions}
<section aria-labelledby="signatories"><h2 id="signatories">${text.signatoriesHeading}</h2>
${blocksHtml(view.listBlocks)}
${view.open ? sign : ""}
</section>
<section aria-labelledby="data"><h2 id="data">${text.dataHeading}</h2>
<p><a href="/s/${id}/signatories.json">JSON</a> · <a href="/s/${id}/signatories.csv">CSV</a> · <a href="/s/${id}/feed.atom">Atom</a></p></section>`;
	return page({ locale, title: view.title, path: `/s/${id}`, main });
}

export interface SignFormView {
	statementId: string;
	title: string;
	csrfToken: string;
	values: SignForm;
	problems: Partial<Record<SignFormField, string>>;
	/** A problem with the whole form: expired, a refused post. */
	formProblem?: string;
	proofOfWork: boolean;
}

const problemId = (field: string) => `${field}-problem`;

export function signFormHtml(view: SignFormView, locale: Locale): string {
	const text = messages(locale).web;
	const problem = (field: SignFormField) =>
		view.problems[field]
			? html`<span class="field-problem" id="${problemId(field)}">${view.problems[field]}</span>`
			: "";
	const described = (field: SignFormField) => (view.problems[field] ? problemId(field) : undefined);
	const invalid = (field: SignFormField) =>
		view.problems[field] ? html` aria-invalid="true" aria-describedby="${described(field)}"` : "";
	const kind = view.values.kind || "organization";
	const countries = countryOptions(locale).map(
		(country) =>
			html`<option value="${country.code}"${country.code === view.values.country ? html` selected` : ""}>${country.name}</option>`,
	);
	const hasProblems = Object.keys(view.problems).length > 0;
	const main = html`<h1>${text.signHeading(view.title)}</h1>
<p>${text.signIntro}</p>
${view.formProblem ? html`<p class="problem" role="alert">${view.formProblem}</p>` : ""}
${hasProblems ? html`<p class="problem" role="alert">${text.formProblems}</p>` : ""}
<form class="sign" method="post" action="/s/${view.statementId}/sign?lang=${locale}" novalidate>
<input type="hidden" name="csrf" value="${view.csrfToken}">
<fieldset${invalid("kind")}><legend><strong>${text.signAs}</strong></legend>
<div class="choice"><input type="radio" id="kind-organization" name="kind" value="organization"${kind === "organization" ? html` checked` : ""}><label for="kind-organization">${text.asOrganization}</label></div>
<div class="choice"><input type="radio" id="kind-individual" name="kind" value="individual"${kind === "individual" ? html` checked` : ""}><label for="kind-individual">${text.asIndividual}</label></div>
${problem("kind")}
</fieldset>
<label for="name">${text.nameLabel}</label>
<input type="text" id="name" name="name" maxlength="200" required autocomplete="organization" value="${view.values.name}"${invalid("name")}>
${problem("name")}
<label for="abbreviation">${text.abbreviationLabel}</label>
<input type="text" id="abbreviation" name="abbreviation" maxlength="30" value="${view.values.abbreviation}"${invalid("abbreviation")}>
${problem("abbreviation")}
<label for="country">${text.countryLabel}</label>
<input type="search" id="country-filter" aria-label="${text.countryFilterLabel}" placeholder="${text.countryFilterLabel}" autocomplete="off" hidden>
<select id="country" name="country" required${invalid("country")}><option value="">${text.chooseCountry}</option>${countries}</select>
${problem("country")}
<label for="contactEmail">${text.emailLabel}</label>
<input type="email" id="contactEmail" name="contactEmail" maxlength="254" autocomplete="email" value="${view.values.contactEmail}"${invalid("contactEmail")}>
${problem("contactEmail")}
<div class="trap" aria-hidden="true"><label for="website">${text.honeypotLabel}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<div class="attest"><input type="checkbox" id="attest" name="attest" value="yes"${view.values.attest === "yes" ? html` checked` : ""}${invalid("attest")}><label for="attest">${text.attestLabel}</label>
${problem("attest")}</div>
${view.proofOfWork ? html`<altcha-widget challenge="/pow/challenge" name="altcha" auto="onload"></altcha-widget>` : ""}
<p class="meta">${text.proofOfWorkNote}</p>
<button type="submit">${text.submit}</button>
</form>
<p><a href="${withLang(`/s/${view.statementId}`, locale)}">${text.backToStatement}</a></p>`;
	return page({
		locale,
		title: text.signHeading(view.title),
		path: `/s/${view.statementId}/sign`,
		main,
		scripts: view.proofOfWork ? ["/assets/sign.js", "/assets/pow.js"] : ["/assets/sign.js"],
		styles: view.proofOfWork ? ["/assets/altcha/altcha.css"] : [],
	});
}

export function resultHtml(
	options: { statementId: string; title: string; heading: string; message: string; statusUrl?: string },
	locale: Locale,
): string {
	const text = messages(locale).web;
	const main = html`<h1>${options.heading}</h1>
<p class="notice" role="status">${options.message}</p>
${options.statusUrl ? html`<p>${text.receivedBody} <a href="${options.statusUrl}">${options.statusUrl}</a></p>` : ""}
<p><a href="${withLang(`/s/${options.statementId}`, locale)}">${text.backToStatement}</a></p>`;
	return page({ locale, title: options.heading, path: `/s/${options.statementId}/sign`, main, private: true });
}

export function statusHtml(
	options: { statementId: string; title: string; adherence: Adherence | undefined; path: string },
	locale: Locale,
): string {
	const text = messages(locale).web;
	const adherence = options.adherence;
	const state = !adherence
		? text.statusUnknown
		: adherence.status === "pending"
			? text.statusPending
			: adherence.status === "approved"
				? text.statusApproved
				: adherence.status === "rejected"
					? text.statusRejected(adherence.rejectionReason)
					: text.statusWithdrawn;
	const main = html`<h1>${text.statusHeading(options.title)}</h1>
${adherence ? html`<p><strong>${adherence.submission.name}</strong></p>` : ""}
<p class="notice" role="status">${state}</p>
<p><a href="${withLang(`/s/${options.statementId}`, locale)}">${text.backToStatement}</a></p>`;
	return page({ locale, title: text.statusHeading(options.title), path: options.path, main, private: true });
}

export function embedHtml(view: StatementPage, locale: Locale, publicUrl: string): string {
	const text = messages(locale).web;
	const id = view.statement.id;
	const main = html`<h1><a href="${`${publicUrl}/s/${id}?lang=${locale}`}" target="_blank" rel="noopener">${view.title}</a></h1>
<p class="count">${text.embedSigned(view.list.count)}</p>
${view.open ? html`<p><a class="button" href="${`${publicUrl}/s/${id}/sign?lang=${locale}`}" target="_blank" rel="noopener">${text.signButton}</a></p>` : ""}`;
	return page({ locale, title: view.title, path: `/s/${id}/embed`, main, bare: true });
}

export function messageHtml(heading: string, message: Html | string, locale: Locale, path: string): string {
	return page({ locale, title: heading, path, main: html`<h1>${heading}</h1><p>${message}</p>` });
}
