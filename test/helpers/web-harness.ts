import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Challenge } from "altcha-lib/types";
import { Queue } from "bullmq";
import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { altchaProofOfWork } from "../../src/web/proof-of-work.js";
import { createWebServer, type WebServerOptions } from "../../src/web/server.js";
import { startTestCore, type TestCore } from "./test-core.js";

export const publicUrl = "http://127.0.0.1:8080";

export interface WebHarness {
	t: TestCore;
	app: FastifyInstance;
	stop(): Promise<void>;
}

/** The web server on the test core, with a real (cheap) proof of work and Redis-backed limits. */
export async function startWebHarness(options: Partial<WebServerOptions> = {}): Promise<WebHarness> {
	const t = await startTestCore();
	const queue = new Queue("web-harness-jobs", { connection: { host: "127.0.0.1", port: t.redis.port } });
	const app = await createWebServer({
		deps: t.deps,
		logger: pino({ level: "silent" }),
		publicUrl,
		proofOfWork: altchaProofOfWork({
			secret: "web-harness-secret",
			spendOnce: (key, ttl) => t.deps.rateLimits.take(key, 1, ttl),
			cost: 20,
		}),
		rateLimitRedis: t.redis.client(),
		organizers: { core: t.core, queues: [queue] },
		...options,
	});
	await app.ready();
	const unregister = t.links.registerWeb(publicUrl);
	return {
		t,
		app,
		stop: async () => {
			unregister();
			await app.close();
			await queue.close();
			await t.stop();
		},
	};
}

/** What a browser does with the sign page: keep its cookie and read the hidden token. */
export async function openSignForm(app: FastifyInstance, id: string, headers: Record<string, string> = {}) {
	const response = await app.inject({ method: "GET", url: `/s/${id}/sign`, headers });
	const cookie = response.cookies.find((entry) => entry.name === "sb_csrf");
	const token = /name="csrf" value="([^"]+)"/.exec(response.body)?.[1];
	return { response, cookie: cookie ? `sb_csrf=${cookie.value}` : (headers.cookie ?? ""), token: token ?? "" };
}

/** The widget's work, done here: solve our own challenge and encode it as the widget posts it. */
export async function solvedProofOfWork(app: FastifyInstance): Promise<string> {
	const challenge = (await app.inject({ method: "GET", url: "/pow/challenge" })).json() as Challenge;
	const solution = await solveChallenge({ challenge, deriveKey });
	if (!solution) throw new Error("could not solve the proof of work");
	return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

export async function postSignForm(
	app: FastifyInstance,
	id: string,
	fields: Record<string, string>,
	session: { cookie: string; token: string },
	headers: Record<string, string> = {},
) {
	return app.inject({
		method: "POST",
		url: `/s/${id}/sign`,
		headers: { "content-type": "application/x-www-form-urlencoded", cookie: session.cookie, ...headers },
		payload: new URLSearchParams({ csrf: session.token, ...fields }).toString(),
	});
}
