import type { Actor } from "../core/adherences/adherence.js";
import type { ChatAddress, ChatMessenger } from "../core/ports.js";
import type { Reply } from "../core/reply.js";
import type { Platform } from "../core/request.js";
import type { Logger } from "../logger.js";

/**
 * The adapters' messengers as one: each message goes to the adapter of the platform it is for.
 * The core is built before the adapters, so they register here when they start. A message it
 * cannot deliver rejects (after logging why), so the notice outbox keeps it and tries again.
 */
export class PlatformMessenger implements ChatMessenger {
	private readonly adapters = new Map<Platform, ChatMessenger>();

	constructor(private readonly logger: Logger) {}

	register(platform: Platform, messenger: ChatMessenger): void {
		this.adapters.set(platform, messenger);
	}

	async notifyUser(recipient: Actor, reply: Reply): Promise<void> {
		await this.adapter(recipient.platform)
			.notifyUser(recipient, reply)
			.catch((error) => {
				this.logger.warn({ err: error, platform: recipient.platform }, "could not notify a user");
				throw error;
			});
	}

	async notifyChat(chat: ChatAddress, reply: Reply): Promise<void> {
		const adapter = this.adapters.get(chat.platform);
		if (!adapter) {
			this.logger.warn({ platform: chat.platform, chat: chat.chatId }, "no adapter running for a moderation chat");
			return;
		}
		await adapter
			.notifyChat(chat, reply)
			.catch((error) =>
				this.logger.warn({ err: error, platform: chat.platform }, "could not notify a moderation chat"),
			);
	}

	private adapter(platform: Platform): ChatMessenger {
		const adapter = this.adapters.get(platform);
		if (!adapter) throw new Error(`no ${platform} adapter running in this process`);
		return adapter;
	}

	noModerationChat(campaignId: string, statementId: string): void {
		this.logger.warn(
			{ campaign: campaignId, statementId },
			"this campaign has no moderation chat: an organizer sets one with /moderatehere <campaign>",
		);
	}
}
