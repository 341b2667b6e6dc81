// The peer of bench/broadcast.ts: the same sends made the way a Telegram bot developer would make
// them without this project, with grammY's throttler transformer and its auto-retry plugin (dev
// dependencies used only here). In a process of its own, like our bot, so neither process's
// memory or timers colour the other's figures. It calls only the fake on 127.0.0.1.

import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api } from "grammy";
import { benchChatId } from "./bench-chats.js";

export interface PeerRunOptions {
	apiRoot: string;
	token: string;
	/** Sends to the bench's chats 0 to chatCount - 1, as our bot does. */
	chatCount: number;
	text: string;
	/** Sends a second the throttler allows: its default for Telegram (30), scaled as ours is. */
	rate: number;
}

export interface PeerRunReport {
	/** Date.now() when the first send was handed to grammY. */
	startedAt: number;
	/** Sends that failed for good (auto-retry gave up or an error was not retried). */
	failed: number;
}

const options = JSON.parse(process.argv[2] ?? "{}") as PeerRunOptions;
const api = new Api(options.token, { apiRoot: options.apiRoot });
// The throttler's global default is 30 requests refilled each second, Telegram's broadcast limit;
// at the bench's limit it is the same setting scaled. Its per-group default (20 a minute per
// chat) is kept: each chat gets one message. Installed before auto-retry, so auto-retry is the
// outer transformer (grammY calls the last installed first) and a retried send waits its turn in
// the throttler again.
api.config.use(
	apiThrottler({
		global: { reservoir: options.rate, reservoirRefreshAmount: options.rate, reservoirRefreshInterval: 1000 },
	}),
);
api.config.use(autoRetry());
const startedAt = Date.now();
// Every send handed over at once: the throttler queues them and lets them out at its pace.
const results = await Promise.allSettled(
	Array.from({ length: options.chatCount }, (_, n) =>
		api.sendMessage(benchChatId(n), options.text, { parse_mode: "HTML" }),
	),
);
const report: PeerRunReport = { startedAt, failed: results.filter((result) => result.status === "rejected").length };
process.send?.({ report }, () => process.exit(0));
