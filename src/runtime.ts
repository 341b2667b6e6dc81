import { type Environment, loadEnvironment } from "./config.js";
import { type Core, createCore } from "./core/core.js";
import { loadStatementFiles } from "./core/statements/statement-files.js";
import type { RedisStatementRepository as RepositoryType } from "./core/store/redis-statement-repository.js";
import { RedisStatementRepository } from "./core/store/redis-statement-repository.js";
import { createLogger, type Logger } from "./logger.js";
import { RedisSetupError } from "./redis/embedded-redis.js";
import { openRedis, type RedisConnection } from "./redis/open-redis.js";

/** A problem the operator must fix; printed as one line per problem, without a stack trace. */
export class StartupError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join("\n"));
	}
}

export interface Runtime {
	config: Environment;
	logger: Logger;
	redis: RedisConnection;
	statements: RepositoryType;
	core: Core;
	/** Problems in statement files: reported, the other files still loaded. */
	statementProblems: string[];
	close(): Promise<void>;
}

export interface RuntimeOptions {
	env: NodeJS.ProcessEnv;
	/** Logs go to stderr when stdout carries a conversation or a command's output. */
	logFd: 1 | 2;
	defaultLogLevel: string;
}

export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
	const result = loadEnvironment(env);
	if (!result.ok) throw new StartupError(result.problems.map((problem) => `configuration: ${problem}`));
	return result.config;
}

/** Config, logger, Redis, statements loaded from config/statements, and the core, in that order. */
export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
	const config = readEnvironment(options.env);
	const logger = createLogger({
		level: config.LOG_LEVEL ?? options.defaultLogLevel,
		fd: options.logFd,
		pretty: Boolean(options.logFd === 1 ? process.stdout.isTTY : process.stderr.isTTY),
		secrets: [config.DISCORD_TOKEN, config.TELEGRAM_BOT_TOKEN, config.REDIS_URL].filter((v): v is string => Boolean(v)),
	});
	let redis: RedisConnection;
	try {
		redis = await openRedis({ url: config.REDIS_URL, dataDir: config.SOLIDARITY_DATA_DIR }, logger);
	} catch (error) {
		if (error instanceof RedisSetupError) throw new StartupError([`redis: ${error.message}`]);
		throw new StartupError([`redis: could not connect (${(error as Error).message})`]);
	}
	const statements = new RedisStatementRepository(redis.redis);
	const loaded = await loadStatementFiles(config.SOLIDARITY_STATEMENTS_DIR).catch((error: NodeJS.ErrnoException) => ({
		statements: [],
		problems: [`${config.SOLIDARITY_STATEMENTS_DIR}: cannot read the folder (${error.code ?? error.message})`],
	}));
	for (const problem of loaded.problems) logger.warn({ problem }, "statement file skipped");
	for (const statement of loaded.statements) await statements.upsert(statement);
	logger.info({ statements: loaded.statements.length, redis: redis.description }, "statements loaded");
	const core = createCore(
		{
			statements,
			organizerIds: { console: [], discord: config.DISCORD_ORGANIZER_IDS, telegram: config.TELEGRAM_ORGANIZER_IDS },
			defaultLocale: config.DEFAULT_LOCALE,
			now: () => new Date(),
		},
		logger,
	);
	return {
		config,
		logger,
		redis,
		statements,
		core,
		statementProblems: loaded.problems,
		close: async () => {
			await redis.close();
			logger.flush();
		},
	};
}
