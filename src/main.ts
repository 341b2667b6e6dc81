import { parseArgs } from "node:util";
import { consoleNotifier, runConsoleChat } from "./bots/console/console-chat.js";
import { startWorkers } from "./jobs/workers.js";
import { openRuntime, type Runtime, StartupError } from "./runtime.js";

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
			options: { member: { type: "boolean" }, organizer: { type: "boolean" } },
			strict: true,
		}).values;
	} catch (error) {
		fail([`${(error as Error).message}. Options: --member, --organizer`]);
	}
	const hasPlatform = Boolean(process.env.DISCORD_TOKEN?.trim() || process.env.TELEGRAM_BOT_TOKEN?.trim());
	let runtime: Runtime;
	try {
		runtime = await openRuntime({
			env: process.env,
			logFd: hasPlatform ? 1 : 2,
			defaultLogLevel: hasPlatform ? "info" : "warn",
			notifier: hasPlatform ? undefined : () => consoleNotifier(process.stdout),
		});
	} catch (error) {
		if (error instanceof StartupError) fail(error.problems);
		throw error;
	}
	for (const problem of runtime.statementProblems)
		process.stderr.write(`solidarity-bot: statement file skipped: ${problem}\n`);

	const workers = flags.role === "bot" ? undefined : startWorkers(runtime);
	let closing: Promise<void> | undefined;
	const shutdown = (reason: string, code: number) => {
		closing ??= (async () => {
			runtime.logger.info({ reason }, "shutting down");
			const deadline = setTimeout(() => {
				runtime.logger.error("shutdown deadline passed; exiting");
				process.exit(1);
			}, shutdownDeadlineMs);
			deadline.unref();
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
	runtime.logger.error("the Discord and Telegram adapters are not built yet; unset the tokens to use the console chat");
	await shutdown("no adapter", 1);
}

await main();
