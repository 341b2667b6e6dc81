import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
	adherenceForStatusToken,
	type SignForm,
	signFormSchema,
	submitSignForm,
} from "../core/adherences/submit-form.js";
import type { Locale } from "../core/i18n/locale.js";
import { messages } from "../core/i18n/messages.js";
import { titleFor } from "../core/statements/language-version.js";
import { publicStatement } from "../core/statements/statement-page.js";
import { csrfMatches, csrfTokenFor } from "./csrf.js";
import { messageHtml, resultHtml, signFormHtml, statusHtml } from "./pages.js";
import type { ProofOfWork } from "./proof-of-work.js";
import type { WebContext } from "./server.js";

type SignRoute = { Params: { id: string }; Querystring: { lang?: string } };
const emptyForm: SignForm = { kind: "organization", name: "", abbreviation: "", country: "", contactEmail: "" };

/** The sign form, its post through the core, and the private status page of a signature. */
export function registerSignRoutes(
	app: FastifyInstance,
	web: WebContext,
	options: { proofOfWork: ProofOfWork; postsPerAddress: number; postsPerStatement: number },
): void {
	const { deps } = web;

	const formPage = async (
		request: FastifyRequest<SignRoute>,
		reply: FastifyReply,
		locale: Locale,
		view: { values: SignForm; problems?: Record<string, string>; formProblem?: string },
		status = 200,
	) => {
		const statement = await publicStatement(deps, request.params.id);
		const text = messages(locale).web;
		if (!statement)
			return web.html(
				reply,
				messageHtml(text.notFound, text.notFoundStatement(request.params.id.slice(0, 80)), locale, request.url),
				404,
			);
		if (statement.status !== "open") {
			const why = statement.status === "voting" ? text.statusVoting : text.statusClosed;
			return web.html(reply, messageHtml(text.refusedHeading, why, locale, request.url), 409);
		}
		const body = signFormHtml(
			{
				statementId: statement.id,
				title: titleFor(statement, locale),
				csrfToken: csrfTokenFor(request, reply, web.secureCookies),
				values: view.values,
				problems: view.problems ?? {},
				...(view.formProblem ? { formProblem: view.formProblem } : {}),
				proofOfWork: true,
			},
			locale,
		);
		return web.html(reply.header("cache-control", "no-store"), body, status);
	};

	app.get<SignRoute>("/s/:id/sign", (request, reply) =>
		formPage(request, reply, web.localeOf(request), { values: emptyForm }),
	);

	app.get("/pow/challenge", async (_request, reply) =>
		reply.header("cache-control", "no-store").send(await options.proofOfWork.challenge()),
	);

	app.post<SignRoute>(
		"/s/:id/sign",
		{ config: { rateLimit: { max: options.postsPerAddress, timeWindow: "10 minutes" } } },
		async (request, reply) => {
			const locale = web.localeOf(request);
			const text = messages(locale).web;
			const body = (request.body ?? {}) as Record<string, unknown>;
			const parsed = signFormSchema.safeParse(body);
			if (!parsed.success)
				return formPage(request, reply, locale, { values: emptyForm, formProblem: text.rejectedForm }, 400);
			const values = parsed.data;
			if (!csrfMatches(request, body.csrf))
				return formPage(request, reply, locale, { values, formProblem: text.expiredForm }, 403);
			// A person never fills the hidden field; a form-filling robot does. Nothing is stored.
			if (typeof body.website === "string" && body.website !== "")
				return formPage(request, reply, locale, { values, formProblem: text.rejectedForm }, 400);
			const statementKey = `web-sign:${request.params.id.slice(0, 80)}`;
			if (!(await deps.rateLimits.take(statementKey, options.postsPerStatement, 3600)))
				return web.html(reply, messageHtml(text.tooManyRequests, text.tooManyRequests, locale, request.url), 429);
			const proofOfWork = await options.proofOfWork.verify(typeof body.altcha === "string" ? body.altcha : undefined);
			const outcome = await submitSignForm(deps, request.params.id, values, { locale, proofOfWork });
			const statement = await publicStatement(deps, request.params.id);
			const title = statement ? titleFor(statement, locale) : request.params.id;
			if (outcome.kind === "invalid")
				return formPage(request, reply, locale, { values, problems: outcome.problems }, 422);
			if (outcome.kind === "refused")
				return web.html(reply, messageHtml(text.refusedHeading, outcome.message, locale, request.url), 409);
			const statusUrl =
				"statusToken" in outcome && outcome.statusToken
					? `${web.publicUrl}/s/${request.params.id}/status/${outcome.number}/${outcome.statusToken}?lang=${locale}`
					: undefined;
			const heading =
				outcome.kind === "received"
					? text.receivedHeading
					: outcome.kind === "signed"
						? text.signedHeading
						: text.alreadyHeading;
			return web.html(
				reply.header("cache-control", "no-store"),
				resultHtml({ statementId: request.params.id, title, heading, message: outcome.message, statusUrl }, locale),
				outcome.kind === "received" || outcome.kind === "signed" ? 201 : 200,
			);
		},
	);

	app.get<{ Params: { id: string; number: string; token: string }; Querystring: { lang?: string } }>(
		"/s/:id/status/:number/:token",
		async (request, reply) => {
			const locale = web.localeOf(request);
			const statement = await publicStatement(deps, request.params.id);
			const number = Number(request.params.number);
			const adherence =
				statement && Number.isSafeInteger(number) && number > 0 && request.params.token.length <= 64
					? await adherenceForStatusToken(deps, statement.id, number, request.params.token)
					: undefined;
			const body = statusHtml(
				{
					statementId: request.params.id,
					title: statement ? titleFor(statement, locale) : request.params.id,
					adherence,
					path: request.url,
				},
				locale,
			);
			return web.html(
				reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer"),
				body,
				adherence ? 200 : 404,
			);
		},
	);
}
