import { parseArgs } from "node:util";
import { consoleNotifier, runConsoleChat } from "./bots/console/console-chat.js";
import { PlatformMessenger } from "./bots/platform-messenger.js";
import type { AdapterStates } from "./health/runtime-health.js";
import { type NoticeOutboxWorker, startNoticeOutboxWorker } from "./jobs/notice-outbox-worker.js";
import { startWorkers } from "./jobs/workers.js";
import { openRuntime, type Runtime, StartupError, workerDependencies } from "./runtime.js";
import { settleWithin } from "./settle-within.js";
import { type Retrying, startWithRetry } from "./start-with-retry.js";
import type { WebStart } from "./web/start-web.js";
import { webMessenger } from "./web/web-messenger.js";

/** SIGTERM must not hang: whatever is still running after this is abandoned. */
const shutdownDeadlineMs = 10_000;

function fail(problems: string[]): never {
	for (const problem of problems) process.stderr.write(`solidarity-bot: ${problem}\n`);
	process.exit(1);
}

async function main(): Promise<void> {
	let flags: { member?: boolean; organizer?: boolean; role?: string };
	try {
		flags = parseArgs({
			options: { member: { type: "boolean" }, organizer: { type: "boolean" }, role: { type: "string" } },
			strict: true,
		}).values;
		if (flags.role !== undefined && !["bot", "worker", "web", "all"].includes(flags.role)) {
			throw new Error(`unknown role "${flags.role}"`);
		}
	} catch (error) {
		fail([`${(error as Error).message}. Options: --member, --organizer, --role bot|worker|web|all`]);
	}
	const hasPlatform = Boolean(process.env.DISCORD_TOKEN?.trim() || process.env.TELEGRAM_BOT_TOKEN?.trim());
	let runtime: Runtime;
	let platformMessenger: PlatformMessenger | undefined;
	try {
		runtime = await openRuntime({
			env: process.env,
			logFd: hasPlatform ? 1 : 2,
			defaultLogLevel: hasPlatform ? "info" : "warn",
			superviseRedis: true,
			// The console chat is a terminal session with no health port: nothing would read its metrics.
			metrics: hasPlatform,
			program: "solidarity-bot",
			notifier: (logger) => {
				if (!hasPlatform) return consoleNotifier(process.stdout);
				platformMessenger = new PlatformMessenger(logger);
				return { messenger: platformMessenger };
			},
		});
	} catch (error) {
		if (error instanceof StartupError) fail(error.problems);
		throw error;
	}
	for (const problem of runtime.statementProblems)
		process.stderr.write(`solidarity-bot: statement file skipped: ${problem}\n`);

	const webOnly = flags.role === "web";
	const workers = flags.role === "bot" || webOnly ? undefined : await startWorkers(workerDependencies(runtime));
	platformMessenger?.register("web", webMessenger);
	// Loaded and started beside the chat, not before it: the console answers its first line
	// without waiting for the web server's libraries.
	const webStarting: Promise<WebStart> =
		flags.role === "worker"
			? Promise.resolve({ kind: "off" })
			: import("./web/start-web.js")
					.then((module) => module.startWeb(runtime))
					.catch((error: Error): WebStart => ({ kind: "failed", problem: `web pages off: ${error.message}` }));
	const webReported = webStarting.then((web) => {
		if (web.kind === "failed") {
			if (webOnly) fail([web.problem]);
			process.stderr.write(`solidarity-bot: ${web.problem}\n`);
		} else if (web.kind === "started") {
			// stdout is the console's conversation: the address goes to stderr, where the operator sees it.
			if (!hasPlatform) process.stderr.write(`solidarity-bot: web pages at ${web.url}/\n`);
			runtime.logger.info({ url: web.url }, "web pages started");
		}
		return web;
	});
	const adapterStates: AdapterStates = {
		expected:
			!hasPlatform || flags.role === "worker" || webOnly
				? []
				: [runtime.config.TELEGRAM_BOT_TOKEN && "telegram", runtime.config.DISCORD_TOKEN && "discord"].filter(
						(name): name is string => Boolean(name),
					),
		connected: new Set(),
	};
	// The console chat is a terminal session, not a service: no port for it.
	const health = hasPlatform
		? await (await import("./health/runtime-health.js")).startRuntimeHealth(runtime, adapterStates)
		: undefined;
	const adapters: { stop(): Promise<void> }[] = [];
	let outbox: NoticeOutboxWorker | undefined;
	const retrying: Retrying<{ stop(): Promise<void> }>[] = [];
	let closing: Promise<void> | undefined;
	const shutdown = (reason: string, code: number) => {
		closing ??= (async () => {
			runtime.logger.info({ reason }, "shutting down");
			const deadline = setTimeout(() => {
				runtime.logger.error("shutdown deadline passed; exiting");
				process.exit(1);
			}, shutdownDeadlineMs);
			deadline.unref();
			for (const attempt of retrying) attempt.cancel();
			await outbox?.close();
			// Each step is bounded: with Redis or a platform gone, none of them may hold the exit.
			await settleWithin(Promise.allSettled(adapters.map((adapter) => adapter.stop())), 2000);
			await settleWithin(health?.close() ?? Promise.resolve(), 1000);
			await settleWithin(
				webReported.then((web) => (web.kind === "started" ? web.close() : undefined)),
				5000,
			);
			if (workers) await settleWithin(workers.close(), 3000);
			await runtime.close();
			process.exit(code);
		})();
		return closing;
	};
	process.once("SIGINT", () => void shutdown("SIGINT", 0));
	process.once("SIGTERM", () => void shutdown("SIGTERM", 0));

	if (webOnly) {
		await webReported;
		runtime.logger.info({ role: "web" }, "solidarity-bot running");
		return;
	}
	if (!hasPlatform) {
		const role = flags.member ? "member" : flags.organizer ? "operator" : runtime.config.CONSOLE_ROLE;
		await runConsoleChat(runtime.core, {
			input: process.stdin,
			output: process.stdout,
			role,
			interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
		});
		await shutdown("end of input", 0);
		return;
	}
	if (flags.role !== "worker") {
		for (const [name, start] of platformStarters(runtime, platformMessenger)) {
			const started = (adapter: Adapter) => {
				adapters.push(adapter);
				adapterStates.connected.add(name);
			};
			retrying.push(startWithRetry(name, start, started, runtime.logger));
		}
		// Cards and outcomes go out through the adapters, so the outbox is drained where they run.
		if (platformMessenger) outbox = startNoticeOutboxWorker(runtime.deps, runtime.logger);
		await Promise.all(retrying.map((attempt) => attempt.first));
	}
	runtime.logger.info({ role: flags.role ?? "all", adapters: adapters.length }, "solidarity-bot running");
}

type Adapter = { stop(): Promise<void> };

/** Discord and Telegram, each when its token is set; their notifiers join the core's once started. */
function platformStarters(
	runtime: Runtime,
	messenger: PlatformMessenger | undefined,
): [string, () => Promise<Adapter>][] {
	const { config, core, logger } = runtime;
	const starters: [string, () => Promise<Adapter>][] = [];
	const telegramToken = config.TELEGRAM_BOT_TOKEN;
	if (telegramToken) {
		starters.push([
			"telegram",
			async () => {
				// Loaded only with a token: the console starts without the platforms' libraries.
				const { startTelegramAdapter } = await import("./bots/telegram/telegram-adapter.js");
				const telegram = await startTelegramAdapter({
					token: telegramToken,
					apiRoot: config.TELEGRAM_API_ROOT,
					...(config.TELEGRAM_WEBHOOK_URL
						? {
								webhook: {
									url: config.TELEGRAM_WEBHOOK_URL,
									port: config.TELEGRAM_WEBHOOK_PORT,
									...(config.TELEGRAM_WEBHOOK_SECRET ? { secretToken: config.TELEGRAM_WEBHOOK_SECRET } : {}),
								},
							}
						: {}),
					core,
					chats: runtime.deps.chats,
					links: runtime.links,
					logger: logger.child({ platform: "telegram" }),
					organizerIds: [...config.TELEGRAM_OPERATOR_IDS, ...config.TELEGRAM_ORGANIZER_IDS],
				});
				messenger?.register("telegram", telegram.messenger);
				logger.info({ bot: telegram.botUsername }, "telegram adapter started");
				return telegram;
			},
		]);
	}
	const discordToken = config.DISCORD_TOKEN;
	if (discordToken) {
		starters.push([
			"discord",
			async () => {
				const { startDiscordAdapter } = await import("./bots/discord/discord-adapter.js");
				const discord = await startDiscordAdapter({
					token: discordToken,
					apiBase: config.DISCORD_API_BASE,
					core,
					chats: runtime.deps.chats,
					logger: logger.child({ platform: "discord" }),
				});
				messenger?.register("discord", discord.messenger);
				logger.info("discord adapter started");
				return discord;
			},
		]);
	}
	return starters;
}

await main();
