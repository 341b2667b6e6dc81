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

export function maskSecrets(text: string, secrets: readonly string[]): string {
	let masked = text.replace(telegramTokenInUrl, "bot[redacted]");
	for (const secret of secrets) if (secret.length >= 8) masked = masked.split(secret).join("[redacted]");
	return masked;
}

export function createLogger(options: LoggerOptions, destination?: DestinationStream): Logger {
	const secrets = options.secrets ?? [];
	const base = {
		level: options.level,
		redact: { paths: redactedPaths, censor: "[redacted]" },
		serializers: {
			err: (error: unknown) => {
				const serialized = pino.stdSerializers.err(error as Error);
				return JSON.parse(maskSecrets(JSON.stringify(serialized), secrets));
			},
		},
		hooks: {
			logMethod(this: Logger, args: Parameters<Logger["info"]>, method: Logger["info"]) {
				const masked = args.map((arg) => (typeof arg === "string" ? maskSecrets(arg, secrets) : arg));
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
