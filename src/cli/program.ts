import { Command, Option } from "commander";
import { type ExportFormat, exportFormats } from "../core/adherences/export-signatories.js";
import { commandTable } from "../core/commands/command-table.js";
import { loadStatementFiles } from "../core/statements/statement-files.js";
import { readEnvironment } from "../runtime.js";
import { runBackup, runRestore } from "./backup-cli.js";
import { announce, broadcastStatus } from "./broadcast-cli.js";
import { argsAfter, io, print, withRuntime } from "./cli-io.js";
import { completionScript } from "./completion.js";
import { runDaysCli } from "./days-cli.js";
import { runDiscordDeploy } from "./discord-deploy.js";
import { runDoctor } from "./doctor/run-doctor.js";
import { runStatementImport } from "./import-command.js";
import { importProgress } from "./import-progress.js";
import { exportList, printAudit, printCommand, runWorkers } from "./operator-commands.js";
import { addDaysCommands } from "./program-days.js";
import { exportStatementFile } from "./statement-export.js";

/** Each action sets the exit code here; runCli reads it back. */
export interface ExitCode {
	code: number;
}

/**
 * The whole command line as a commander tree: per-command --help, suggestions for a mistyped
 * command, and the source of the shell completion. `argv` is the words as typed, for the commands
 * that parse their own arguments.
 */
export function buildProgram(argv: readonly string[], exit: ExitCode): Command {
	const run = (work: Promise<number>) =>
		work.then((code) => {
			exit.code = code;
		});
	const program = new Command("solidarity")
		.description("The operators' command line. Uses REDIS_URL when set, else the embedded Redis under ./data/redis.")
		.showSuggestionAfterError(true)
		.showHelpAfterError("(solidarity <command> --help shows a command's options)");

	const statements = program.command("statements").description("the statement documents in config/statements");
	statements
		.command("check")
		.description("validate config/statements without touching Redis; exit 1 on problems")
		.action(() =>
			run(
				(async () => {
					const config = readEnvironment(process.env);
					const result = await loadStatementFiles(config.SOLIDARITY_STATEMENTS_DIR);
					for (const problem of result.problems) process.stderr.write(`${problem}\n`);
					print(`${result.statements.length} statements valid, ${result.problems.length} problems`);
					return result.problems.length > 0 ? 1 : 0;
				})(),
			),
		);
	statements
		.command("load")
		.description("validate config/statements and load them into Redis")
		.action(() =>
			run(
				withRuntime(async (runtime) => {
					for (const problem of runtime.statementProblems) process.stderr.write(`${problem}\n`);
					const count = (await runtime.statements.list()).length;
					print(`${count} statements in Redis, ${runtime.statementProblems.length} problems`);
					return runtime.statementProblems.length > 0 ? 1 : 0;
				}),
			),
		);
	statements
		.command("list")
		.description("the statements in Redis")
		.action(() => run(withRuntime((runtime) => printCommand(runtime, "/statements"))));

	const signatories = program
		.command("signatories")
		.description("a statement's signatory list as published")
		.argument("<id>", "statement id")
		.action((id: string) => run(withRuntime((runtime) => printCommand(runtime, `/signatories ${id}`))));
	signatories
		.command("export")
		.description("the list in the document's layout, or as data with the organizers' private contact column")
		.argument("<id>", "statement id")
		.addOption(new Option("--format <format>", "output format").default("text"))
		.action((id: string, options: { format: string }) => {
			if (!(exportFormats as readonly string[]).includes(options.format)) {
				process.stderr.write(`solidarity: --format must be one of ${exportFormats.join(", ")}\n`);
				exit.code = 2;
				return;
			}
			return run(withRuntime((runtime) => exportList(runtime, id, options.format as ExportFormat)));
		});

	program
		.command("audit")
		.description("every change to a statement's adherences, list and votes, who and when")
		.argument("<id>", "statement id")
		.option("--json", "the entries as JSON")
		.action((id: string, options: { json?: boolean }) =>
			run(withRuntime((runtime) => printAudit(runtime, id, options.json ?? false))),
		);

	program
		.command("roll")
		.description("the member organizations that vote (config/members.yaml)")
		.command("list")
		.description("list them")
		.action(() => run(withRuntime((runtime) => printCommand(runtime, "/roll"))));

	const vote = program.command("vote").description("adoption votes, as /voteopen, /votestatus, /voteclose");
	vote
		.command("open")
		.description("put a draft to the vote of the attending member organizations")
		.argument("<id>", "statement id")
		.argument("<members>", "all, or member ids separated by commas")
		.argument("[deadline]", "90m, 2h, 3d or an ISO time")
		.argument("[rule]", "majority, two-thirds, …-of-members, quorum=0.5")
		.action((...words: unknown[]) => {
			const given = words.slice(0, 4).filter((word): word is string => typeof word === "string");
			return run(withRuntime((runtime) => printCommand(runtime, `/voteopen ${given.join(" ")}`)));
		});
	for (const [name, what] of [
		["status", "the running count, and who has and has not voted"],
		["close", "close now and announce the result"],
	] as const) {
		vote
			.command(name)
			.description(what)
			.argument("<id>", "statement id")
			.action((id: string) => run(withRuntime((runtime) => printCommand(runtime, `/vote${name} ${id}`))));
	}

	program
		.command("discord")
		.description("Discord set-up")
		.command("deploy")
		.description("register the slash commands (one server at once, or globally within an hour)")
		.option("--guild <id>", "one server's id")
		.allowUnknownOption()
		.allowExcessArguments()
		.action(() => {
			const config = readEnvironment(process.env);
			if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
				process.stderr.write("solidarity: set DISCORD_TOKEN and DISCORD_APPLICATION_ID to deploy the slash commands\n");
				exit.code = 1;
				return;
			}
			return run(
				runDiscordDeploy(argsAfter(argv, ["discord", "deploy"]), {
					token: config.DISCORD_TOKEN,
					applicationId: config.DISCORD_APPLICATION_ID,
					apiBase: config.DISCORD_API_BASE,
					commands: commandTable,
					...io,
				}),
			);
		});

	const broadcast = program
		.command("broadcast")
		.description("an announcement to every subscribed chat, now or later")
		.option("--text <text>", "the announcement (at most 3,500 characters)")
		.option("--at <time>", "an ISO date and time with its zone, e.g. 2026-12-04T14:00Z")
		.option("--campaign <id>", "the campaign it speaks for: only the chats that follow it receive it")
		.option("--paid", "to Telegram as a paid broadcast, up to 1,000/s; Telegram charges 0.1 Star a message")
		.option("--no-paid", "to Telegram at the free rate, even when TELEGRAM_PAID_BROADCAST is true")
		.action((options: { text?: string; at?: string; campaign?: string; paid?: boolean }) => run(announce(options)));
	broadcast
		.command("status")
		.description("sent / failed / gone / total of a broadcast")
		.argument("<id>", "broadcast id")
		.option("--watch", "follow it until every chat is done (a progress bar on a terminal)")
		.option("--interval <ms>", "how often --watch looks, in milliseconds", "1000")
		.action((id: string, options: { watch?: boolean; interval?: string }) => run(broadcastStatus(id, options)));

	program
		.command("worker")
		.description("run the job workers alone (several may run, on several machines)")
		.action(() => run(runWorkers()));

	const statement = program.command("statement").description("one statement");
	statement
		.command("export")
		.description("write a statement (a corrected draft too) as a file under config/statements, for version control")
		.argument("<id>", "statement id")
		.option("--force", "replace the file when it exists")
		.option("--dir <dir>", "where to write it; default SOLIDARITY_STATEMENTS_DIR")
		.action((id: string, options: { force?: boolean; dir?: string }) =>
			run(withRuntime((runtime) => exportStatementFile(runtime, id, options))),
		);
	program
		.command("draft")
		.description("correct a draft as /draft does: edit|kind|remove|add|move, nothing to list it")
		.argument("<id>", "statement id")
		.argument("[action]", "edit, kind, remove, add or move")
		.argument("[details...]", "the number, then name; abbreviation; country, the kind or the section")
		.action((id: string, action: string | undefined, details: string[]) =>
			run(withRuntime((runtime) => printCommand(runtime, ["/draft", id, action ?? "", ...details].join(" ").trim()))),
		);
	statement
		.command("import")
		.description("turn a pasted statement (web page, PDF, e-mail text) into a draft")
		.argument("[file]", "UTF-8 text file")
		.option("--campaign <id>", "the campaign the draft belongs to; needed to save it")
		.option("--dry-run", "show the draft, save nothing")
		.option("--json", "print the draft as JSON; saves nothing")
		.addHelpText("after", "\nExit codes: 0 draft made, 1 bad input or saving failed, 2 usage, 66 no such file.")
		.allowUnknownOption()
		.allowExcessArguments()
		.action(() => {
			const args = argsAfter(argv, ["statement", "import"]);
			const progress = importProgress(args);
			// --dry-run, --json and bad input need no Redis: only a real save opens it.
			if (args.some((arg) => arg === "--dry-run" || arg === "--json"))
				return run(runStatementImport(args, { ...io, ...progress }));
			return run(
				withRuntime((runtime) =>
					runStatementImport(args, {
						...io,
						...progress,
						save: (statement) => runtime.statements.upsert(statement),
						exists: async (id) => (await runtime.statements.get(id)) !== undefined,
					}),
				),
			);
		});

	addDaysCommands(program, (group) =>
		run(withRuntime((runtime) => runDaysCli(argv.slice(argv.indexOf(group)), runtime, io))),
	);

	program
		.command("backup")
		.description('every piece of state, from one moment, to a versioned JSON file ("-" for stdout)')
		.argument("[file]", "where to write it; default solidarity-backup-<time>.json")
		.option("--with-contacts", "include the submitters' private contact e-mails")
		.action((file: string | undefined, options: { withContacts?: boolean }) => run(runBackup(file, options)));
	program
		.command("restore")
		.description("load a backup into an empty Redis")
		.argument("<file>", "a file written by solidarity backup")
		.option("--force", "replace the solidarity data already in Redis")
		.action((file: string, options: { force?: boolean }) => run(runRestore(file, options)));

	program
		.command("doctor")
		.description("check configuration, Redis, tokens, webhook and Discord commands; changes nothing")
		.option("--guild <id>", "check the commands deployed in this server instead of globally")
		.action((options: { guild?: string }) => run(runDoctor(process.env, options)));

	program
		.command("completion")
		.description('a shell completion script: eval "$(solidarity completion bash)"')
		.argument("[shell]", "bash or zsh", "bash")
		.action((shell: string) => {
			print(completionScript(program, shell === "zsh" ? "zsh" : "bash"));
			exit.code = 0;
		});
	return program;
}
