import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { Queue } from "bullmq";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { messages } from "../core/i18n/messages.js";
import type { OrganizerSession } from "./organizer-routes.js";
import { messageHtml } from "./pages.js";
import type { WebContext } from "./server.js";

export const queueBoardPath = "/admin/queues";

/** BullMQ's queues in bull-board, for operators only: it can retry and remove jobs. */
export async function registerQueueBoard(
	app: FastifyInstance,
	web: WebContext,
	queues: readonly Queue[],
	sessionOf: (request: FastifyRequest) => Promise<OrganizerSession | undefined>,
): Promise<void> {
	const serverAdapter = new FastifyAdapter();
	createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });
	serverAdapter.setBasePath(queueBoardPath);
	await app.register(
		async (board) => {
			board.addHook("onRequest", async (request, reply) => {
				const session = await sessionOf(request);
				if (session?.access.operator) return;
				const locale = web.localeOf(request);
				const text = messages(locale).web;
				await web.html(reply, messageHtml(text.queues, text.sessionNeeded, locale, request.url), 403);
			});
			await board.register(serverAdapter.registerPlugin());
		},
		{ prefix: queueBoardPath },
	);
}
