import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Adherence } from "../core/adherences/adherence.js";
import { exportStatementList } from "../core/adherences/export-statement.js";
import { type Access, organizesCampaign } from "../core/campaigns/access.js";
import { accessOf } from "../core/campaigns/access-of.js";
import type { Core } from "../core/core.js";
import type { Locale } from "../core/i18n/locale.js";
import { messages } from "../core/i18n/messages.js";
import type { Platform, RequestOrigin } from "../core/request.js";
import { titleFor } from "../core/statements/language-version.js";
import type { Statement } from "../core/statements/statement.js";
import { csrfMatches, csrfTokenFor } from "./csrf.js";
import { type Html, html } from "./html.js";
import { page } from "./layout.js";
import { messageHtml } from "./pages.js";
import { blocksHtml } from "./render-blocks.js";
import type { WebContext } from "./server.js";

export const sessionCookie = "sb_session";
const sessionTtlSeconds = 8 * 60 * 60;
const platforms: readonly Platform[] = ["console", "discord", "telegram"];

/** The person behind a session, as the core sees a request: their chat account, on the web. */
function originOfAccount(account: string): RequestOrigin | undefined {
	const colon = account.indexOf(":");
	const platform = account.slice(0, colon) as Platform;
	if (colon < 1 || !platforms.includes(platform)) return undefined;
	return {
		platform,
		chatId: "web",
		userId: account.slice(colon + 1),
		displayName: account,
		isChatAdmin: false,
		privateReplies: true,
	};
}

export interface OrganizerSession {
	account: string;
	origin: RequestOrigin;
	access: Access;
}

/** The organizer a request's session cookie stands for, as they are now: a revoked grant ends it. */
export function sessionReader(web: WebContext): (request: FastifyRequest) => Promise<OrganizerSession | undefined> {
	return async (request) => {
		const token = request.cookies[sessionCookie];
		const account = token ? await web.deps.webSessions.sessionAccount(token) : undefined;
		const origin = account ? originOfAccount(account) : undefined;
		if (!account || !origin) return undefined;
		const access = await accessOf(origin, web.deps);
		return access.operator || access.organizes.size > 0 ? { account, origin, access } : undefined;
	};
}

/**
 * The organizers' pages: a one-time link from /weblogin opens a session; with it, the pending
 * adherences of one's own campaigns, with their private contacts, decided through the core's own
 * /approve and /reject, and the exports with contacts.
 */
export function registerOrganizerRoutes(app: FastifyInstance, web: WebContext, core: Core): void {
	const { deps } = web;
	const sessionOf = sessionReader(web);
	const needsSession = (request: FastifyRequest, reply: FastifyReply, locale: Locale) => {
		const text = messages(locale).web;
		return web.html(reply, messageHtml(text.organizerHeading, text.sessionNeeded, locale, request.url), 401);
	};

	app.get<{ Params: { token: string } }>("/weblogin/:token", async (request, reply) => {
		const locale = web.localeOf(request);
		const text = messages(locale).web;
		reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer");
		const account = await deps.webSessions.redeemLogin(request.params.token);
		if (!account || !originOfAccount(account))
			return web.html(reply, messageHtml(text.organizerHeading, text.loginInvalid, locale, "/"), 410);
		const session = await deps.webSessions.startSession(account, sessionTtlSeconds);
		reply.setCookie(sessionCookie, session, {
			httpOnly: true,
			sameSite: "strict",
			secure: web.secureCookies,
			path: "/",
			maxAge: sessionTtlSeconds,
		});
		// A page, not a redirect: a SameSite=Strict cookie is sent only once the browser is on our site.
		const main = html`<h1>${text.organizerHeading}</h1><p><a class="button" href="/organizers?lang=${locale}">${text.organizerHeading}</a></p>`;
		return web.html(reply, page({ locale, title: text.organizerHeading, path: "/organizers", main, private: true }));
	});

	const pendingPage = async (
		request: FastifyRequest,
		reply: FastifyReply,
		session: OrganizerSession,
		locale: Locale,
		notice?: Html | string,
		status = 200,
	) => {
		const text = messages(locale).web;
		const csrf = csrfTokenFor(request, reply, web.secureCookies);
		const statements = (await deps.statements.list()).filter((statement) =>
			organizesCampaign(session.access, statement.campaign),
		);
		const sections = [];
		for (const statement of statements) {
			const pending = (await deps.adherences.list(statement.id)).filter((adherence) => adherence.status === "pending");
			sections.push(statementSection(statement, pending, csrf, locale));
		}
		const anyPending = sections.some((section) => section.pending > 0);
		const operator = session.access.operator ? html`<p><a href="/admin/queues">${text.queues}</a></p>` : "";
		const main = html`<h1>${text.organizerHeading}</h1>
<p class="meta">${text.signedInAs(session.account)}</p>
${notice ? html`<div class="notice" role="status">${notice}</div>` : ""}
${anyPending ? "" : html`<p>${text.organizerNone}</p>`}
${sections.map((section) => section.html)}
${operator}
<form method="post" action="/organizers/signout"><input type="hidden" name="csrf" value="${csrf}"><button class="secondary" type="submit">${text.signOut}</button></form>`;
		return web.html(
			reply.header("cache-control", "no-store"),
			page({ locale, title: text.organizerHeading, path: "/organizers", main, private: true }),
			status,
		);
	};

	app.get("/organizers", async (request, reply) => {
		const locale = web.localeOf(request);
		const session = await sessionOf(request);
		return session ? pendingPage(request, reply, session, locale) : needsSession(request, reply, locale);
	});

	app.post<{ Body: Record<string, unknown> }>("/organizers/decide", async (request, reply) => {
		const locale = web.localeOf(request);
		const session = await sessionOf(request);
		if (!session) return needsSession(request, reply, locale);
		const body = request.body ?? {};
		if (!csrfMatches(request, body.csrf))
			return pendingPage(request, reply, session, locale, messages(locale).web.expiredForm, 403);
		const statementId = String(body.statementId ?? "").slice(0, 80);
		const number = String(body.number ?? "").slice(0, 10);
		const decision = body.decision === "approve" ? "approve" : "reject";
		const reason =
			decision === "reject"
				? String(body.reason ?? "")
						.replace(/\s+/g, " ")
						.trim()
						.slice(0, 500)
				: "";
		// The same command a chat sends, with the same checks: the web adds no power of its own.
		const answer = await core.handleText(`/${decision} ${statementId} ${number}${reason ? ` ${reason}` : ""}`, {
			...session.origin,
			userLocale: locale,
		});
		return pendingPage(request, reply, session, locale, answer ? blocksHtml(answer.blocks) : undefined);
	});

	app.post<{ Body: Record<string, unknown> }>("/organizers/signout", async (request, reply) => {
		const locale = web.localeOf(request);
		const token = request.cookies[sessionCookie];
		if (token && csrfMatches(request, request.body?.csrf)) await deps.webSessions.endSession(token);
		reply.clearCookie(sessionCookie, { path: "/" });
		return web.html(reply, messageHtml(messages(locale).web.signOut, messages(locale).web.sessionNeeded, locale, "/"));
	});

	app.get<{ Params: { id: string } }>("/organizers/export/:id.csv", async (request, reply) => {
		const locale = web.localeOf(request);
		const session = await sessionOf(request);
		if (!session) return needsSession(request, reply, locale);
		const statement = await deps.statements.get(request.params.id);
		if (!statement || !organizesCampaign(session.access, statement.campaign))
			return web.html(reply, messageHtml(messages(locale).web.notFound, "", locale, request.url), 404);
		const csv = await exportStatementList(deps, statement, { format: "csv", withContacts: true, locale });
		return reply
			.header("cache-control", "no-store")
			.type("text/csv; charset=utf-8")
			.header("content-disposition", `attachment; filename="${statement.id}-signatories-with-contacts.csv"`)
			.send(csv);
	});
}

function statementSection(statement: Statement, pending: readonly Adherence[], csrf: string, locale: Locale) {
	const text = messages(locale).web;
	const rows = pending.map(
		(adherence) => html`<tr>
<td>#${adherence.number}</td>
<td><strong>${adherence.submission.name}</strong>${adherence.submission.abbreviation ? html` (${adherence.submission.abbreviation})` : ""}, ${adherence.submission.country}
${adherence.possibleDuplicateOf ? html`<br><span class="meta">${adherence.possibleDuplicateOf}</span>` : ""}</td>
<td>${adherence.submission.contactEmail ?? ""}</td>
<td>${adherence.submittedBy.platform}</td>
<td><form method="post" action="/organizers/decide?lang=${locale}">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="statementId" value="${statement.id}"><input type="hidden" name="number" value="${String(adherence.number)}">
<button type="submit" name="decision" value="approve">${text.approve} #${adherence.number}</button>
<label for="reason-${statement.id}-${adherence.number}">${text.rejectReason}</label>
<input type="text" id="reason-${statement.id}-${adherence.number}" name="reason" maxlength="500">
<button class="secondary" type="submit" name="decision" value="reject">${text.reject} #${adherence.number}</button>
</form></td></tr>`,
	);
	return {
		pending: pending.length,
		html: html`<section><h2>${titleFor(statement, locale)}</h2>
<p><a href="/organizers/export/${statement.id}.csv">CSV</a></p>
${
	pending.length > 0
		? html`<table><thead><tr><th>#</th><th>${text.nameLabel}</th><th>${text.organizerContact}</th><th>${text.organizerSource}</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
		: ""
}</section>`,
	};
}
