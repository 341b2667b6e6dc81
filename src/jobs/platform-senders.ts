import { PooledTelegram } from "../bots/telegram/pooled-telegram.js";
import { TelegramDelivery } from "../bots/telegram/telegram-delivery.js";
import type { Environment } from "../config.js";
import type { ChatRepository, ChatSender } from "../core/ports.js";
import type { Platform } from "../core/request.js";
import type { Logger } from "../logger.js";
import { LazyChatSender } from "./lazy-chat-sender.js";

/**
 * Senders for the job workers, one per platform whose token is set. They only call the platform's
 * HTTP API (no polling, no gateway), so worker processes can run anywhere, as many as needed.
 */
export function createPlatformSenders(
	config: Pick<Environment, "TELEGRAM_BOT_TOKEN" | "TELEGRAM_API_ROOT" | "DISCORD_TOKEN" | "DISCORD_API_BASE">,
	chats: ChatRepository,
	logger: Logger,
): Map<Platform, ChatSender> {
	const senders = new Map<Platform, ChatSender>();
	if (config.TELEGRAM_BOT_TOKEN) {
		// Thousands of sends a second: their HTTP calls go through a pool, not telegraf's node-fetch.
		const telegram = new PooledTelegram(
			config.TELEGRAM_BOT_TOKEN,
			config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {},
		);
		// Whether a send is a paid broadcast is the send's to say (its lane), not the sender's.
		senders.set("telegram", new TelegramDelivery(telegram, chats, logger.child({ platform: "telegram" })));
	}
	const discordToken = config.DISCORD_TOKEN;
	if (discordToken) {
		senders.set(
			"discord",
			new LazyChatSender("discord", async () => {
				const [{ REST }, { DiscordChatSender }] = await Promise.all([
					import("discord.js"),
					import("../bots/discord/discord-sender.js"),
				]);
				// A rate limit comes back as an outcome, so the queue pauses instead of a worker sleeping.
				const rest = new REST({
					...(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}),
					rejectOnRateLimit: () => true,
					retries: 1,
				});
				return new DiscordChatSender(rest.setToken(discordToken));
			}),
		);
	}
	return senders;
}
