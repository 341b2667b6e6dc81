import { parseArgs } from "node:util";
import { consoleNotifier, runConsoleChat } from "./bots/console/console-chat.js";
import { startDiscordAdapter } from "./bots/discord/discord-adapter.js";
import { PlatformNotifier } from "./bots/platform-notifier.js";
import { startTelegramAdapter } from "./bots/telegram/telegram-adapter.js";
import { type AdapterStates, startRuntimeHealth } from "./health/runtime-health.js";
import { startWorkers } from "./jobs/workers.js";
import { openRuntime, type Runtime, StartupError, workerDependencies } from "./runtime.js";

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
		if (flags.role !== undefined && !["bot", "worker", "all"].includes(flags.role)) {
			throw new Error(`unknown role "${flags.role}"`);
		}
	} catch (error) {
		fail([`${(error as Error).message}. Options: --member, --organizer, --role bot|worker|all`]);
	}
	const hasPlatform = Boolean(process.env.DISCORD_TOKEN?.trim() || process.env.TELEGRAM_BOT_TOKEN?.trim());
	let runtime: Runtime;
	let platformNotifier: PlatformNotifier | undefined;
	try {
		runtime = await openRuntime({
			env: process.env,
			logFd: hasPlatform ? 1 : 2,
			defaultLogLevel: hasPlatform ? "info" : "warn",
			notifier: (logger) => {
				if (!hasPlatform) return consoleNotifier(process.stdout);
				platformNotifier = new PlatformNotifier(logger);
				return platformNotifier;
			},
		});
	} catch (error) {
		if (error instanceof StartupError) fail(error.problems);
		throw error;
	}
	for (const problem of runtime.statementProblems)
		process.stderr.write(`solidarity-bot: statement file skipped: ${problem}\n`);

	const workers = flags.role === "bot" ? undefined : startWorkers(workerDependencies(runtime));
	const adapterStates: AdapterStates = {
		expected:
			!hasPlatform || flags.role === "worker"
				? []
				: [runtime.config.TELEGRAM_BOT_TOKEN && "telegram", runtime.config.DISCORD_TOKEN && "discord"].filter(
						(name): name is string => Boolean(name),
					),
		connected: new Set(),
	};
	// The console chat is a terminal session, not a service: no port for it.
	const health = hasPlatform ? await startRuntimeHealth(runtime, adapterStates) : undefined;
	const adapters: { stop(): Promise<void> }[] = [];
	let closing: Promise<void> | undefined;
	const shutdown = (reason: string, code: number) => {
		closing ??= (async () => {
			runtime.logger.info({ reason }, "shutting down");
			const deadline = setTimeout(() => {
				runtime.logger.error("shutdown deadline passed; exiting");
				process.exit(1);
			}, shutdownDeadlineMs);
			deadline.unref();
			await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
			await health?.close();
			await workers?.close();
			await runtime.close();
			process.exit(code);
		})();
		return closing;
	};
	process.once("SIGINT", () => void shutdown("SIGINT", 0));
	process.once("SIGTERM", () => void shutdown("SIGTERM", 0));

	if (!hasPlatform) {
		const role = flags.member ? "member" : flags.organizer ? "organizer" : runtime.config.CONSOLE_ROLE;
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
		try {
			adapters.push(...(await startPlatformAdapters(runtime, platformNotifier)));
			for (const name of adapterStates.expected) adapterStates.connected.add(name);
		} catch (error) {
			runtime.logger.error({ err: error }, "a platform adapter could not start");
			await shutdown("adapter failed to start", 1);
		}
	}
	runtime.logger.info({ role: flags.role ?? "all", adapters: adapters.length }, "solidarity-bot running");
}

/** Discord and Telegram, each when its token is set; their notifiers join the core's. */
async function startPlatformAdapters(runtime: Runtime, notifier: PlatformNotifier | undefined) {
	const { config, core, logger } = runtime;
	const started: { stop(): Promise<void> }[] = [];
	if (config.TELEGRAM_BOT_TOKEN) {
		const telegram = await startTelegramAdapter({
			token: config.TELEGRAM_BOT_TOKEN,
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
			organizerIds: config.TELEGRAM_ORGANIZER_IDS,
		});
		notifier?.register("telegram", telegram.notifier);
		started.push(telegram);
		logger.info({ bot: telegram.botUsername }, "telegram adapter started");
	}
	if (config.DISCORD_TOKEN) {
		const discord = await startDiscordAdapter({
			token: config.DISCORD_TOKEN,
			apiBase: config.DISCORD_API_BASE,
			core,
			chats: runtime.deps.chats,
			logger: logger.child({ platform: "discord" }),
		});
		notifier?.register("discord", discord.notifier);
		started.push(discord);
		logger.info("discord adapter started");
	}
	return started;
}

await main();
