import { createServer, type IncomingMessage, type Server } from "node:http";
import { freePort } from "../../src/store/redis/redis-server-process.js";

export interface FakeTelegramOptions {
	/** Messages a second the fake accepts before it answers 429, as Telegram does for bulk sends. */
	ratePerSecond?: number;
	/** Seconds the 429 tells the bot to wait. */
	retryAfterSeconds?: number;
	/** Chats that blocked the bot (403) or no longer exist (400 chat not found). */
	blocked?: Iterable<string>;
	missing?: Iterable<string>;
	/** Chats whose every send is refused with a 400 that is not retried (the send fails for good). */
	refused?: Iterable<string>;
	/** Chats whose first N sends fail with a 502. */
	flaky?: Map<string, number>;
	/** Milliseconds each request takes, as a real network would. */
	latencyMs?: number;
}

export interface SentMessage {
	chatId: string;
	text: string;
	at: number;
	/** Sent with allow_paid_broadcast. */
	paid?: boolean;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	const raw = Buffer.concat(chunks).toString("utf8");
	if (!raw) return {};
	if ((request.headers["content-type"] ?? "").includes("json")) return JSON.parse(raw) as Record<string, unknown>;
	return Object.fromEntries(new URLSearchParams(raw));
}

/**
 * A small stand-in for Telegram's Bot API on 127.0.0.1 for broadcast tests and the benchmark:
 * sendMessage and editMessageText, a rate limit enforced with 429s, and chats that are gone.
 */
export class FakeTelegramApi {
	readonly token = "123456789:fake-token-for-broadcast-tests";
	readonly sent: SentMessage[] = [];
	readonly edits: SentMessage[] = [];
	tooManyRequests = 0;
	/** Every sendMessage as it arrived, with the status it got. */
	readonly attempts: { at: number; status: number }[] = [];
	/** When the last accepted messages came: the limit holds for any second, not only whole ones. */
	private readonly recent: number[] = [];
	private nextMessageId = 1;
	private readonly flakyLeft: Map<string, number>;

	private constructor(
		private readonly server: Server,
		readonly apiRoot: string,
		private readonly options: FakeTelegramOptions,
	) {
		this.flakyLeft = new Map(options.flaky ?? []);
	}

	static async start(options: FakeTelegramOptions = {}): Promise<FakeTelegramApi> {
		const port = await freePort();
		let api: FakeTelegramApi | undefined;
		const server = createServer((request, response) => {
			void api?.answer(request).then(({ status, body }) => {
				response.writeHead(status, { "content-type": "application/json" });
				response.end(JSON.stringify(body));
			});
		});
		server.keepAliveTimeout = 60_000;
		await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
		api = new FakeTelegramApi(server, `http://127.0.0.1:${port}`, options);
		return api;
	}

	/** Changes the rate limit while running (0 or undefined: none). */
	setRate(ratePerSecond: number | undefined): void {
		this.options.ratePerSecond = ratePerSecond;
	}

	messagesTo(chatId: string): SentMessage[] {
		return this.sent.filter((message) => message.chatId === chatId);
	}

	private overRate(): boolean {
		const rate = this.options.ratePerSecond;
		if (!rate) return false;
		const now = Date.now();
		while (this.recent.length > 0 && (this.recent[0] ?? 0) <= now - 1000) this.recent.shift();
		if (this.recent.length >= rate) return true;
		this.recent.push(now);
		return false;
	}

	private async answer(request: IncomingMessage): Promise<{ status: number; body: object }> {
		const method = (request.url ?? "").split("?")[0]?.split("/").pop() ?? "";
		const body = await readBody(request);
		if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
		const chatId = String(body.chat_id ?? "");
		const error = (code: number, description: string, parameters?: object) => ({
			status: code,
			body: { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) },
		});
		if (method === "getMe")
			return {
				status: 200,
				body: { ok: true, result: { id: 123456789, is_bot: true, first_name: "Fake", username: "fake_bot" } },
			};
		if (method !== "sendMessage" && method !== "editMessageText") return error(404, "Not Found: method not found");
		if ([...(this.options.blocked ?? [])].includes(chatId)) return error(403, "Forbidden: bot was blocked by the user");
		if ([...(this.options.missing ?? [])].includes(chatId)) return error(400, "Bad Request: chat not found");
		if (method === "sendMessage" && [...(this.options.refused ?? [])].includes(chatId))
			return error(400, "Bad Request: can't parse entities");
		const flaky = this.flakyLeft.get(chatId) ?? 0;
		if (flaky > 0) {
			this.flakyLeft.set(chatId, flaky - 1);
			return error(502, "Bad Gateway");
		}
		const limited = this.overRate();
		if (method === "sendMessage") this.attempts.push({ at: Date.now(), status: limited ? 429 : 200 });
		if (limited) {
			this.tooManyRequests++;
			const retryAfter = this.options.retryAfterSeconds ?? 1;
			return error(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
		}
		const message: SentMessage = { chatId, text: String(body.text ?? ""), at: Date.now() };
		if (body.allow_paid_broadcast === true || body.allow_paid_broadcast === "true") message.paid = true;
		if (method === "editMessageText") {
			this.edits.push(message);
			return { status: 200, body: { ok: true, result: true } };
		}
		this.sent.push(message);
		const messageId = this.nextMessageId++;
		return {
			status: 200,
			body: {
				ok: true,
				result: {
					message_id: messageId,
					date: Math.floor(Date.now() / 1000),
					chat: { id: Number(chatId), type: "group" },
					text: message.text,
				},
			},
		};
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
	}
}
