import type { Actor } from "../../core/adherences/adherence.js";
import type { ChatAddress, ChatMessenger, DeliveryOutcome } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../logger.js";
import type { DiscordChatSender } from "./discord-sender.js";

/** Tells a submitter the outcome in the channel they signed from; sends moderation cards to a channel. */
export class DiscordMessenger implements ChatMessenger {
	constructor(
		private readonly sender: DiscordChatSender,
		private readonly logger: Logger,
	) {}

	async notifyUser(recipient: Actor, reply: Reply): Promise<void> {
		this.settle(await this.sender.send(recipient.chatId, reply), recipient.chatId);
	}

	async notifyChat(chat: ChatAddress, reply: Reply): Promise<void> {
		this.settle(await this.sender.send(chat.chatId, reply), chat.chatId);
	}

	/** A 429 or a failure worth retrying rejects, so the notice outbox tries again; gone is gone. */
	private settle(outcome: DeliveryOutcome, chatId: string): void {
		if (outcome.kind === "rate-limited")
			throw Object.assign(new Error("discord rate limit"), { retryAfterMs: outcome.retryAfterMs });
		if (outcome.kind === "failed" && outcome.retryable) throw new Error(outcome.reason);
		if (outcome.kind !== "sent")
			this.logger.warn({ platform: "discord", chat: chatId, outcome }, "a notification cannot be delivered");
	}
}
