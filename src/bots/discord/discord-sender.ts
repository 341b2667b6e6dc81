import { createHash } from "node:crypto";
import { type REST, Routes } from "discord.js";
import type { ChatSender, DeliveryOutcome } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import { deliveryFailure } from "./delivery-outcome.js";
import { renderDiscordMessages } from "./discord-markdown.js";

/** Discord's nonce holds at most 25 characters, so the job's key is hashed into one. */
const nonceLength = 25;

export function nonceFor(idempotencyKey: string, part: number): string {
	return createHash("sha256").update(`${idempotencyKey}\u0000${part}`).digest("hex").slice(0, nonceLength);
}

/**
 * Messages to a channel outside any interaction: broadcasts, reminders, notifications. With an
 * idempotency key Discord itself drops a repeat (nonce + enforce_nonce), so a retried job sends once.
 */
export class DiscordChatSender implements ChatSender {
	readonly platform = "discord";

	constructor(private readonly rest: REST) {}

	async send(chatId: string, reply: Reply, idempotencyKey?: string): Promise<DeliveryOutcome> {
		let messageId: string | undefined;
		try {
			for (const [part, message] of renderDiscordMessages(reply).entries()) {
				const sent = (await this.rest.post(Routes.channelMessages(chatId), {
					body: {
						...message,
						allowed_mentions: { parse: [] },
						...(idempotencyKey ? { nonce: nonceFor(idempotencyKey, part), enforce_nonce: true } : {}),
					},
				})) as { id?: string };
				messageId = sent.id;
			}
		} catch (error) {
			return deliveryFailure(error);
		}
		return messageId ? { kind: "sent", messageId } : { kind: "sent" };
	}

	async edit(chatId: string, messageId: string, reply: Reply): Promise<boolean> {
		const [first] = renderDiscordMessages(reply);
		if (!first) return false;
		try {
			await this.rest.patch(Routes.channelMessage(chatId, messageId), {
				body: { ...first, allowed_mentions: { parse: [] } },
			});
			return true;
		} catch {
			return false;
		}
	}
}
