import pino, { type DestinationStream, type Logger } from "pino";
import { secretVariableNames } from "./config.js";

export type { Logger };

/** Paths that could carry a secret if someone ever logs a config or an HTTP request. */
const redactedPaths = [
	"token",
	"*.token",
	...secretVariableNames,
	...secretVariableNames.map((name) => `*.${name}`),
	"headers.authorization",
	"*.headers.authorization",
	"contact",
	"*.contact",
];

export interface LoggerOptions {
	level: string;
	/** 1 = stdout, 2 = stderr: the console chat keeps stdout for the conversation. */
	fd: 1 | 2;
	/** Readable lines for a person at a terminal; JSON lines otherwise. */
	pretty: boolean;
	/** Secret values (tokens) to mask wherever they appear in a message or an error. */
	secrets?: readonly string[];
}

/** Telegram puts the token in every API URL, so an error message can carry it. */
const telegramTokenInUrl = /bot\d+:[\w-]{20,}/g;
/** The user and password of any URL (redis://user:password@host), whatever the configuration says. */
const urlCredentials = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>]*@/gi;
/** Shorter values would mask ordinary words; no token or password of ours is that short. */
const shortestMaskedSecret = 4;

export function maskSecrets(text: string, secrets: readonly string[]): string {
	let masked = text.replace(telegramTokenInUrl, "bot[redacted]").replace(urlCredentials, "$1[redacted]@");
	for (const secret of secrets)
		if (secret.length >= shortestMaskedSecret) masked = masked.split(secret).join("[redacted]");
	return masked;
}

/**
 * An error as a log line may show it: ioredis puts a command's arguments in its errors (AUTH's
 * password, a Lua step's contact e-mail), so they are dropped, and every secret is masked.
 */
export function serializeError(error: unknown, secrets: readonly string[]): Record<string, unknown> {
	const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
	const command = serialized.command as { name?: unknown } | undefined;
	if (command && typeof command === "object") serialized.command = { name: command.name, args: "[redacted]" };
	if ("args" in serialized) serialized.args = "[redacted]";
	return JSON.parse(maskSecrets(JSON.stringify(serialized), secrets));
}

/** A log call's message or merged fields: every value but `err` (serialized above) is masked. */
function maskLogArgument(arg: unknown, secrets: readonly string[]): unknown {
	if (typeof arg === "string") return maskSecrets(arg, secrets);
	if (!arg || typeof arg !== "object" || arg instanceof Error) return arg;
	return Object.fromEntries(
		Object.entries(arg).map(([key, value]) => {
			if (key === "err" || value === null || value === undefined) return [key, value];
			if (typeof value === "string") return [key, maskSecrets(value, secrets)];
			if (typeof value !== "object") return [key, value];
			return [key, JSON.parse(maskSecrets(JSON.stringify(value) ?? "null", secrets))];
		}),
	);
}

export function createLogger(options: LoggerOptions, destination?: DestinationStream): Logger {
	const secrets = options.secrets ?? [];
	const base = {
		level: options.level,
		redact: { paths: redactedPaths, censor: "[redacted]" },
		serializers: {
			err: (error: unknown) => serializeError(error, secrets),
		},
		hooks: {
			logMethod(this: Logger, args: Parameters<Logger["info"]>, method: Logger["info"]) {
				const masked = args.map((arg) => maskLogArgument(arg, secrets));
				return method.apply(this, masked as Parameters<Logger["info"]>);
			},
		},
	};
	if (destination) return pino(base, destination);
	if (options.pretty) {
		return pino({
			...base,
			transport: { target: "pino-pretty", options: { destination: options.fd, colorize: true } },
		});
	}
	return pino(base, pino.destination({ fd: options.fd, sync: true }));
}
