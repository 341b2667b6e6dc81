import { renderPlainText } from "../bots/console/render-plain-text.js";
import { consoleOperator } from "../config.js";
import type { ExportFormat } from "../core/adherences/export-signatories.js";
import { exportStatementList } from "../core/adherences/export-statement.js";
import type { Access } from "../core/campaigns/access.js";
import type { Locale } from "../core/i18n/locale.js";
import type { RequestOrigin } from "../core/request.js";
import { findStatement } from "../core/statements/find-statement.js";
import { describeUserError, isUserError } from "../core/user-error.js";
import { startRuntimeHealth } from "../health/runtime-health.js";
import { startWorkers } from "../jobs/workers.js";
import { openRuntime, type Runtime, workerDependencies } from "../runtime.js";
import { print } from "./cli-io.js";

/** The CLI acts as the console's own user, an operator (config.ts consoleOperator). */
const operator: RequestOrigin = { platform: "console", chatId: "cli", userId: "local", isChatAdmin: true };

/** The CLI as a reader of statements (findStatement): the console's operator, in the deployment's language. */
export const operatorReader = (locale: Locale) => ({
	access: async (): Promise<Access> => ({
		accounts: [consoleOperator],
		operator: true,
		chatAdmin: true,
		organizes: new Set(),
	}),
	locale,
});

/** Runs a core command as the operator and prints it; exit 1 when the core answered with an error. */
export async function printCommand(runtime: Runtime, line: string): Promise<number> {
	const reply = await runtime.core.handleText(line, operator);
	if (!reply) return 2;
	print(renderPlainText(reply));
	return reply.private ? 1 : 0;
}

export async function exportList(runtime: Runtime, id: string, format: ExportFormat): Promise<number> {
	const statement = await findStatement(
		runtime.statements,
		id.toLowerCase(),
		"published",
		operatorReader(runtime.config.DEFAULT_LOCALE),
	);
	if (isUserError(statement)) {
		process.stderr.write(`solidarity: ${describeUserError(statement, runtime.config.DEFAULT_LOCALE)}\n`);
		return 1;
	}
	const locale = runtime.config.DEFAULT_LOCALE;
	process.stdout.write(await exportStatementList(runtime.deps, statement, { format, withContacts: true, locale }));
	return 0;
}

export async function printAudit(runtime: Runtime, id: string, json: boolean): Promise<number> {
	const entries = await runtime.adherences.audit(id.toLowerCase());
	if (json) {
		print(JSON.stringify(entries, null, 2));
		return 0;
	}
	if (entries.length === 0) print(`no changes recorded for ${id}`);
	for (const entry of entries) {
		const target = entry.number === undefined ? "" : ` #${entry.number}`;
		const change = (value: unknown) =>
			value && typeof value === "object" && "status" in value ? String(value.status) : JSON.stringify(value);
		const transition =
			entry.before === undefined ? change(entry.after) : `${change(entry.before)} -> ${change(entry.after)}`;
		print(`${entry.at}  ${entry.who}  ${entry.action}${target}  ${transition}`);
	}
	return 0;
}

/** Workers until SIGTERM or SIGINT; jobs in progress finish first, within the shutdown deadline. */
export async function runWorkers(): Promise<number> {
	const runtime = await openRuntime({ env: process.env, logFd: 1, defaultLogLevel: "info", metrics: true });
	const workers = await startWorkers(workerDependencies(runtime));
	const health = await startRuntimeHealth(runtime, { expected: [], connected: new Set() });
	await new Promise<void>((resolve) => {
		process.once("SIGTERM", resolve);
		process.once("SIGINT", resolve);
	});
	const deadline = setTimeout(() => process.exit(1), 10_000);
	deadline.unref();
	await workers.close();
	await health?.close();
	await runtime.close();
	return 0;
}
