import { randomBytes } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyFormbody from "@fastify/formbody";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import type { Queue } from "bullmq";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { CoreDependencies } from "../core/context.js";
import type { Core } from "../core/core.js";
import type { Locale } from "../core/i18n/locale.js";
import { messages } from "../core/i18n/messages.js";
import type { Logger } from "../logger.js";
import { registerOrganizerRoutes, sessionReader } from "./organizer-routes.js";
import { messageHtml } from "./pages.js";
import type { ProofOfWork } from "./proof-of-work.js";
import { registerPublicRoutes } from "./public-routes.js";
import { registerQueueBoard } from "./queue-board.js";
import { registerSignRoutes } from "./sign-routes.js";
import { registerStaticAssets } from "./static-assets.js";
import { requestLocale } from "./web-locale.js";

export interface WebServerOptions {
	deps: CoreDependencies;
	logger: Logger;
	/** Where people reach the site: every absolute link starts with it. */
	publicUrl: string;
	proofOfWork: ProofOfWork;
	/** The store's own client, so that the per-address limits hold across replicas. */
	rateLimitRedis?: unknown;
	/** Sign posts one address may make in ten minutes. */
	signPostsPerAddress?: number;
	/** Behind a reverse proxy: the client's address is X-Forwarded-For's. */
	trustProxy?: boolean;
	/** Sign posts one statement may take in an hour, from everyone together. */
	signPostsPerStatement?: number;
	/** The organizers' pages: decisions go through the core's own commands. */
	organizers?: { core: Core; queues: readonly Queue[] };
}

/** What every route needs: the core's dependencies, the reader's language, and the site's address. */
export interface WebContext {
	deps: CoreDependencies;
	publicUrl: string;
	secureCookies: boolean;
	localeOf(request: FastifyRequest): Locale;
	html(reply: FastifyReply, body: string, status?: number): FastifyReply;
}

/** Beyond this, a form is not a signature; 10 kB fields still arrive, to be refused politely. */
const bodyLimitBytes = 64 * 1024;

/**
 * Pages and strict headers: no inline script or style anywhere, and no framing except the embed
 * card, which sets its own frame-ancestors.
 */
const contentSecurityPolicy = {
	directives: {
		defaultSrc: ["'self'"],
		scriptSrc: ["'self'"],
		styleSrc: ["'self'"],
		imgSrc: ["'self'", "data:"],
		workerSrc: ["'self'"],
		connectSrc: ["'self'"],
		formAction: ["'self'"],
		frameAncestors: ["'none'"],
		baseUri: ["'none'"],
		objectSrc: ["'none'"],
	},
};

export async function createWebServer(options: WebServerOptions): Promise<FastifyInstance> {
	const publicUrl = options.publicUrl.replace(/\/+$/, "");
	const app = Fastify({
		bodyLimit: bodyLimitBytes,
		connectionTimeout: 30_000,
		requestTimeout: 15_000,
		trustProxy: options.trustProxy ?? false,
		// Each request's own lines (info) would drown the log; problems still come through.
		loggerInstance: options.logger.child({ component: "web" }, { level: "warn" }) as FastifyBaseLogger,
	});
	const web: WebContext = {
		deps: options.deps,
		publicUrl,
		secureCookies: publicUrl.startsWith("https://"),
		localeOf: (request) => requestLocale(request.query, request.headers["accept-language"], options.deps.defaultLocale),
		html: (reply, body, status = 200) => reply.code(status).type("text/html; charset=utf-8").send(body),
	};
	await app.register(fastifyHelmet, {
		contentSecurityPolicy,
		// The site is plain HTTP on 127.0.0.1 by default; HSTS belongs to the proxy that adds TLS.
		hsts: web.secureCookies,
		crossOriginEmbedderPolicy: false,
	});
	await app.register(fastifyCookie);
	await app.register(fastifyFormbody, { bodyLimit: bodyLimitBytes });
	await app.register(fastifyRateLimit, {
		global: false,
		...(options.rateLimitRedis ? { redis: options.rateLimitRedis as never, nameSpace: "{sb}:web-rate:" } : {}),
		errorResponseBuilder: (_request, context) => ({
			statusCode: 429,
			code: "RATE_LIMITED",
			message: `rate limited for ${context.after}`,
		}),
	});

	app.setNotFoundHandler((request, reply) => {
		const locale = web.localeOf(request);
		const text = messages(locale).web;
		return web.html(reply, messageHtml(text.notFound, text.notFound, locale, request.url), 404);
	});
	app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
		const locale = web.localeOf(request);
		const text = messages(locale).web;
		if (error.statusCode === 429)
			return web.html(reply, messageHtml(text.tooManyRequests, text.tooManyRequests, locale, request.url), 429);
		if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || error.statusCode === 413)
			return web.html(reply, messageHtml(text.rejectedForm, text.rejectedForm, locale, request.url), 413);
		if (options.deps.isUnavailable?.(error))
			return web.html(reply, messageHtml(text.unavailable, text.unavailable, locale, request.url), 503);
		if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
			return web.html(reply, messageHtml(text.rejectedForm, text.rejectedForm, locale, request.url), error.statusCode);
		const reference = randomBytes(4).toString("hex");
		request.log.error({ err: error, reference, url: request.routeOptions.url }, "web request failed");
		return web.html(
			reply,
			messageHtml(text.unavailable, `${text.unavailable} (${reference})`, locale, request.url),
			500,
		);
	});

	registerStaticAssets(app);
	registerPublicRoutes(app, web);
	registerSignRoutes(app, web, {
		proofOfWork: options.proofOfWork,
		postsPerAddress: options.signPostsPerAddress ?? 20,
		postsPerStatement: options.signPostsPerStatement ?? 500,
	});
	if (options.organizers) {
		registerOrganizerRoutes(app, web, options.organizers.core);
		await registerQueueBoard(app, web, options.organizers.queues, sessionReader(web));
	}
	return app;
}
