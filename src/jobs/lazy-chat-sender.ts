import type { ChatSender, DeliveryOutcome } from "../core/ports.js";
import type { Reply } from "../core/reply.js";

/**
 * A platform's sender whose client library is loaded by its first message, not when the senders
 * are made: discord.js alone adds about 20 MiB to a process, which a worker that only ever sends
 * to Telegram chats (or is idle) should not carry. A load that fails is tried again next time.
 */
export class LazyChatSender implements ChatSender {
	private loading: Promise<ChatSender> | undefined;

	constructor(
		readonly platform: ChatSender["platform"],
		private readonly load: () => Promise<ChatSender>,
	) {}

	async send(
		chatId: string,
		reply: Reply,
		idempotencyKey?: string,
		options?: { paid?: boolean },
	): Promise<DeliveryOutcome> {
		return (await this.sender()).send(chatId, reply, idempotencyKey, options);
	}

	async edit(chatId: string, messageId: string, reply: Reply): Promise<boolean> {
		return (await this.sender()).edit(chatId, messageId, reply);
	}

	private sender(): Promise<ChatSender> {
		this.loading ??= this.load().catch((error: unknown) => {
			this.loading = undefined;
			throw error;
		});
		return this.loading;
	}
}
