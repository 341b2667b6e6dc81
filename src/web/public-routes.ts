import type { FastifyInstance } from "fastify";
import { exportStatementList } from "../core/adherences/export-statement.js";
import { messages } from "../core/i18n/messages.js";
import { titleFor } from "../core/statements/language-version.js";
import { openStatementsByCampaign, publicStatement, statementPage } from "../core/statements/statement-page.js";
import { daysCalendar, signatoriesAtom } from "./feeds.js";
import { StatementPageCache } from "./page-cache.js";
import { embedHtml, homePage, messageHtml, statementHtml } from "./pages.js";
import type { WebContext } from "./server.js";

type IdParams = { Params: { id: string }; Querystring: { lang?: string; v?: string } };

/** Pages and feeds anyone may read: open statements, their lists, the days. Never a contact. */
export function registerPublicRoutes(app: FastifyInstance, web: WebContext): void {
	const { deps } = web;
	const cache = new StatementPageCache(deps);
	const notFound = (request: { url: string }, id: string, locale: ReturnType<WebContext["localeOf"]>) => {
		const text = messages(locale).web;
		return messageHtml(text.notFound, text.notFoundStatement(id.slice(0, 80)), locale, request.url);
	};

	app.get("/", async (request, reply) => {
		const locale = web.localeOf(request);
		return web.html(reply, homePage(await openStatementsByCampaign(deps, locale), locale));
	});

	app.get<IdParams>("/s/:id", async (request, reply) => {
		const locale = web.localeOf(request);
		const version = typeof request.query.v === "string" ? request.query.v.slice(0, 10) : undefined;
		const body = await cache.get(request.params.id, `${locale}:${version ?? ""}`, async () => {
			const view = await statementPage(deps, request.params.id, locale, version);
			return view && statementHtml(view, locale);
		});
		return body === undefined
			? web.html(reply, notFound(request, request.params.id, locale), 404)
			: web.html(reply.header("vary", "accept-language"), body);
	});

	app.get<IdParams>("/s/:id/embed", async (request, reply) => {
		const locale = web.localeOf(request);
		const view = await statementPage(deps, request.params.id, locale);
		if (!view) return web.html(reply, notFound(request, request.params.id, locale), 404);
		// The one page other sites may frame.
		reply.removeHeader("x-frame-options");
		reply.header(
			"content-security-policy",
			"default-src 'self'; style-src 'self'; script-src 'none'; frame-ancestors *; base-uri 'none'; object-src 'none'",
		);
		return web.html(reply, embedHtml(view, locale, web.publicUrl));
	});

	const exportOf = async (id: string, format: "json" | "csv", locale: ReturnType<WebContext["localeOf"]>) => {
		const statement = await publicStatement(deps, id);
		return statement && exportStatementList(deps, statement, { format, withContacts: false, locale });
	};
	for (const format of ["json", "csv"] as const) {
		app.get<IdParams>(`/s/:id/signatories.${format}`, async (request, reply) => {
			const locale = web.localeOf(request);
			const body = await exportOf(request.params.id, format, locale);
			if (body === undefined) return web.html(reply, notFound(request, request.params.id, locale), 404);
			return reply
				.type(format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8")
				.header("access-control-allow-origin", "*")
				.header("content-disposition", `inline; filename="${request.params.id}-signatories.${format}"`)
				.send(body);
		});
	}

	app.get<IdParams>("/s/:id/feed.atom", async (request, reply) => {
		const locale = web.localeOf(request);
		const statement = await publicStatement(deps, request.params.id);
		if (!statement) return web.html(reply, notFound(request, request.params.id, locale), 404);
		const body = signatoriesAtom({
			statementId: statement.id,
			title: titleFor(statement, locale),
			adherences: await deps.adherences.list(statement.id),
			publicUrl: web.publicUrl,
			locale,
			updated: deps.now(),
		});
		return reply.type("application/atom+xml; charset=utf-8").send(body);
	});

	const calendar = async (campaign: string | undefined, locale: ReturnType<WebContext["localeOf"]>) => {
		const days = (await deps.days.list()).filter((day) => !campaign || day.campaign === campaign);
		const campaigns = await deps.campaigns.list();
		const name = campaign
			? (campaigns.find((candidate) => candidate.id === campaign)?.name ?? campaign)
			: messages(locale).web.siteTitle;
		return daysCalendar({
			name,
			days,
			locale,
			publicUrl: web.publicUrl,
			today: deps.now().toISOString().slice(0, 10),
		});
	};
	app.get("/days.ics", async (request, reply) =>
		reply.type("text/calendar; charset=utf-8").send(await calendar(undefined, web.localeOf(request))),
	);
	app.get<{ Params: { campaign: string } }>("/c/:campaign/days.ics", async (request, reply) => {
		const locale = web.localeOf(request);
		const known = (await deps.campaigns.list()).some((campaign) => campaign.id === request.params.campaign);
		if (!known) return web.html(reply, messageHtml(messages(locale).web.notFound, "", locale, request.url), 404);
		return reply.type("text/calendar; charset=utf-8").send(await calendar(request.params.campaign, locale));
	});
}
