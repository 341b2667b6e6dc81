import { type REST, Routes } from "discord.js";
import type { Actor } from "../../core/adherences/adherence.js";
import type { ChatRepository, DeliveryOutcome, Notifier } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../logger.js";
import type { DiscordChatSender } from "./discord-sender.js";

/**
 * Tells a submitter the outcome in the channel they signed from, and sends moderation cards to the
 * organizers' channel of the server the adherence came from. The server is looked up from the
 * channel, since an actor carries only the channel.
 */
export class DiscordNotifier implements Notifier {
	constructor(
		private readonly sender: DiscordChatSender,
		private readonly rest: REST,
		private readonly chats: ChatRepository,
		private readonly logger: Logger,
	) {}

	async notifyUser(recipient: Actor, reply: Reply): Promise<void> {
		this.settle(await this.sender.send(recipient.chatId, reply), recipient.chatId);
	}

	/** A 429 or a failure worth retrying rejects, so the notice outbox tries again; gone is gone. */
	private settle(outcome: DeliveryOutcome, chatId: string): void {
		if (outcome.kind === "rate-limited")
			throw Object.assign(new Error("discord rate limit"), { retryAfterMs: outcome.retryAfterMs });
		if (outcome.kind === "failed" && outcome.retryable) throw new Error(outcome.reason);
		if (outcome.kind !== "sent")
			this.logger.warn({ platform: "discord", chat: chatId, outcome }, "a notification cannot be delivered");
	}

	async notifyOrganizers(statementId: string, origin: Actor, reply: Reply): Promise<void> {
		const guildId = await this.guildOf(origin.chatId);
		const chatId = guildId ? await this.chats.organizerChat("discord", guildId) : undefined;
		// The card waits in the outbox until an organizer names a channel with /moderatehere.
		if (!chatId) throw new Error(`no organizers' channel on server ${guildId ?? "?"} for ${statementId}`);
		this.settle(await this.sender.send(chatId, reply), chatId);
	}

	private async guildOf(channelId: string): Promise<string | undefined> {
		try {
			const channel = (await this.rest.get(Routes.channel(channelId))) as { guild_id?: string };
			return channel.guild_id;
		} catch (error) {
			this.logger.warn({ platform: "discord", chat: channelId, err: error }, "could not look up a channel's server");
			return undefined;
		}
	}
}
