// Starts the fake Telegram Bot API of bench/lib/fake-telegram-process.ts and talks to it over IPC.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { FakeTelegramOptions } from "../../test/helpers/fake-telegram-api.js";
import type { FakeTelegramStats } from "./fake-telegram-process.js";

export interface FakeTelegram {
	apiRoot: string;
	token: string;
	stats(): Promise<FakeTelegramStats>;
	stop(): Promise<void>;
}

export async function startFakeTelegram(options: FakeTelegramOptions): Promise<FakeTelegram> {
	const child: ChildProcess = fork(join(import.meta.dirname, "fake-telegram-process.ts"), [JSON.stringify(options)], {
		execArgv: ["--import", "tsx"],
		stdio: ["ignore", "inherit", "inherit", "ipc"],
	});
	const ready = await new Promise<{ apiRoot: string; token: string }>((resolve, reject) => {
		child.once("message", (message: { ready?: { apiRoot: string; token: string } }) =>
			message.ready ? resolve(message.ready) : reject(new Error("fake Telegram did not start")),
		);
		child.once("exit", (code) => reject(new Error(`fake Telegram exited (${code})`)));
	});
	return {
		...ready,
		stats: () =>
			new Promise((resolve) => {
				child.once("message", (message: { stats: FakeTelegramStats }) => resolve(message.stats));
				child.send("stats");
			}),
		stop: () =>
			new Promise((resolve) => {
				child.once("exit", () => resolve());
				child.send("stop");
			}),
	};
}
