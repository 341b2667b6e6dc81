import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SnowflakeUtil } from "discord.js";
import { type WebSocket, WebSocketServer } from "ws";
import { freePort } from "../../src/store/redis/redis-server-process.js";

/** One HTTP request Discord would have received, as the bot sent it. */
export interface RecordedRequest {
	method: string;
	/** Without the /api/v10 prefix, e.g. /interactions/123/tok/callback. */
	path: string;
	query: string;
	body: unknown;
	at: number;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

export const fakeApplicationId = "900000000000000001";
export const fakeBotUser = {
	id: fakeApplicationId,
	username: "solidarity",
	discriminator: "0",
	avatar: null,
	bot: true,
};

const snowflake = () => SnowflakeUtil.generate().toString();

/** A message object as Discord's API returns it, with the body's fields over the defaults. */
export function message(channelId: string, body: unknown, id = snowflake()) {
	const fields = typeof body === "object" && body !== null ? body : {};
	return {
		id,
		channel_id: channelId,
		type: 0,
		content: "",
		author: fakeBotUser,
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		pinned: false,
		components: [],
		flags: 0,
		...fields,
	};
}

/**
 * A small Discord on 127.0.0.1: the REST routes discord.js calls, recorded, and a gateway that says
 * hello, takes the identify, sends READY and then whatever packets a test dispatches. The real
 * client connects to it as it would to Discord.
 */
export class DiscordFake {
	readonly requests: RecordedRequest[] = [];
	/** Channel id -> server id, for the channel look-ups the notifier makes. */
	readonly channels = new Map<string, string>();
	private readonly sockets = new Set<WebSocket>();
	private readonly failures: { pattern: RegExp; answer: Answer; times: number }[] = [];
	/** Which channel an interaction token belongs to, so webhook messages carry it. */
	private readonly tokenChannels = new Map<string, string>();
	/** What a PUT of commands registered, by route, for a later GET (solidarity doctor). */
	private readonly deployedCommands = new Map<string, unknown[]>();
	private sequence = 0;
	private waiters: { test: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }[] = [];

	private constructor(
		private readonly server: Server,
		private readonly gateway: WebSocketServer,
		readonly port: number,
	) {}

	static async start(): Promise<DiscordFake> {
		const port = await freePort();
		const gateway = new WebSocketServer({ noServer: true });
		let fake: DiscordFake | undefined;
		const server = createServer((request, response) => {
			void fake?.handle(request, response);
		});
		server.on("upgrade", (request, socket, head) => {
			gateway.handleUpgrade(request, socket, head, (ws) => fake?.connect(ws));
		});
		await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
		fake = new DiscordFake(server, gateway, (server.address() as AddressInfo).port);
		return fake;
	}

	get apiBase(): string {
		return `http://127.0.0.1:${this.port}/api`;
	}

	/** The next `times` requests whose "METHOD path" matches get this answer instead. */
	fail(pattern: RegExp, answer: Answer, times = 1): void {
		this.failures.push({ pattern, answer, times });
	}

	/** Sends a gateway event to every connected client, as Discord does. */
	dispatch(type: string, data: unknown): void {
		if (type === "INTERACTION_CREATE") {
			const payload = data as { token?: string; channel?: { id?: string } };
			if (payload.token && payload.channel?.id) this.tokenChannels.set(payload.token, payload.channel.id);
		}
		const packet = JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data });
		for (const socket of this.sockets) socket.send(packet);
	}

	/** Resolves with the first request, recorded or still to come, that passes the test. */
	waitFor(test: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
		const seen = this.requests.find(test);
		if (seen) return Promise.resolve(seen);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error("the fake Discord never got the expected request")), timeoutMs);
			this.waiters.push({
				test,
				resolve: (request) => {
					clearTimeout(timer);
					resolve(request);
				},
			});
		});
	}

	clear(): void {
		this.requests.length = 0;
	}

	async close(): Promise<void> {
		for (const socket of this.sockets) socket.terminate();
		this.gateway.close();
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private connect(socket: WebSocket): void {
		this.sockets.add(socket);
		socket.on("close", () => this.sockets.delete(socket));
		socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
		socket.on("message", (raw) => {
			const packet = JSON.parse(String(raw)) as { op: number };
			if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
			if (packet.op === 2) {
				const ready = {
					v: 10,
					user: fakeBotUser,
					guilds: [],
					session_id: "fake-session",
					resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
					shard: [0, 1],
					application: { id: fakeApplicationId, flags: 0 },
				};
				socket.send(JSON.stringify({ op: 0, t: "READY", s: ++this.sequence, d: ready }));
			}
		});
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString("utf8");
		const url = new URL(request.url ?? "/", "http://127.0.0.1");
		const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
		const method = request.method ?? "GET";
		let body: unknown = text;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			// Multipart or plain text is kept as it came.
		}
		const recorded: RecordedRequest = { method, path, query: url.search, body, at: Date.now() };
		this.requests.push(recorded);
		this.waiters = this.waiters.filter((waiter) => {
			if (!waiter.test(recorded)) return true;
			waiter.resolve(recorded);
			return false;
		});
		const answer = this.failureFor(`${method} ${path}`) ?? this.answer(method, path, body);
		const payload = answer.body === undefined ? "" : JSON.stringify(answer.body);
		// discord.js parses any body labelled JSON, so an empty answer must not be labelled.
		response.writeHead(answer.status, {
			...(payload ? { "content-type": "application/json" } : {}),
			...answer.headers,
		});
		response.end(payload);
	}

	private failureFor(route: string): Answer | undefined {
		const failure = this.failures.find((candidate) => candidate.times > 0 && candidate.pattern.test(route));
		if (!failure) return undefined;
		failure.times--;
		return failure.answer;
	}

	private answer(method: string, path: string, body: unknown): Answer {
		const parts = path.split("/").filter(Boolean);
		const [first, second, third, fourth, fifth] = parts;
		if (method === "GET" && path === "/gateway/bot")
			return {
				status: 200,
				body: {
					url: `ws://127.0.0.1:${this.port}/gateway`,
					shards: 1,
					session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
				},
			};
		if (method === "GET" && path === "/users/@me") return { status: 200, body: fakeBotUser };
		if (first === "interactions" && fourth === "callback") return { status: 204 };
		if (first === "webhooks" && third) {
			const channelId = this.tokenChannels.get(third) ?? "0";
			if (method === "DELETE") return { status: 204 };
			if (method === "PATCH" && fourth === "messages")
				return { status: 200, body: message(channelId, body, fifth === "@original" ? undefined : fifth) };
			if (method === "POST") return { status: 200, body: message(channelId, body) };
		}
		if (first === "channels" && second) {
			if (method === "GET" && !third)
				return { status: 200, body: { id: second, type: 0, guild_id: this.channels.get(second), name: "chat" } };
			if (method === "POST" && third === "messages") return { status: 200, body: message(second, body) };
			if (method === "PATCH" && third === "messages" && fourth)
				return { status: 200, body: message(second, body, fourth) };
		}
		if (method === "PUT" && first === "applications" && parts.at(-1) === "commands" && Array.isArray(body)) {
			const registered = body.map((command: object) => ({ id: snowflake(), ...command }));
			this.deployedCommands.set(path, registered);
			return { status: 200, body: registered };
		}
		if (method === "GET" && first === "applications" && parts.at(-1) === "commands")
			return { status: 200, body: this.deployedCommands.get(path) ?? [] };
		return { status: 404, body: { message: "Unknown route in the fake", code: 0 } };
	}
}
