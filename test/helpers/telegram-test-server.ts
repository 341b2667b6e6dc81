import { createServer, type IncomingMessage, type Server } from "node:http";
import type { InlineKeyboardMarkup } from "telegraf/types";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { freePort } from "../../src/store/redis/redis-server-process.js";

/** What the bot sent, as the fake stored it (the Bot API's sendMessage parameters). */
export interface BotMessage {
	messageId: number;
	chatId: string;
	text: string;
	parseMode?: string;
	keyboard?: InlineKeyboardMarkup["inline_keyboard"];
	forceReply: boolean;
	replyTo?: number;
}

/** One Bot API call the bot made, seen by the recording proxy. */
export interface ApiCall {
	method: string;
	body: Record<string, unknown>;
}

/** A failure the proxy answers instead of the fake, as Telegram would. */
export interface InjectedFailure {
	status: number;
	body:
		| { ok: false; error_code: number; description: string; parameters?: Record<string, number> }
		/** An answer the fake has no route for (getWebhookInfo). */
		| { ok: true; result: unknown };
}

interface StoredMessage {
	messageId: number;
	botToken: string;
	message: Record<string, unknown>;
}

export interface UserOptions {
	userId: number;
	chatId: number;
	type: "private" | "group" | "supergroup";
	firstName?: string;
	languageCode?: string;
}

const pollMs = 15;

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString("utf8");
}

export async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 5_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, pollMs));
	}
}

/**
 * telegram-test-api on 127.0.0.1, behind a small proxy that records every Bot API call and can
 * answer one with a failure (429, 403, a migration), as the real Telegram does. Bot messages are
 * read from the fake's storage directly: its client's getUpdates keeps polling after a time-out.
 */
export class TelegramTestServer {
	readonly token = "123456789:test-token-for-telegram-test-api";
	readonly calls: ApiCall[] = [];
	private readonly failures = new Map<string, InjectedFailure[]>();
	private readonly holds = new Map<string, Promise<void>[]>();
	/** "<chat>:<user>" of the chats' administrators, as getChatMember reports them. */
	private readonly administrators = new Set<string>();

	private constructor(
		private readonly fake: TelegramServer,
		private readonly proxy: Server,
		readonly apiRoot: string,
	) {}

	static async start(): Promise<TelegramTestServer> {
		const fake = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 600 });
		await fake.start();
		const port = await freePort();
		let instance: TelegramTestServer | undefined;
		const proxy = createServer((request, response) => {
			instance?.forward(request).then(
				({ status, body }) => {
					response.writeHead(status, { "content-type": "application/json" });
					response.end(body);
				},
				(error: unknown) => {
					response.writeHead(502);
					response.end(String(error));
				},
			);
		});
		await new Promise<void>((resolve) => proxy.listen(port, "127.0.0.1", resolve));
		instance = new TelegramTestServer(fake, proxy, `http://127.0.0.1:${port}`);
		return instance;
	}

	/** The fake itself, for what a user does (messages, button presses) through its client routes. */
	get fakeUrl(): string {
		return this.fake.config.apiURL;
	}

	/** The next calls of `method` fail this way, one failure per call. */
	failNext(method: string, ...failures: InjectedFailure[]): void {
		this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
	}

	/** The next call of `method` is answered only once the returned function is called: a slow Telegram. */
	holdNext(method: string): () => void {
		let release = () => {};
		const held = new Promise<void>((resolve) => {
			release = resolve;
		});
		this.holds.set(method, [...(this.holds.get(method) ?? []), held]);
		return release;
	}

	/** The user administers the group, as Telegram's getChatMember will say from now on. */
	makeAdmin(chatId: number, userId: number): void {
		this.administrators.add(`${chatId}:${userId}`);
	}

	callsOf(method: string): ApiCall[] {
		return this.calls.filter((call) => call.method === method);
	}

	private async forward(request: IncomingMessage): Promise<{ status: number; body: string }> {
		const raw = await readBody(request);
		const method = (request.url ?? "").split("?")[0]?.split("/").pop() ?? "";
		let body: Record<string, unknown> = {};
		try {
			body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
		} catch {
			body = { raw };
		}
		if (method !== "getUpdates") this.calls.push({ method, body });
		await this.holds.get(method)?.shift();
		const failure = this.failures.get(method)?.shift();
		if (failure) return { status: failure.status, body: JSON.stringify(failure.body) };
		if (method === "getChatMember") {
			// telegram-test-api has no members: answered here as Telegram does, for the chats' admins.
			const admin = this.administrators.has(`${body.chat_id}:${body.user_id}`);
			const user = { id: Number(body.user_id), is_bot: false, first_name: "User" };
			return {
				status: 200,
				body: JSON.stringify({ ok: true, result: { status: admin ? "administrator" : "member", user } }),
			};
		}
		const answer = await fetch(`${this.fakeUrl}${request.url ?? ""}`, {
			method: request.method ?? "POST",
			headers: { "content-type": request.headers["content-type"] ?? "application/json" },
			...(raw ? { body: raw } : {}),
		});
		return { status: answer.status, body: await answer.text() };
	}

	/** Every message the bot sent to a chat, oldest first, edits applied. */
	botMessages(chatId: number | string): BotMessage[] {
		const stored = this.fake.storage.botMessages as unknown as StoredMessage[];
		return stored
			.filter((entry) => entry.botToken === this.token && String(entry.message.chat_id) === String(chatId))
			.map((entry) => {
				const message = entry.message;
				const markup = message.reply_markup as
					| { inline_keyboard?: InlineKeyboardMarkup["inline_keyboard"]; force_reply?: boolean }
					| undefined;
				const replyParameters = message.reply_parameters as { message_id?: number } | undefined;
				return {
					messageId: entry.messageId,
					chatId: String(message.chat_id),
					text: String(message.text ?? ""),
					...(typeof message.parse_mode === "string" ? { parseMode: message.parse_mode } : {}),
					...(markup?.inline_keyboard ? { keyboard: markup.inline_keyboard } : {}),
					forceReply: markup?.force_reply === true,
					...(replyParameters?.message_id !== undefined ? { replyTo: replyParameters.message_id } : {}),
				};
			});
	}

	user(options: UserOptions): TestUser {
		return new TestUser(this, options);
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => {
			this.proxy.close(() => resolve());
			this.proxy.closeAllConnections();
		});
		await this.fake.stop();
	}
}

/** A Telegram user in one chat, doing what a person does: typing, pressing buttons, reading. */
export class TestUser {
	constructor(
		private readonly server: TelegramTestServer,
		readonly options: UserOptions,
	) {}

	private get from() {
		return {
			id: this.options.userId,
			is_bot: false,
			first_name: this.options.firstName ?? `User ${this.options.userId}`,
			username: `user${this.options.userId}`,
			...(this.options.languageCode ? { language_code: this.options.languageCode } : {}),
		};
	}

	private get chat() {
		return { id: this.options.chatId, type: this.options.type, title: "Test chat", first_name: "Test" };
	}

	private async post(route: string, body: object): Promise<void> {
		const response = await fetch(`${this.server.fakeUrl}/${route}`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify(body),
		});
		if (!response.ok) throw new Error(`${route} failed: ${response.status}`);
	}

	messages(): BotMessage[] {
		return this.server.botMessages(this.options.chatId);
	}

	/** Sends a message as the user; commands carry a bot_command entity as Telegram's do. */
	async send(text: string): Promise<void> {
		const command = /^\/\S+/.exec(text);
		const base = { botToken: this.server.token, date: Math.floor(Date.now() / 1000), from: this.from, chat: this.chat };
		if (command)
			await this.post("sendCommand", {
				...base,
				text,
				entities: [{ offset: 0, length: command[0].length, type: "bot_command" }],
			});
		else await this.post("sendMessage", { ...base, text });
	}

	/** Sends a message and waits for `count` new bot messages in this chat. */
	async say(text: string, count = 1): Promise<BotMessage[]> {
		const before = this.messages().length;
		await this.send(text);
		return waitFor(`${count} replies to ${text.slice(0, 60)}`, () => {
			const all = this.messages();
			return all.length >= before + count ? all.slice(before) : undefined;
		});
	}

	/** Presses a button on a bot message, by the start of its label. */
	async press(message: BotMessage, label: string): Promise<void> {
		const button = message.keyboard?.flat().find((candidate) => candidate.text.startsWith(label));
		if (!button || !("callback_data" in button)) throw new Error(`no button "${label}" on the message`);
		await this.post("sendCallback", {
			botToken: this.server.token,
			date: Math.floor(Date.now() / 1000),
			from: this.from,
			message: { message_id: message.messageId, chat: this.chat, date: Math.floor(Date.now() / 1000) },
			data: button.callback_data,
		});
	}
}
