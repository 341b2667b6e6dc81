import { type DiscordAdapter, startDiscordAdapter } from "../../src/bots/discord/discord-adapter.js";
import { PlatformMessenger } from "../../src/bots/platform-messenger.js";
import type { CoreDependencies } from "../../src/core/context.js";
import type { Core } from "../../src/core/core.js";
import { createLogger } from "../../src/logger.js";
import { DiscordFake, type RecordedRequest } from "./discord-fake.js";
import { startTestCore, type TestCore } from "./test-core.js";

export interface DiscordHarness {
	fake: DiscordFake;
	testCore: TestCore;
	adapter: DiscordAdapter;
	messenger: PlatformMessenger;
	/** Feeds a raw interaction through the fake gateway and waits for the bot's first answer to it. */
	interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
	/** Waits until the adapter has sent everything it will send for an interaction (its log line says so). */
	handled(interactionId: string, timeoutMs?: number): Promise<void>;
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
	// The adapter's own log lines are the marker that an interaction is done; they are kept, not printed.
	const logLines: { msg?: string; interaction?: string }[] = [];
	const logger = createLogger(
		{ level: "info", fd: 2, pretty: false },
		{ write: (line: string) => void logLines.push(JSON.parse(line)) },
	);
	const messenger = new PlatformMessenger(logger);
	const testCore = await startTestCore(overrides, { messenger });
	const fake = await DiscordFake.start();
	const adapter = await startDiscordAdapter({
		token: "fake-token-for-tests",
		apiBase: fake.apiBase,
		core: wrapCore(testCore.core),
		chats: testCore.deps.chats,
		logger,
	});
	messenger.register("discord", adapter.messenger);
	return {
		fake,
		testCore,
		adapter,
		messenger,
		interact(payload) {
			fake.dispatch("INTERACTION_CREATE", payload);
			return fake.waitFor((request) => request.path.startsWith(`/interactions/${payload.id}/${payload.token}/`));
		},
		async handled(interactionId, timeoutMs = 5000) {
			const deadline = Date.now() + timeoutMs;
			const done = () =>
				logLines.some(
					(line) =>
						line.interaction === interactionId &&
						(line.msg === "interaction handled" || line.msg === "interaction failed"),
				);
			while (!done()) {
				if (Date.now() > deadline) throw new Error(`interaction ${interactionId} not handled in ${timeoutMs} ms`);
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		},
		async stop() {
			await adapter.stop();
			await fake.close();
			await testCore.stop();
		},
	};
}
