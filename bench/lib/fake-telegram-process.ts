// The fake Telegram Bot API in a process of its own, so the broadcast bench's memory and CPU are
// the bot's alone. Started by bench/broadcast.ts over IPC: it says where it listens, and answers
// "stats" with what it received, counted here so 100,000 messages never cross the channel.
import { FakeTelegramApi, type FakeTelegramOptions } from "../../test/helpers/fake-telegram-api.js";

export interface FakeTelegramStats {
	sent: number;
	chats: number;
	duplicates: number;
	tooManyRequests: number;
	/** Date.now() of the first accepted message, 0 before it. */
	firstSentAt: number;
	lastSentAt: number;
	/** The most messages accepted in any sliding second (the window the fake's limit counts in). */
	mostInAnySecond: number;
}

/** The most timestamps (sorted, in ms) in any window of (t - 1000, t]. */
function mostInAnySecond(times: readonly number[]): number {
	let most = 0;
	for (let end = 0, start = 0; end < times.length; end++) {
		while ((times[start] ?? 0) <= (times[end] ?? 0) - 1000) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}

const options = JSON.parse(process.argv[2] ?? "{}") as FakeTelegramOptions;
const telegram = await FakeTelegramApi.start(options);
process.on("message", async (message: string) => {
	if (message === "stats") {
		const perChat = new Map<string, number>();
		for (const sent of telegram.sent) perChat.set(sent.chatId, (perChat.get(sent.chatId) ?? 0) + 1);
		const stats: FakeTelegramStats = {
			sent: telegram.sent.length,
			chats: perChat.size,
			duplicates: telegram.sent.length - perChat.size,
			tooManyRequests: telegram.tooManyRequests,
			firstSentAt: telegram.sent[0]?.at ?? 0,
			lastSentAt: telegram.sent.at(-1)?.at ?? 0,
			mostInAnySecond: mostInAnySecond(telegram.sent.map((sent) => sent.at)),
		};
		process.send?.({ stats });
	}
	if (message === "stop") {
		await telegram.stop();
		process.exit(0);
	}
});
process.send?.({ ready: { apiRoot: telegram.apiRoot, token: telegram.token } });
