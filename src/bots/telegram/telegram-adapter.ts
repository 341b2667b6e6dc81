import { createServer, type Server } from "node:http";
import { Telegraf } from "telegraf";
import { message } from "telegraf/filters";
import type { Chat, User } from "telegraf/types";
import type { AdherenceLinkRegistry } from "../../core/adherences/adherence-link-registry.js";
import type { Core } from "../../core/core.js";
import type { ChatMessenger, ChatRepository, ChatSender } from "../../core/ports.js";
import type { Reply } from "../../core/reply.js";
import type { RequestOrigin } from "../../core/request.js";
import type { Logger } from "../../logger.js";
import { settleWithin } from "../../settle-within.js";
import { ChatAdminCache } from "./chat-admin-cache.js";
import { adherenceDeepLink, commandName, coreLine } from "./telegram-command-line.js";
import { setCommandMenu } from "./telegram-command-menu.js";
import { type SendOptions, TelegramDelivery } from "./telegram-delivery.js";
import { plainText } from "./telegram-html.js";

export interface TelegramAdapterOptions {
	token: string;
	/** A self-hosted Bot API server, or a local fake in tests. */
	apiRoot?: string;
	/** Webhook mode, for several replicas behind a load balancer; polling without it. */
	webhook?: { url: string; port: number; path?: string; secretToken?: string };
	core: Core;
	chats: ChatRepository;
	/** Where /link finds the deep link of this bot, whose username is learnt at start. */
	links: AdherenceLinkRegistry;
	logger: Logger;
	/** Configured organizers: no need to ask Telegram whether they administer the chat. */
	organizerIds?: readonly string[];
}

export interface TelegramAdapter {
	messenger: ChatMessenger;
	sender: ChatSender;
	botUsername: string;
	stop(): Promise<void>;
}

const allowedUpdates = ["message", "callback_query", "my_chat_member"] as const;
/** A callback's alert holds 200 characters; a longer private answer goes to the chat. */
const alertLimit = 200;
/** How long stop() waits for the polling loop to let go. */
const stopDeadlineMs = 5_000;

function displayName(user: User): string {
	const name = [user.first_name, user.last_name].filter(Boolean).join(" ") || user.username || String(user.id);
	return name.slice(0, 200);
}

/**
 * The Telegram adapter: an update becomes a core request, a core reply becomes Bot API calls.
 * Everything else (commands, conversations, permissions) is the core's.
 */
export async function startTelegramAdapter(options: TelegramAdapterOptions): Promise<TelegramAdapter> {
	const { core, chats } = options;
	const logger = options.logger;
	const bot = new Telegraf(options.token, {
		// webhookReply would answer through the webhook's HTTP response, which hides API errors.
		telegram: { webhookReply: false, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) },
	});
	const me = await bot.telegram.getMe();
	bot.botInfo = me;
	const botUsername = me.username;
	const delivery = new TelegramDelivery(bot.telegram, chats, logger);
	const admins = new ChatAdminCache(bot.telegram, logger);
	const configuredOrganizers = new Set(options.organizerIds ?? []);

	const namesOf = (predicate: (role: string, name: string) => boolean) =>
		new Set(
			core.commands
				.filter((command) => predicate(command.role, command.name))
				.flatMap((command) => [command.name, ...(command.aliases ?? [])]),
		);
	// Asking Telegram who administers a chat costs a call: only where the answer changes something.
	const needAdminCheck = namesOf((role, name) => role === "chat-admin" || name === "help");

	async function originFor(chat: Chat, from: User, line: string, repliedTo?: User): Promise<RequestOrigin> {
		const name = commandName(line);
		const check = name !== undefined && needAdminCheck.has(name) && !configuredOrganizers.has(String(from.id));
		return {
			platform: "telegram",
			chatId: String(chat.id),
			userId: String(from.id),
			displayName: displayName(from),
			...(from.language_code ? { userLocale: from.language_code } : {}),
			isChatAdmin: check ? await admins.isAdmin(chat.id, chat.type, from.id) : false,
			// A group sees every reply; only a private chat with the bot is the person's alone.
			privateReplies: chat.type === "private",
			...(repliedTo && !repliedTo.is_bot ? { repliedToUserId: String(repliedTo.id) } : {}),
		};
	}

	bot.on(message("text"), async (ctx) => {
		const { chat, from, text, message_id: messageId } = ctx.message;
		if (from.is_bot) return;
		const line = coreLine(text, botUsername);
		if (line === null) return;
		const started = Date.now();
		const name = commandName(line);
		const repliedTo = ctx.message.reply_to_message?.from;
		const reply = await core.handleText(line, await originFor(chat, from, line, repliedTo));
		if (!reply) return;
		const group = chat.type !== "private";
		// The guided adherence asks questions: in a group, the answer must come back as a reply to
		// the bot, which Telegram delivers even to a bot in privacy mode.
		const asksAnswer = group && reply.asks === true;
		const sendOptions: SendOptions = {
			...(group && (reply.private || asksAnswer) ? { replyTo: messageId } : {}),
			...(asksAnswer ? { forceReply: true } : {}),
		};
		await delivery.respond(String(chat.id), reply, sendOptions);
		logger.info(
			{
				platform: "telegram",
				chat: String(chat.id),
				command: name ?? "conversation",
				durationMs: Date.now() - started,
			},
			"message handled",
		);
	});

	bot.on("callback_query", async (ctx) => {
		const query = ctx.callbackQuery;
		let answered = false;
		const answer = async (alert?: string) => {
			if (answered) return;
			answered = true;
			await ctx
				.answerCbQuery(alert, alert ? { show_alert: true } : {})
				.catch((error) => logger.warn({ err: error, platform: "telegram" }, "could not answer a callback query"));
		};
		try {
			const source = query.message;
			if (!("data" in query) || !query.data || !source) return;
			const started = Date.now();
			const chat = source.chat;
			const reply: Reply = await core.handleAction(query.data, await originFor(chat, query.from, `/${query.data}`));
			const alert = plainText(reply);
			if (reply.private && alert.length <= alertLimit) return await answer(alert);
			await answer();
			const chatId = String(chat.id);
			const edited = reply.pagination !== undefined && (await delivery.edit(chatId, String(source.message_id), reply));
			if (!edited)
				await delivery.respond(
					chatId,
					reply,
					reply.private && chat.type !== "private" ? { replyTo: source.message_id } : {},
				);
			logger.info(
				{
					platform: "telegram",
					chat: chatId,
					command: commandName(`/${query.data}`),
					durationMs: Date.now() - started,
				},
				"button handled",
			);
		} finally {
			// A query left unanswered keeps a spinner on the user's button.
			await answer();
		}
	});

	bot.on(message("migrate_to_chat_id"), async (ctx) => {
		await delivery.followMigration(String(ctx.chat.id), String(ctx.message.migrate_to_chat_id));
	});

	bot.on("my_chat_member", async (ctx) => {
		const status = ctx.myChatMember.new_chat_member.status;
		if (status === "kicked" || status === "left")
			await delivery.forgetChat(String(ctx.chat.id), `the bot was ${status === "kicked" ? "kicked" : "removed"}`);
	});

	bot.catch((error, ctx) => {
		logger.error({ err: error, platform: "telegram", update: ctx.update.update_id }, "update failed");
	});

	await setCommandMenu(bot.telegram, core.commands, logger);
	const unregisterLink = options.links.register("telegram", (statementId) =>
		adherenceDeepLink(botUsername, statementId),
	);

	let webhookServer: Server | undefined;
	let polling: Promise<void> | undefined;
	if (options.webhook) {
		const url = new URL(options.webhook.url);
		const path = options.webhook.path ?? url.pathname;
		const secretToken = options.webhook.secretToken;
		const server = createServer(bot.webhookCallback(path, secretToken ? { secretToken } : {}));
		await new Promise<void>((resolve, reject) => {
			server.once("error", reject);
			server.listen(options.webhook?.port, () => resolve());
		});
		webhookServer = server;
		await bot.telegram.setWebhook(url.href, {
			allowed_updates: [...allowedUpdates],
			...(secretToken ? { secret_token: secretToken } : {}),
		});
		logger.info({ platform: "telegram", bot: botUsername, port: options.webhook.port }, "telegram webhook set");
	} else {
		polling = bot
			.launch({ allowedUpdates: [...allowedUpdates] })
			.catch((error) => logger.error({ err: error, platform: "telegram" }, "telegram polling stopped"));
		logger.info({ platform: "telegram", bot: botUsername }, "telegram polling started");
	}

	const messenger: ChatMessenger = {
		async notifyUser(recipient, reply) {
			await delivery.notify(recipient.chatId, reply);
		},
		async notifyChat(chat, reply) {
			await delivery.notify(chat.chatId, reply);
		},
	};

	return {
		messenger,
		sender: delivery,
		botUsername,
		async stop() {
			unregisterLink();
			delivery.stop();
			if (webhookServer) {
				// An update being handled finishes its replies first: cut off, its reply's request to
				// Telegram would fail half-way and Telegram would post the update again to a replica.
				const server = webhookServer;
				const closed = new Promise<void>((resolve) => server.close(() => resolve()));
				server.closeIdleConnections();
				await settleWithin(closed, stopDeadlineMs);
				server.closeAllConnections();
			}
			if (polling) {
				try {
					bot.stop("adapter stopped");
				} catch {
					// Polling never started (its launch failed and was logged): nothing to stop.
				}
				await settleWithin(polling, stopDeadlineMs);
			}
		},
	};
}
