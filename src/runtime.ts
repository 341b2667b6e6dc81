import { type Environment, loadEnvironment, operatorAccounts, secretValues } from "./config.js";
import { AdherenceLinkRegistry } from "./core/adherences/adherence-link-registry.js";
import { loadCampaignsFile } from "./core/campaigns/campaigns-file.js";
import type { CoreDependencies } from "./core/context.js";
import { type Core, createCore } from "./core/core.js";
import { loadSolidarityDaysFile } from "./core/days/solidarity-days-file.js";
import type { ChatMessenger, Notifier } from "./core/ports.js";
import type { Statement } from "./core/statements/statement.js";
import { loadStatementFiles } from "./core/statements/statement-files.js";
import { loadMemberRollFile } from "./core/votes/member-roll-file.js";
import { printFatalErrorsMasked } from "./fatal-errors.js";
import { instrumentCore } from "./health/instrument-core.js";
import type { Metrics } from "./health/metrics.js";
import type { BroadcastQueues } from "./jobs/broadcast-queues.js";
import type { BullReminderPlanner } from "./jobs/bull-reminder-planner.js";
import type { WorkerDependencies } from "./jobs/workers.js";
import { createLogger, type Logger, maskSecrets } from "./logger.js";
import { settleWithin } from "./settle-within.js";
import { createCoreDependencies } from "./store/redis/core-dependencies.js";
import { RedisSetupError } from "./store/redis/embedded-redis.js";
import { openRedis, type RedisConnection } from "./store/redis/open-redis.js";
import type { BroadcastStore } from "./store/redis/redis-broadcast-store.js";
import { RedisConnectError } from "./store/redis/redis-client-options.js";
import type { RedisRepositories } from "./store/redis/redis-repositories.js";
import { migrateSchema, SchemaVersionError } from "./store/redis/schema-version.js";

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
	statements: RedisRepositories["statements"];
	adherences: RedisRepositories["adherences"];
	statementState: RedisRepositories["statementState"];
	deps: CoreDependencies;
	broadcastQueues: BroadcastQueues;
	broadcastStore: BroadcastStore;
	reminders: BullReminderPlanner;
	/** Adapters register their platform's adherence link here when they start. */
	links: AdherenceLinkRegistry;
	core: Core;
	/** Prometheus metrics of this process, when it was opened to serve them; the core's commands are counted into it. */
	metrics: Metrics | undefined;
	/** Problems in statement files: reported, the other files still loaded. */
	statementProblems: string[];
	close(): Promise<void>;
}

export interface RuntimeOptions {
	/** Where messages to submitters and organizers go: the running adapters'. */
	notifier?: (logger: Logger) => Notifier | { messenger: ChatMessenger };
	env: NodeJS.ProcessEnv;
	/** Logs go to stderr when stdout carries a conversation or a command's output. */
	logFd: 1 | 2;
	defaultLogLevel: string;
	/** The name an unexpected error is printed with. */
	program?: string;
	/** A long-running process (the bot) starts the embedded Redis again whenever it dies. */
	superviseRedis?: boolean;
	/** False for a one-shot command: see keepReads in core-dependencies.ts. */
	keepReads?: boolean;
	/**
	 * Count commands for /metrics. Only a process that serves them needs it, and prom-client is then loaded:
	 * some 30 to 50 ms of start-up that the console chat and one-shot commands are spared.
	 */
	metrics?: boolean;
}

export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
	const result = loadEnvironment(env);
	if (!result.ok) throw new StartupError(result.problems.map((problem) => `configuration: ${problem}`));
	return result.config;
}

/** Without an adapter (the CLI), a notification has nowhere to go; the log says so. */
function undeliveredNotifier(logger: Logger): Notifier {
	return {
		notifyUser: async (recipient) => logger.info({ platform: recipient.platform }, "no adapter to notify a submitter"),
		notifyOrganizers: async (statementId) => logger.info({ statementId }, "no adapter to notify organizers"),
	};
}

/** "Received" must mean on disk: say so loudly when the Redis in use does not fsync every write. */
async function warnIfNotDurable(redis: RedisConnection["redis"], logger: Logger): Promise<void> {
	try {
		const [, appendonly] = (await redis.config("GET", "appendonly")) as string[];
		const [, fsync] = (await redis.config("GET", "appendfsync")) as string[];
		if (appendonly !== "yes" || fsync !== "always") {
			logger.warn(
				{ appendonly, appendfsync: fsync },
				"Redis does not fsync every write: a crash may lose confirmed adherences",
			);
		}
	} catch {
		logger.debug("cannot read Redis persistence settings (CONFIG may be disabled)");
	}
}

/** What the job workers take from a runtime; main and the CLI's `worker` both start them with it. */
export function workerDependencies(runtime: Runtime): WorkerDependencies {
	return {
		config: runtime.config,
		connection: runtime.redis.options,
		deps: runtime.deps,
		queues: runtime.broadcastQueues,
		ledger: runtime.broadcastStore,
		planner: runtime.reminders,
		logger: runtime.logger,
	};
}

/** Config, logger, Redis (the config files read meanwhile), statements loaded from config/statements, and the core. */
export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
	const config = readEnvironment(options.env);
	printFatalErrorsMasked(options.program ?? "solidarity", secretValues(config));
	const logger = createLogger({
		level: config.LOG_LEVEL ?? options.defaultLogLevel,
		fd: options.logFd,
		pretty: Boolean(options.logFd === 1 ? process.stdout.isTTY : process.stderr.isTTY),
		secrets: secretValues(config),
	});
	// Loaded, like the files, while Redis starts.
	const metricsLoading = options.metrics ? import("./health/metrics.js") : undefined;
	metricsLoading?.catch(() => undefined);
	// The files are read and parsed while Redis starts, which is mostly waiting on another process.
	const filesRead = Promise.all([
		loadCampaignsFile(config.SOLIDARITY_CAMPAIGNS_FILE),
		loadStatementFiles(config.SOLIDARITY_STATEMENTS_DIR).catch((error: NodeJS.ErrnoException) => ({
			statements: [],
			problems: [`${config.SOLIDARITY_STATEMENTS_DIR}: cannot read the folder (${error.code ?? error.message})`],
		})),
		loadMemberRollFile(config.SOLIDARITY_MEMBERS_FILE),
		loadSolidarityDaysFile(config.SOLIDARITY_DAYS_FILE),
	]);
	// Should Redis fail first, the files' answer is not waited for.
	filesRead.catch(() => undefined);
	let redis: RedisConnection;
	try {
		redis = await openRedis(
			{
				url: config.REDIS_URL,
				dataDir: config.SOLIDARITY_DATA_DIR,
				superviseEmbedded: options.superviseRedis,
				clusterNodes: config.REDIS_CLUSTER_NODES,
				sentinels: config.REDIS_SENTINELS,
				sentinelName: config.REDIS_SENTINEL_NAME,
			},
			logger,
		);
	} catch (error) {
		const secrets = secretValues(config);
		if (error instanceof RedisConnectError) throw new StartupError([maskSecrets(error.message, secrets)]);
		if (error instanceof RedisSetupError) throw new StartupError([`redis: ${error.message}`]);
		throw new StartupError([maskSecrets(`redis: could not connect (${(error as Error).message})`, secrets)]);
	}
	const redisClient = redis.redis;
	try {
		const schema = await migrateSchema(redisClient);
		for (const step of schema.applied) logger.info({ step }, "data migrated");
	} catch (error) {
		await redis.close();
		if (error instanceof SchemaVersionError) throw new StartupError([`redis: ${error.message}`]);
		throw error;
	}
	const links = new AdherenceLinkRegistry();
	const wired = createCoreDependencies(
		{ client: redisClient, options: redis.options },
		{
			notifier: options.notifier?.(logger) ?? undeliveredNotifier(logger),
			links,
			submissionsPerHour: config.ADHERENCES_PER_HOUR,
			announcementsPerHour: config.ANNOUNCEMENTS_PER_HOUR,
			operators: operatorAccounts(config),
			defaultLocale: config.DEFAULT_LOCALE,
			defaultTimeZone: config.DEFAULT_TIME_ZONE,
			now: () => new Date(),
			onQueueError: (error) => logger.debug({ err: error }, "job queue connection problem"),
			keepReads: options.keepReads,
		},
	);
	const { repositories, deps, broadcastQueues, broadcastStore, reminders } = wired;
	const [campaigns, statementFiles, roll, days] = await filesRead;
	for (const problem of campaigns.problems) logger.warn({ problem }, "campaigns not loaded");
	if (campaigns.campaigns) await repositories.campaigns.seed(campaigns.campaigns);
	const knownCampaigns = new Set((await repositories.campaigns.list()).map((campaign) => campaign.id));
	const loaded = inKnownCampaigns(statementFiles, knownCampaigns, config.SOLIDARITY_CAMPAIGNS_FILE);
	for (const problem of loaded.problems) logger.warn({ problem }, "statement file skipped");
	await Promise.all(loaded.statements.map((statement) => repositories.statements.upsert(statement)));
	for (const problem of roll.problems) logger.warn({ problem }, "member roll not loaded");
	if (roll.members) await repositories.roll.replaceAll(roll.members);
	for (const problem of days.problems) logger.warn({ problem }, "solidarity days not loaded");
	if (days.days) await repositories.days.replaceConfigured(days.days);
	logger.info(
		{ statements: loaded.statements.length, members: roll.members?.length, redis: redis.description },
		"loaded",
	);
	await warnIfNotDurable(redisClient, logger);
	const metrics = (await metricsLoading)?.createMetrics();
	const core = metrics ? instrumentCore(createCore(deps, logger), metrics) : createCore(deps, logger);
	return {
		config,
		logger,
		redis,
		...repositories,
		deps,
		core,
		metrics,
		broadcastQueues,
		broadcastStore,
		reminders,
		links,
		statementProblems: [...campaigns.problems, ...loaded.problems, ...roll.problems, ...days.problems],
		close: async () => {
			// With Redis gone, BullMQ's close can wait for ever; the connection is dropped regardless.
			await settleWithin(wired.close(), 2000);
			await redis.close();
			logger.flush();
		},
	};
}

/** A statement of a campaign the deployment does not know would have no organizers: it is refused, with why. */
function inKnownCampaigns(
	loaded: { statements: Statement[]; problems: string[] },
	known: ReadonlySet<string>,
	campaignsFile: string,
): { statements: Statement[]; problems: string[] } {
	const problems = [...loaded.problems];
	const statements = loaded.statements.filter((statement) => {
		if (known.has(statement.campaign)) return true;
		problems.push(`statement ${statement.id}: campaign "${statement.campaign}" is not in ${campaignsFile}`);
		return false;
	});
	return { statements, problems };
}
