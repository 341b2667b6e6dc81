import { type DiscordAdapter, startDiscordAdapter } from "../../src/bots/discord/discord-adapter.js";
import { PlatformNotifier } from "../../src/bots/platform-notifier.js";
import type { CoreDependencies } from "../../src/core/context.js";
import type { Core } from "../../src/core/core.js";
import { createLogger } from "../../src/logger.js";
import { DiscordFake, type RecordedRequest } from "./discord-fake.js";
import { startTestCore, type TestCore } from "./test-core.js";

export interface DiscordHarness {
	fake: DiscordFake;
	testCore: TestCore;
	adapter: DiscordAdapter;
	/** Feeds a raw interaction through the fake gateway and waits for the bot's first answer to it. */
	interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
	stop(): Promise<void>;
}

/**
 * The real adapter and client against the fake Discord, on the real core and a Redis of its own.
 * The core's notifications go through the Discord adapter, as in a running bot.
 */
export async function startDiscordHarness(
	wrapCore: (core: Core) => Core = (core) => core,
	overrides: Partial<CoreDependencies> = {},
): Promise<DiscordHarness> {
	const logger = createLogger({ level: process.env.LOG_LEVEL ?? "silent", fd: 2, pretty: false });
	const notifier = new PlatformNotifier(logger);
	const testCore = await startTestCore({ notifier, ...overrides });
	const fake = await DiscordFake.start();
	const adapter = await startDiscordAdapter({
		token: "fake-token-for-tests",
		apiBase: fake.apiBase,
		core: wrapCore(testCore.core),
		chats: testCore.deps.chats,
		logger,
	});
	notifier.register("discord", adapter.notifier);
	return {
		fake,
		testCore,
		adapter,
		interact(payload) {
			fake.dispatch("INTERACTION_CREATE", payload);
			return fake.waitFor((request) => request.path.startsWith(`/interactions/${payload.id}/${payload.token}/`));
		},
		async stop() {
			await adapter.stop();
			await fake.close();
			await testCore.stop();
		},
	};
}
