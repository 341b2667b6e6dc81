import { loadEnvironment } from "../../config.js";
import { loadSolidarityDaysFile } from "../../core/days/solidarity-days-file.js";
import { loadStatementFiles } from "../../core/statements/statement-files.js";
import { loadMemberRollFile } from "../../core/votes/member-roll-file.js";
import { print } from "../cli-io.js";
import { type CheckResult, fail, ok, warn } from "./check.js";
import { discordChecks, telegramChecks } from "./platform-checks.js";
import { redisChecks } from "./store-checks.js";

async function fileChecks(config: {
	SOLIDARITY_STATEMENTS_DIR: string;
	SOLIDARITY_MEMBERS_FILE: string;
	SOLIDARITY_DAYS_FILE: string;
}): Promise<CheckResult[]> {
	const results: CheckResult[] = [];
	const statements = await loadStatementFiles(config.SOLIDARITY_STATEMENTS_DIR).catch((error: Error) => ({
		statements: [],
		problems: [`${config.SOLIDARITY_STATEMENTS_DIR}: ${error.message}`],
	}));
	results.push(
		statements.problems.length === 0
			? ok("statements", `${statements.statements.length} files in ${config.SOLIDARITY_STATEMENTS_DIR}`)
			: fail("statements", `${statements.problems.length} problems: ${statements.problems[0]}`),
	);
	const roll = await loadMemberRollFile(config.SOLIDARITY_MEMBERS_FILE);
	results.push(
		roll.problems.length === 0
			? ok("member roll", `${roll.members?.length ?? 0} members in ${config.SOLIDARITY_MEMBERS_FILE}`)
			: fail("member roll", roll.problems[0] ?? "invalid"),
	);
	const days = await loadSolidarityDaysFile(config.SOLIDARITY_DAYS_FILE);
	results.push(
		days.problems.length === 0
			? ok("solidarity days", `${days.days?.length ?? 0} days in ${config.SOLIDARITY_DAYS_FILE}`)
			: fail("solidarity days", days.problems[0] ?? "invalid"),
	);
	return results;
}

/**
 * `solidarity doctor`: one line per check, ok / warn / fail; exit 1 when any fails. It reads and
 * asks, and changes nothing (no statement is loaded, no webhook set, no command deployed).
 */
export async function runDoctor(env: NodeJS.ProcessEnv, options: { guild?: string } = {}): Promise<number> {
	const results: CheckResult[] = [];
	const report = (found: CheckResult[]) => {
		for (const result of found) {
			results.push(result);
			print(`${result.level.padEnd(4)}  ${result.name}: ${result.detail}`);
		}
	};
	const environment = loadEnvironment(env);
	if (!environment.ok) {
		report(environment.problems.map((problem) => fail("environment", problem)));
		return 1;
	}
	const config = environment.config;
	report([ok("environment", "every variable valid")]);
	if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN)
		report([warn("platforms", "no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN: npm start opens the console chat only")]);
	report(await fileChecks(config));
	report(await redisChecks(config));
	report(await telegramChecks(config));
	report(await discordChecks(config, options.guild));
	const failed = results.filter((result) => result.level === "fail").length;
	const warned = results.filter((result) => result.level === "warn").length;
	print(`${failed} failed, ${warned} warnings, ${results.length - failed - warned} ok`);
	return failed > 0 ? 1 : 0;
}
