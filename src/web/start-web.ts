import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Runtime } from "../runtime.js";
import { altchaProofOfWork } from "./proof-of-work.js";
import { createWebServer } from "./server.js";

export type StartedWeb = { kind: "started"; url: string; app: FastifyInstance; close(): Promise<void> };
export type WebStart = StartedWeb | { kind: "off" } | { kind: "failed"; problem: string };

/**
 * The public pages in this process. A port that is taken is one line for the operator, and the
 * chat goes on without the pages.
 */
export async function startWeb(runtime: Runtime): Promise<WebStart> {
	const { config } = runtime;
	if (config.WEB_PORT === 0) return { kind: "off" };
	const publicUrl = (config.PUBLIC_URL ?? `http://${config.WEB_HOST}:${config.WEB_PORT}`).replace(/\/+$/, "");
	const app = await createWebServer({
		deps: runtime.deps,
		logger: runtime.logger,
		publicUrl,
		proofOfWork: altchaProofOfWork({
			// Without a configured secret, challenges are good for this process only.
			secret: config.WEB_SECRET ?? randomBytes(32).toString("hex"),
			spendOnce: (key, ttl) => runtime.deps.rateLimits.take(key, 1, ttl),
		}),
		rateLimitRedis: runtime.redis.redis,
		signPostsPerAddress: config.WEB_SIGNS_PER_ADDRESS,
		signPostsPerStatement: config.WEB_SIGNS_PER_STATEMENT,
		trustProxy: config.WEB_TRUST_PROXY,
		organizers: {
			core: runtime.core,
			queues: [
				runtime.broadcastQueues.broadcasts,
				runtime.broadcastQueues.planner,
				...runtime.broadcastQueues.send.values(),
			],
		},
	});
	try {
		await app.listen({ port: config.WEB_PORT, host: config.WEB_HOST });
	} catch (error) {
		await app.close().catch(() => {});
		const code = (error as NodeJS.ErrnoException).code;
		const problem =
			code === "EADDRINUSE"
				? `web pages off: port ${config.WEB_PORT} on ${config.WEB_HOST} is taken (set WEB_PORT to another port, or 0 to turn the pages off)`
				: `web pages off: could not listen on ${config.WEB_HOST}:${config.WEB_PORT} (${(error as Error).message})`;
		return { kind: "failed", problem };
	}
	const unregister = runtime.links.registerWeb(publicUrl);
	return {
		kind: "started",
		url: publicUrl,
		app,
		close: async () => {
			unregister();
			await app.close();
		},
	};
}
