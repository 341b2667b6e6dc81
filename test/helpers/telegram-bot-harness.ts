import { PlatformMessenger } from "../../src/bots/platform-messenger.js";
import { startTelegramAdapter, type TelegramAdapter } from "../../src/bots/telegram/telegram-adapter.js";
import { ModerationRouter } from "../../src/core/chats/moderation-router.js";
import type { CoreDependencies } from "../../src/core/context.js";
import { type Core, createCore } from "../../src/core/core.js";
import { createLogger } from "../../src/logger.js";
import { TelegramTestServer } from "./telegram-test-server.js";
import { startTestCore, type TestCore } from "./test-core.js";

export interface TelegramHarness {
	t: TestCore;
	core: Core;
	/** The dependencies the core runs on, with the adapter's notifier. */
	deps: CoreDependencies;
	messenger: PlatformMessenger;
	server: TelegramTestServer;
	adapter: TelegramAdapter;
	stop(): Promise<void>;
}

/**
 * The real core on its own Redis, the real telegraf bot polling telegram-test-api, and the
 * adapter's notifier wired in as a running bot wires it.
 */
export async function startTelegramHarness(
	options: { webhookPort?: number; organizerIds?: string[] } = {},
): Promise<TelegramHarness> {
	const t = await startTestCore();
	const logger = createLogger({ level: process.env.LOG_LEVEL ?? "silent", fd: 2, pretty: false });
	const messenger = new PlatformMessenger(logger);
	const notifier = new ModerationRouter(t.deps.statements, t.deps.chats, messenger);
	const deps: CoreDependencies = { ...t.deps, notifier };
	const core = createCore(deps, { error: (details) => t.bugs.push(details) });
	const server = await TelegramTestServer.start();
	const adapter = await startTelegramAdapter({
		token: server.token,
		apiRoot: server.apiRoot,
		core,
		chats: t.deps.chats,
		links: t.links,
		logger,
		organizerIds: options.organizerIds ?? ["2001"],
		...(options.webhookPort
			? { webhook: { url: `http://127.0.0.1:${options.webhookPort}/telegram-hook`, port: options.webhookPort } }
			: {}),
	});
	messenger.register("telegram", adapter.messenger);
	return {
		t,
		core,
		deps,
		messenger,
		server,
		adapter,
		async stop() {
			// Closing the fake while a request of the bot is still on the wire ends that request with
			// "socket hang up" after the test is over; only that teardown noise is let through.
			const teardownNoise = (reason: unknown) => {
				if (!/socket hang up|ECONNRESET|ECONNREFUSED/.test(String((reason as Error)?.message ?? reason))) throw reason;
			};
			process.on("unhandledRejection", teardownNoise);
			setTimeout(() => process.off("unhandledRejection", teardownNoise), 5_000).unref();
			// The adapter stops first: in webhook mode it lets an update it is handling finish, and
			// that update's replies need the fake still running.
			await adapter.stop();
			await server.stop();
			await t.stop();
		},
	};
}
