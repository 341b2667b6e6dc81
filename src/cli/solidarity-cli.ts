import { parseArgs } from "node:util";
import { renderPlainText } from "../bots/console/render-plain-text.js";
import { consoleOperator } from "../config.js";
import { type ExportFormat, exportFormats, exportSignatories } from "../core/adherences/export-signatories.js";
import { findCampaign } from "../core/campaigns/find-campaign.js";
import { commandTable } from "../core/commands/command-table.js";
import type { RequestOrigin } from "../core/request.js";
import { findStatement } from "../core/statements/find-statement.js";
import { titleFor } from "../core/statements/language-version.js";
import { publishedList } from "../core/statements/signatory-list.js";
import { loadStatementFiles } from "../core/statements/statement-files.js";
import { describeUserError, isUserError } from "../core/user-error.js";
import { startWorkers } from "../jobs/workers.js";
import { openRuntime, type Runtime, readEnvironment, StartupError, workerDependencies } from "../runtime.js";
import { daysUsage, runDaysCli } from "./days-cli.js";
import { runDiscordDeploy } from "./discord-deploy.js";
import { runStatementImport } from "./import-command.js";

const usage = `solidarity: the operators' command line

  solidarity statements check          validate config/statements without touching Redis
  solidarity statements load           validate and load config/statements into Redis
  solidarity statements list           the statements in Redis
  solidarity signatories <id>          a statement's signatory list as published
  solidarity signatories export <id> [--format text|markdown|csv|json]
                                       the list in the document's layout, or as data with the
                                       organizers' private contact column (csv, json)
  solidarity audit <id> [--json]       every change to a statement's adherences, list and votes
  solidarity roll list                 the member organizations that vote (config/members.yaml)
  solidarity vote open <id> <members|all> [deadline] [rule]
  solidarity vote status <id>
  solidarity vote close <id>           adoption votes, as /voteopen, /votestatus, /voteclose
  solidarity discord deploy [--guild <id>]
                                       register the slash commands (one server at once, or globally)
  solidarity broadcast --text <text> [--at <ISO time>] --campaign <campaign>
                                       an announcement to every subscribed chat (now, or later)
  solidarity broadcast status <id>     sent / failed / gone / total of a broadcast
  solidarity worker                    run the job workers alone (several may run, on several machines)
  solidarity statement import <file> [--dry-run] [--json]
                                       turn a pasted statement into a draft
${daysUsage}

Uses REDIS_URL when set, else the embedded Redis under ./data/redis.`;

const operator: RequestOrigin = { platform: "console", chatId: "cli", userId: "local", isChatAdmin: true };

function print(text: string): void {
	process.stdout.write(`${text}\n`);
}

async function withRuntime(work: (runtime: Runtime) => Promise<number>): Promise<number> {
	const runtime = await openRuntime({ env: process.env, logFd: 2, defaultLogLevel: "warn" });
	try {
		return await work(runtime);
	} finally {
		await runtime.close();
	}
}

/** Runs a core command as the operator and prints it; exit 1 when the core answered with an error. */
async function printCommand(runtime: Runtime, line: string): Promise<number> {
	const reply = await runtime.core.handleText(line, operator);
	if (!reply) return 2;
	print(renderPlainText(reply));
	return reply.private ? 1 : 0;
}

async function exportList(runtime: Runtime, id: string, format: ExportFormat): Promise<number> {
	const statement = await findStatement(runtime.statements, id.toLowerCase(), "published", {
		access: { accounts: [consoleOperator], operator: true, chatAdmin: true, organizes: new Set() },
		locale: runtime.config.DEFAULT_LOCALE,
	});
	if (isUserError(statement)) {
		process.stderr.write(`solidarity: ${describeUserError(statement, runtime.config.DEFAULT_LOCALE)}\n`);
		return 1;
	}
	const adherences = await runtime.adherences.list(statement.id);
	const list = publishedList(statement, adherences, await runtime.statementState.asOf(statement.id));
	const locale = runtime.config.DEFAULT_LOCALE;
	process.stdout.write(
		exportSignatories(
			{
				statementId: statement.id,
				title: titleFor(statement, locale),
				list,
				adherences: new Map(adherences.map((adherence) => [adherence.number, adherence])),
				withContacts: true,
				locale,
			},
			format,
		),
	);
	return 0;
}

async function printAudit(runtime: Runtime, id: string, json: boolean): Promise<number> {
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
async function runWorkers(): Promise<number> {
	const runtime = await openRuntime({ env: process.env, logFd: 1, defaultLogLevel: "info" });
	const workers = startWorkers(workerDependencies(runtime));
	await new Promise<void>((resolve) => {
		process.once("SIGTERM", resolve);
		process.once("SIGINT", resolve);
	});
	const deadline = setTimeout(() => process.exit(1), 10_000);
	deadline.unref();
	await workers.close();
	await runtime.close();
	return 0;
}

async function runBroadcastCli(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		strict: true,
		options: { text: { type: "string" }, at: { type: "string" }, campaign: { type: "string" } },
	});
	if (positionals[0] === "status" && positionals[1]) {
		const id = positionals[1];
		return withRuntime(async (runtime) => {
			const stats = await runtime.broadcastStore.stats(id);
			print(`${id}: ${stats.sent} sent, ${stats.failed} failed, ${stats.gone} gone, of ${stats.total}`);
			return 0;
		});
	}
	const text = values.text?.trim();
	if (!text || positionals.length > 0) {
		process.stderr.write(`solidarity: broadcast needs --text "<announcement>"\n`);
		return 2;
	}
	const at = values.at ? new Date(values.at) : new Date();
	if (Number.isNaN(at.getTime()) || (values.at && !/(Z|[+-]\d{2}:\d{2})$/.test(values.at))) {
		process.stderr.write("solidarity: --at takes an ISO date and time with its zone, e.g. 2026-12-01T09:00Z\n");
		return 1;
	}
	if (text.length > 3500) {
		process.stderr.write("solidarity: the announcement is longer than 3,500 characters\n");
		return 1;
	}
	const campaignId = values.campaign?.trim().toLowerCase();
	if (!campaignId) {
		process.stderr.write("solidarity: broadcast needs --campaign <id>: only the chats that follow it receive it\n");
		return 2;
	}
	return withRuntime(async (runtime) => {
		const campaign = await findCampaign(runtime.deps.campaigns, campaignId);
		if (isUserError(campaign)) {
			process.stderr.write(`solidarity: ${describeUserError(campaign, runtime.config.DEFAULT_LOCALE)}\n`);
			return 1;
		}
		const { id, chats } = await runtime.deps.broadcaster.announce({ text, at, campaign: campaign.id });
		print(
			`${id}: scheduled for ${at.toISOString()} to ${chats} subscribed chats; a worker sends it (solidarity broadcast status ${id})`,
		);
		return 0;
	});
}

export async function runCli(argv: string[]): Promise<number> {
	if (argv[0] === "discord" && argv[1] === "deploy") {
		const config = readEnvironment(process.env);
		if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
			process.stderr.write("solidarity: set DISCORD_TOKEN and DISCORD_APPLICATION_ID to deploy the slash commands\n");
			return 1;
		}
		return runDiscordDeploy(argv.slice(2), {
			token: config.DISCORD_TOKEN,
			applicationId: config.DISCORD_APPLICATION_ID,
			apiBase: config.DISCORD_API_BASE,
			commands: commandTable,
			out: print,
			err: (text) => process.stderr.write(`${text}\n`),
		});
	}
	if (argv[0] === "statement" && argv[1] === "import") {
		const importArgs = argv.slice(2);
		const io = { out: print, err: (text: string) => process.stderr.write(`${text}\n`) };
		// --dry-run, --json and bad input need no Redis: only a real save opens it.
		const savesNothing = importArgs.some(
			(arg) => arg === "--dry-run" || arg === "--json" || arg === "-h" || arg === "--help",
		);
		if (savesNothing) return runStatementImport(importArgs, io);
		return withRuntime((runtime) =>
			runStatementImport(importArgs, {
				...io,
				save: (statement) => runtime.statements.upsert(statement),
				exists: async (id) => (await runtime.statements.get(id)) !== undefined,
			}),
		);
	}
	if (argv[0] === "broadcast") return runBroadcastCli(argv.slice(1));
	if (argv[0] === "days" || argv[0] === "subscription") {
		const io = { out: print, err: (text: string) => process.stderr.write(`${text}\n`) };
		return withRuntime((runtime) => runDaysCli(argv, runtime, io));
	}
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		strict: true,
		options: { help: { type: "boolean", short: "h" }, format: { type: "string" }, json: { type: "boolean" } },
	});
	const [group, action, ...rest] = positionals;
	if (values.help || !group || group === "help") {
		print(usage);
		return group || values.help ? 0 : 2;
	}
	if (group === "statements" && action === "check") {
		const config = readEnvironment(process.env);
		const result = await loadStatementFiles(config.SOLIDARITY_STATEMENTS_DIR);
		for (const problem of result.problems) process.stderr.write(`${problem}\n`);
		print(`${result.statements.length} statements valid, ${result.problems.length} problems`);
		return result.problems.length > 0 ? 1 : 0;
	}
	if (group === "statements" && action === "load") {
		return withRuntime(async (runtime) => {
			for (const problem of runtime.statementProblems) process.stderr.write(`${problem}\n`);
			print(
				`${(await runtime.statements.list()).length} statements in Redis, ${runtime.statementProblems.length} problems`,
			);
			return runtime.statementProblems.length > 0 ? 1 : 0;
		});
	}
	if (group === "statements" && action === "list")
		return withRuntime((runtime) => printCommand(runtime, "/statements"));
	if (group === "signatories" && action === "export" && rest.length === 1) {
		const format = values.format ?? "text";
		if (!(exportFormats as readonly string[]).includes(format)) {
			process.stderr.write(`solidarity: --format must be one of ${exportFormats.join(", ")}\n`);
			return 2;
		}
		return withRuntime((runtime) => exportList(runtime, rest[0] ?? "", format as ExportFormat));
	}
	if (group === "audit" && action && rest.length === 0) {
		return withRuntime((runtime) => printAudit(runtime, action, values.json ?? false));
	}
	if (group === "roll" && action === "list") return withRuntime((runtime) => printCommand(runtime, "/roll"));
	if (group === "vote" && action && ["open", "status", "close"].includes(action) && rest.length > 0) {
		return withRuntime((runtime) => printCommand(runtime, `/vote${action} ${rest.join(" ")}`));
	}
	if (group === "worker" && !action) return runWorkers();
	if (group === "signatories" && action && rest.length === 0) {
		return withRuntime((runtime) => printCommand(runtime, `/signatories ${action}`));
	}
	process.stderr.write(`solidarity: unknown command "${positionals.join(" ")}"\n\n${usage}\n`);
	return 2;
}

try {
	process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
	if (error instanceof StartupError) {
		for (const problem of error.problems) process.stderr.write(`solidarity: ${problem}\n`);
		process.exitCode = 1;
	} else if ((error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) {
		process.stderr.write(`solidarity: ${(error as Error).message}\n\n${usage}\n`);
		process.exitCode = 2;
	} else {
		throw error;
	}
}
