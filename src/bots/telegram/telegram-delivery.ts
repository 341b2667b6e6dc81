import type { Telegram } from "telegraf";
import type { Convenience } from "telegraf/types";
import type { ChatRepository, ChatSender, DeliveryOutcome } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../logger.js";
import { classifyTelegramError, type TelegramFailure } from "./telegram-errors.js";
import { renderTelegram, type TelegramMessage } from "./telegram-html.js";

export interface SendOptions {
	/** Answer this message of the user's: how a group sees whom a private reply is for. */
	replyTo?: number;
	/** Ask the user to reply to the bot, so a group bot in privacy mode still gets the next answer. */
	forceReply?: boolean;
	/** allow_paid_broadcast: Telegram lets such sends exceed the free 30 a second, up to 1,000. */
	paidBroadcast?: boolean;
}

/** A 429 this short is waited out in place; a longer one parks the rest of the reply. */
const inlineWaitMs = 5_000;
/** Attempts a parked reply gets before it is given up and logged. */
const maxParkedAttempts = 3;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function extraFor(message: TelegramMessage, options: SendOptions, first: boolean): Convenience.ExtraReplyMessage {
	const extra: Convenience.ExtraReplyMessage = { parse_mode: "HTML", link_preview_options: { is_disabled: true } };
	if (first && options.replyTo !== undefined)
		extra.reply_parameters = { message_id: options.replyTo, allow_sending_without_reply: true };
	if (message.keyboard) extra.reply_markup = { inline_keyboard: message.keyboard };
	else if (options.forceReply) extra.reply_markup = { force_reply: true, selective: true };
	if (options.paidBroadcast) Object.assign(extra, { allow_paid_broadcast: true });
	return extra;
}

/**
 * Everything the bot sends goes through here: rendering, Telegram's errors turned into outcomes,
 * a migrated group followed, a chat that is gone unsubscribed.
 */
export class TelegramDelivery implements ChatSender {
	readonly platform = "telegram" as const;
	private readonly parked = new Set<NodeJS.Timeout>();

	constructor(
		private readonly telegram: Telegram,
		private readonly chats: ChatRepository,
		private readonly logger: Logger,
	) {}

	/** A broadcast's message; `paid`: as a paid broadcast (allow_paid_broadcast), faster and charged in Stars. */
	async send(chatId: string, reply: Reply, _idempotencyKey?: string, options?: { paid?: boolean }) {
		const paid = options?.paid === true ? { paidBroadcast: true } : {};
		return (await this.deliver(chatId, renderTelegram(reply), paid)).outcome;
	}

	async edit(chatId: string, messageId: string, reply: Reply): Promise<boolean> {
		const [message, ...more] = renderTelegram(reply);
		if (!message || more.length > 0) return false;
		try {
			await this.telegram.editMessageText(chatId, Number(messageId), undefined, message.html, {
				parse_mode: "HTML",
				link_preview_options: { is_disabled: true },
				...(message.keyboard ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
			});
			return true;
		} catch (error) {
			const failure = classifyTelegramError(error);
			if (failure.kind === "not-modified") return true;
			this.logger.warn({ platform: "telegram", chat: chatId, failure }, "could not edit a message");
			return false;
		}
	}

	/**
	 * A reply to someone in a chat: a short 429 is waited out, a longer one parks the rest of the
	 * reply and retries it later, so a rate limit delays an answer rather than losing it.
	 */
	async respond(chatId: string, reply: Reply, options: SendOptions = {}): Promise<void> {
		await this.respondMessages(chatId, renderTelegram(reply), options, 1);
	}

	/**
	 * A notification the outbox hands over (a moderation card, a submitter's outcome): a short 429 is
	 * waited out; a longer one, or a failure worth retrying, rejects with `retryAfterMs`, so the
	 * outbox keeps it on disk and tries again, instead of it being parked in memory.
	 */
	async notify(chatId: string, reply: Reply): Promise<void> {
		let result = await this.deliver(chatId, renderTelegram(reply), {});
		if (result.outcome.kind === "rate-limited" && result.outcome.retryAfterMs <= inlineWaitMs) {
			await wait(result.outcome.retryAfterMs);
			result = await this.deliver(result.chatId, result.remaining, {});
		}
		const { outcome } = result;
		if (outcome.kind === "rate-limited")
			throw Object.assign(new Error("telegram rate limit"), { retryAfterMs: outcome.retryAfterMs });
		if (outcome.kind === "failed" && outcome.retryable) throw new Error(outcome.reason);
		// A chat that is gone or refuses the message for good cannot get it by trying again.
		if (outcome.kind !== "sent")
			this.logger.warn({ platform: "telegram", chat: chatId, outcome }, "a notification cannot be delivered");
	}

	/** Drops the replies still parked: the process is stopping. */
	stop(): void {
		for (const timer of this.parked) clearTimeout(timer);
		this.parked.clear();
	}

	private async respondMessages(
		chatId: string,
		messages: TelegramMessage[],
		options: SendOptions,
		attempt: number,
	): Promise<void> {
		let result = await this.deliver(chatId, messages, options);
		if (result.outcome.kind === "rate-limited" && result.outcome.retryAfterMs <= inlineWaitMs) {
			await wait(result.outcome.retryAfterMs);
			result = await this.deliver(result.chatId, result.remaining, options);
		}
		const { outcome } = result;
		if (outcome.kind === "rate-limited") {
			if (attempt >= maxParkedAttempts) {
				this.logger.warn({ platform: "telegram", chat: chatId }, "rate limited too often, a reply was dropped");
				return;
			}
			this.logger.warn(
				{ platform: "telegram", chat: chatId, retryAfterMs: outcome.retryAfterMs },
				"rate limited, reply parked",
			);
			const timer = setTimeout(() => {
				this.parked.delete(timer);
				this.respondMessages(result.chatId, result.remaining, options, attempt + 1).catch((error) =>
					this.logger.error({ err: error, platform: "telegram", chat: chatId }, "parked reply failed"),
				);
			}, outcome.retryAfterMs);
			timer.unref();
			this.parked.add(timer);
		} else if (outcome.kind === "failed") {
			this.logger.warn({ platform: "telegram", chat: chatId, reason: outcome.reason }, "could not send a reply");
		}
	}

	/** Sends the messages in order; on a failure, what is left to send and where. */
	private async deliver(
		chatId: string,
		messages: TelegramMessage[],
		options: SendOptions,
	): Promise<{ outcome: DeliveryOutcome; remaining: TelegramMessage[]; chatId: string }> {
		let target = chatId;
		let followed = false;
		let firstId: string | undefined;
		for (let index = 0; index < messages.length; ) {
			const message = messages[index] as TelegramMessage;
			try {
				const sent = await this.telegram.sendMessage(target, message.html, extraFor(message, options, index === 0));
				firstId ??= String(sent.message_id);
				index++;
			} catch (error) {
				const failure = classifyTelegramError(error);
				if (failure.kind === "migrated" && !followed) {
					followed = true;
					await this.followMigration(target, failure.newChatId);
					target = failure.newChatId;
					continue;
				}
				return { outcome: await this.outcomeOf(target, failure), remaining: messages.slice(index), chatId: target };
			}
		}
		return { outcome: { kind: "sent", ...(firstId ? { messageId: firstId } : {}) }, remaining: [], chatId: target };
	}

	private async outcomeOf(chatId: string, failure: TelegramFailure): Promise<DeliveryOutcome> {
		switch (failure.kind) {
			case "gone":
				await this.forgetChat(chatId, failure.reason);
				return failure;
			case "rate-limited":
				return failure;
			case "not-modified":
				return { kind: "sent" };
			case "migrated":
				return { kind: "failed", retryable: false, reason: "the chat migrated twice" };
			case "failed":
				return failure;
		}
	}

	/** The chat blocked the bot or no longer exists: it is unsubscribed rather than tried forever. */
	async forgetChat(chatId: string, reason: string): Promise<void> {
		this.logger.info({ platform: "telegram", chat: chatId, reason }, "chat is gone, unsubscribing it");
		await this.chats
			.unsubscribe("telegram", chatId)
			.catch((error) => this.logger.warn({ err: error, chat: chatId }, "could not unsubscribe a gone chat"));
	}

	/** A group became a supergroup with a new id: its subscription and organizer role move with it. */
	async followMigration(oldChatId: string, newChatId: string): Promise<void> {
		this.logger.info({ platform: "telegram", chat: oldChatId, newChat: newChatId }, "group migrated to a supergroup");
		try {
			const subscription = await this.chats.subscription("telegram", oldChatId);
			if (subscription) {
				await this.chats.subscribe({ ...subscription, chatId: newChatId });
				await this.chats.unsubscribe("telegram", oldChatId);
			}
			await this.chats.moveModerationChat("telegram", oldChatId, newChatId);
		} catch (error) {
			this.logger.warn({ err: error, chat: oldChatId }, "could not move a migrated chat's settings");
		}
	}
}
