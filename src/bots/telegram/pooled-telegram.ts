import { STATUS_CODES } from "node:http";
import { Telegram, TelegramError } from "telegraf";
import { type Dispatcher, Pool } from "undici";

/** The calls a broadcast makes, all plain JSON; anything else (media uploads) goes through telegraf's own client. */
const pooledMethods: ReadonlySet<string> = new Set(["sendMessage", "editMessageText"]);

/** telegraf leaves out null and undefined fields; Telegram reads a null as a value. */
const withoutNulls = (_key: string, value: unknown) => (value == null ? undefined : value);

type CallApi = Telegram["callApi"];

/**
 * telegraf's Telegram, with the broadcast's calls sent through an undici pool of kept-alive
 * connections. telegraf's own client (node-fetch over node:http) spends about three times the CPU
 * of a call on each call, and the send workers make thousands a second; the answers and errors are
 * telegraf's own (TelegramError with the same code, description and parameters), so everything that
 * reads them stays as it is.
 */
export class PooledTelegram extends Telegram {
	private readonly pool: Pool;
	private readonly pathPrefix: string;

	constructor(token: string, options: { apiRoot?: string; connections?: number } = {}) {
		const apiRoot = options.apiRoot ?? "https://api.telegram.org";
		super(token, options.apiRoot ? { apiRoot } : {});
		const root = new URL(apiRoot);
		this.pathPrefix = `${root.pathname.replace(/\/$/, "")}/bot${token}/`;
		this.pool = new Pool(root.origin, {
			connections: options.connections ?? 128,
			keepAliveTimeout: 30_000,
			// As long as telegraf waits: a broadcast send that hangs is retried by its job, not lost.
			headersTimeout: 500_000,
			bodyTimeout: 500_000,
		});
	}

	override callApi: CallApi = (async (method: string, payload: object, options?: { signal?: unknown }) => {
		if (!pooledMethods.has(method))
			return Telegram.prototype.callApi.call(this, method as never, payload as never, options as never);
		let response: Dispatcher.ResponseData;
		try {
			response = await this.pool.request({
				method: "POST",
				path: `${this.pathPrefix}${method}`,
				headers: { "content-type": "application/json" },
				body: JSON.stringify(payload, withoutNulls),
				...(options?.signal ? { signal: options.signal as AbortSignal } : {}),
			});
		} catch (error) {
			// The token is in the path; a network error names the path only in its message, if at all.
			if (error instanceof Error) error.message = error.message.replaceAll(this.token, "[REDACTED]");
			throw error;
		}
		if (response.statusCode >= 500) {
			await response.body.dump();
			throw new TelegramError(
				{ error_code: response.statusCode, description: STATUS_CODES[response.statusCode] ?? "Server Error" },
				{ method, payload },
			);
		}
		const data = (await response.body.json()) as {
			ok: boolean;
			result?: unknown;
			error_code: number;
			description: string;
			parameters?: object;
		};
		if (!data.ok) throw new TelegramError(data, { method, payload });
		return data.result;
	}) as CallApi;

	/** Closes the pooled connections: the workers are stopping. */
	async closePool(): Promise<void> {
		await this.pool.close();
	}
}
