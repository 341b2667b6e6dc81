import { CommanderError } from "commander";
import { StartupError } from "../runtime.js";
import { buildProgram, type ExitCode } from "./program.js";

/**
 * Exit codes, as before commander: 0 done (and --help), 1 a problem with a value or the data,
 * 2 a usage mistake (unknown command or option, missing argument), 66 a file that cannot be read.
 */
export async function runCli(argv: string[]): Promise<number> {
	const exit: ExitCode = { code: 0 };
	const program = buildProgram(argv, exit);
	program.exitOverride();
	for (const command of allCommands(program)) command.exitOverride();
	try {
		await program.parseAsync(argv, { from: "user" });
		return exit.code;
	} catch (error) {
		if (!(error instanceof CommanderError)) throw error;
		if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
		// "commander.help" is the help shown for a group typed without its subcommand: a usage mistake.
		return 2;
	}
}

function allCommands(command: ReturnType<typeof buildProgram>): ReturnType<typeof buildProgram>[] {
	return command.commands.flatMap((sub) => [sub, ...allCommands(sub)]);
}

try {
	process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
	if (error instanceof StartupError) {
		for (const problem of error.problems) process.stderr.write(`solidarity: ${problem}\n`);
		process.exitCode = 1;
	} else {
		throw error;
	}
}
