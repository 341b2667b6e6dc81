import { z } from "zod";
import { localeSchema } from "./core/i18n/locale.js";

/** A comma-separated list of platform user ids, e.g. "123,456". */
const idListSchema = z
	.string()
	.default("")
	.transform((value) =>
		value
			.split(",")
			.map((id) => id.trim())
			.filter((id) => id.length > 0),
	)
	.pipe(z.array(z.string().regex(/^-?\d+$/, "expected numeric user ids separated by commas")));

const optionalString = z
	.string()
	.trim()
	.optional()
	.transform((value) => (value === "" ? undefined : value));

const isValidTimeZone = (zone: string): boolean => {
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
		return true;
	} catch {
		return false;
	}
};

/** Every environment variable the program reads; config/.env.example documents each one. */
export const environmentSchema = z.object({
	REDIS_URL: optionalString.pipe(
		z.url({ protocol: /^rediss?$/, message: "expected a redis:// or rediss:// URL" }).optional(),
	),
	/** Redis Cluster seed nodes, "host:port,host:port" (REDIS_URL then gives only credentials and TLS). */
	REDIS_CLUSTER_NODES: optionalString,
	/** Redis Sentinels, "host:port,host:port", watching the master REDIS_SENTINEL_NAME. */
	REDIS_SENTINELS: optionalString,
	REDIS_SENTINEL_NAME: z.string().trim().min(1).default("mymaster"),
	SOLIDARITY_DATA_DIR: z.string().trim().min(1).default("data"),
	SOLIDARITY_STATEMENTS_DIR: z.string().trim().min(1).default("config/statements"),
	SOLIDARITY_MEMBERS_FILE: z.string().trim().min(1).default("config/members.yaml"),
	SOLIDARITY_DAYS_FILE: z.string().trim().min(1).default("config/solidarity-days.yaml"),
	SOLIDARITY_CAMPAIGNS_FILE: z.string().trim().min(1).default("config/campaigns.yaml"),
	TELEGRAM_SEND_RATE: z.coerce.number().int().min(1).max(10_000).default(30),
	/** Broadcasts with allow_paid_broadcast, up to 1,000 a second; Telegram charges Stars for each message. */
	TELEGRAM_PAID_BROADCAST: z
		.enum(["true", "false", ""])
		.default("false")
		.transform((value) => value === "true"),
	DISCORD_SEND_RATE: z.coerce.number().int().min(1).max(10_000).default(50),
	DISCORD_TOKEN: optionalString.pipe(
		z
			.string()
			.regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, "does not look like a Discord bot token")
			.optional(),
	),
	DISCORD_APPLICATION_ID: optionalString.pipe(
		z
			.string()
			.regex(/^\d{15,21}$/, "expected the numeric application id")
			.optional(),
	),
	DISCORD_API_BASE: optionalString.pipe(z.url().optional()),
	DISCORD_OPERATOR_IDS: idListSchema,
	/** The earlier name of DISCORD_OPERATOR_IDS, still read. */
	DISCORD_ORGANIZER_IDS: idListSchema,
	TELEGRAM_BOT_TOKEN: optionalString.pipe(
		z
			.string()
			.regex(/^\d+:[\w-]{20,}$/, "does not look like a Telegram bot token (digits:letters)")
			.optional(),
	),
	TELEGRAM_API_ROOT: optionalString.pipe(z.url().optional()),
	TELEGRAM_OPERATOR_IDS: idListSchema,
	/** The earlier name of TELEGRAM_OPERATOR_IDS, still read. */
	TELEGRAM_ORGANIZER_IDS: idListSchema,
	TELEGRAM_WEBHOOK_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
	TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(1).max(65_535).default(8443),
	/** /healthz, /readyz and /metrics; 0 turns the server off. */
	HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
	HEALTH_HOST: z.string().trim().min(1).default("127.0.0.1"),
	TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
		z
			.string()
			.regex(/^[A-Za-z0-9_-]{1,256}$/, "letters, digits, _ and - only (Telegram's rule)")
			.optional(),
	),
	/** The public pages; 0 turns them off. */
	WEB_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
	WEB_HOST: z.string().trim().min(1).default("127.0.0.1"),
	/** Where people reach the pages (behind a proxy, its https address); every absolute link starts with it. */
	PUBLIC_URL: optionalString.pipe(
		z.url({ protocol: /^https?$/, message: "expected an http:// or https:// URL" }).optional(),
	),
	/** Signs the pages' proof-of-work challenges; replicas behind one address must share it. */
	WEB_SECRET: optionalString.pipe(z.string().min(32, "expected at least 32 characters").optional()),
	/** Behind a reverse proxy: take the client's address from X-Forwarded-For, for the per-address limit. */
	WEB_TRUST_PROXY: z
		.enum(["true", "false"])
		.default("false")
		.transform((value) => value === "true"),
	/** Sign posts one address may make in ten minutes. */
	WEB_SIGNS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(20),
	/** Sign posts one statement may take in an hour, from everyone together. */
	WEB_SIGNS_PER_STATEMENT: z.coerce.number().int().min(1).max(1_000_000).default(500),
	ANNOUNCEMENTS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
	ADHERENCES_PER_HOUR: z.coerce.number().int().min(1, "expected a whole number of at least 1").max(10_000).default(10),
	/** "organizer" is the earlier name of "operator". */
	CONSOLE_ROLE: z
		.enum(["operator", "organizer", "member"])
		.default("operator")
		.transform((role) => (role === "member" ? "member" : "operator")),
	DEFAULT_LOCALE: localeSchema.default("en"),
	DEFAULT_TIME_ZONE: z
		.string()
		.default("UTC")
		.refine(isValidTimeZone, { message: "expected an IANA time zone such as America/Lima" }),
	LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export type ConfigResult = { ok: true; config: Environment } | { ok: false; problems: string[] };

/**
 * The one list of variables whose values must never be echoed, not even in a validation message;
 * the logger masks them by name and by value.
 */
export const secretVariableNames = [
	"DISCORD_TOKEN",
	"TELEGRAM_BOT_TOKEN",
	"TELEGRAM_WEBHOOK_SECRET",
	"REDIS_URL",
	"WEB_SECRET",
] as const;
const secretVariables: ReadonlySet<string> = new Set(secretVariableNames);

/**
 * The secret values of a configuration and their parts, as libraries write them: a Redis URL's
 * password alone (ioredis logs AUTH's arguments), a Telegram token's secret after the colon, each
 * part of a Discord token, and their URL-encoded forms. Longest first, so a whole value is masked
 * before its parts.
 */
export function secretValues(config: Partial<Record<(typeof secretVariableNames)[number], string>>): string[] {
	const values = new Set<string>();
	const add = (value: string | undefined) => {
		if (!value) return;
		values.add(value);
		values.add(encodeURIComponent(value));
	};
	for (const name of secretVariableNames) add(config[name]);
	if (config.REDIS_URL && URL.canParse(config.REDIS_URL)) {
		const password = new URL(config.REDIS_URL).password;
		add(password);
		if (password) add(decodeURIComponent(password));
	}
	add(config.TELEGRAM_BOT_TOKEN?.split(":")[1]);
	for (const part of config.DISCORD_TOKEN?.split(".") ?? []) add(part);
	return [...values].sort((a, b) => b.length - a.length);
}

export function loadEnvironment(env: NodeJS.ProcessEnv): ConfigResult {
	const result = environmentSchema.safeParse(env);
	if (result.success) return { ok: true, config: result.data };
	const problems = result.error.issues.map((issue) => {
		const variable = issue.path.join(".");
		const shown = secretVariables.has(variable) ? "" : ` (got ${JSON.stringify(env[variable] ?? "")})`;
		return `${variable}: ${issue.message}${shown}`;
	});
	return { ok: false, problems };
}

/** The console's own user: the operator of a local deployment (the console chat and the CLI). */
export const consoleOperator = "console:local";

/** Every account that may do everything: the configured ids on each platform, and the console's user. */
export function operatorAccounts(config: Environment): string[] {
	return [
		consoleOperator,
		...[...config.DISCORD_OPERATOR_IDS, ...config.DISCORD_ORGANIZER_IDS].map((id) => `discord:${id}`),
		...[...config.TELEGRAM_OPERATOR_IDS, ...config.TELEGRAM_ORGANIZER_IDS].map((id) => `telegram:${id}`),
	];
}
