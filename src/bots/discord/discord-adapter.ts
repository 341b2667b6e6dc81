import { once } from "node:events";
import { Client, Events, GatewayIntentBits, REST } from "discord.js";
import type { Core } from "../../core/core.js";
import type { ChatMessenger, ChatRepository, ChatSender } from "../../core/ports.js";
import type { Logger } from "../../logger.js";
import { DiscordMessenger } from "./discord-messenger.js";
import { DiscordChatSender } from "./discord-sender.js";
import { handleInteraction } from "./interaction-handler.js";

export interface DiscordAdapterOptions {
	token: string;
	/** DISCORD_API_BASE: a proxy, or the tests' fake of Discord (e.g. http://127.0.0.1:4000/api). */
	apiBase?: string;
	core: Core;
	chats: ChatRepository;
	logger: Logger;
}

export interface DiscordAdapter {
	messenger: ChatMessenger;
	sender: ChatSender;
	client: Client;
	stop(): Promise<void>;
}

/**
 * Connects to Discord and serves interactions until stopped. The gateway reconnects by itself and
 * discord.js's REST retries 5xx and network failures and waits out rate limits; anything still
 * failing is logged, never thrown into the process.
 */
export async function startDiscordAdapter(options: DiscordAdapterOptions): Promise<DiscordAdapter> {
	const { core, logger } = options;
	const api = options.apiBase ? { api: options.apiBase } : {};
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		rest: api,
		// A second guard besides every message's own: nothing the bot sends may ping.
		allowedMentions: { parse: [], repliedUser: false },
	});
	client.on(Events.Error, (error) => logger.error({ platform: "discord", err: error }, "discord client error"));
	client.on(Events.Warn, (message) => logger.warn({ platform: "discord" }, message));
	client.on(Events.ShardError, (error, shard) =>
		logger.warn({ platform: "discord", shard, err: error }, "gateway connection error; reconnecting"),
	);
	client.rest.on("rateLimited", (info) =>
		logger.warn({ platform: "discord", route: info.route, retryAfterMs: info.retryAfter }, "discord rate limit"),
	);
	client.on(Events.InteractionCreate, (interaction) => {
		void handleInteraction(interaction, { core, logger });
	});

	// Broadcast jobs want a rate limit back as an answer (to pause their queue), not a silent wait.
	const jobRest = new REST({ ...api, rejectOnRateLimit: () => true, retries: 1 }).setToken(options.token);
	const sender = new DiscordChatSender(jobRest);
	const messenger = new DiscordMessenger(new DiscordChatSender(client.rest), logger);

	const ready = once(client, Events.ClientReady);
	await client.login(options.token);
	await ready;
	logger.info({ platform: "discord", user: client.user?.id }, "discord adapter ready");
	return {
		messenger,
		sender,
		client,
		stop: async () => {
			await client.destroy();
		},
	};
}
