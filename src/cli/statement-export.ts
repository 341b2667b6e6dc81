import { findStatement } from "../core/statements/find-statement.js";
import { writeStatementFiles } from "../core/statements/statement-file-write.js";
import { describeUserError, isUserError } from "../core/user-error.js";
import type { Runtime } from "../runtime.js";
import { print, printError } from "./cli-io.js";
import { operatorReader } from "./operator-commands.js";

/** `solidarity statement export <id>`: the statement as Redis holds it, as files the loader reads back. */
export async function exportStatementFile(
	runtime: Runtime,
	id: string,
	options: { force?: boolean; dir?: string },
): Promise<number> {
	const locale = runtime.config.DEFAULT_LOCALE;
	const statement = await findStatement(runtime.statements, id.toLowerCase(), "with-drafts", operatorReader(locale));
	if (isUserError(statement)) {
		printError(`solidarity: ${describeUserError(statement, locale)}`);
		return 1;
	}
	const outcome = await writeStatementFiles(
		statement,
		options.dir ?? runtime.config.SOLIDARITY_STATEMENTS_DIR,
		options.force ?? false,
	);
	if ("exists" in outcome) {
		printError(`solidarity: ${outcome.exists} exists; add --force to replace it`);
		return 1;
	}
	for (const path of outcome.written) print(`wrote ${path}`);
	return 0;
}
