import type { Actor } from "../../core/adherences/adherence.js";
import type { ChatAddress, ChatMessenger } from "../../core/ports.js";
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
		const outcome = await this.sender.send(recipient.chatId, reply);
		if (outcome.kind !== "sent")
			this.logger.warn({ platform: "discord", chat: recipient.chatId, outcome }, "could not notify a user");
	}

	async notifyChat(chat: ChatAddress, reply: Reply): Promise<void> {
		const outcome = await this.sender.send(chat.chatId, reply);
		if (outcome.kind !== "sent")
			this.logger.warn({ platform: "discord", chat: chat.chatId, outcome }, "could not send to a moderation chat");
	}
}
