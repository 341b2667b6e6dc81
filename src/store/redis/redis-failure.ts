/**
 * What ioredis's errors mean for the people waiting: "Redis is unreachable right now" (the core
 * answers "briefly unavailable") versus a bug, and for the operator the cause in one line.
 */

/** The messages ioredis (and BullMQ through it) uses when no server answers the command. */
const unreachableMessages = [
	"Connection is closed.",
	"Stream isn't writeable and enableOfflineQueue options is false",
	"Command timed out",
	"Reached the max retries per request limit",
	"None of the sentinels are available",
];
const unreachableCodes: ReadonlySet<string> = new Set([
	"ECONNREFUSED",
	"ECONNRESET",
	"ENOTFOUND",
	"EAI_AGAIN",
	"ETIMEDOUT",
	"EPIPE",
	"ENOENT",
	"EHOSTUNREACH",
	"ENETUNREACH",
]);

/** True when the error says the server could not be reached, not that a command was wrong. */
export function isRedisUnavailable(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	if (error.name === "MaxRetriesPerRequestError") return true;
	const code = (error as NodeJS.ErrnoException).code;
	if (code && unreachableCodes.has(code)) return true;
	// A server that is loading its AOF after a restart answers LOADING: it is coming back.
	if (error.message.startsWith("LOADING")) return true;
	return unreachableMessages.some((message) => error.message.startsWith(message));
}

/** Problems that waiting does not fix: fail at once instead of retrying until the deadline. */
export function isPermanentConnectFailure(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = (error as NodeJS.ErrnoException).code ?? "";
	return (
		/^(WRONGPASS|NOAUTH|NOPERM|ERR invalid password|ERR AUTH)/.test(error.message) ||
		code === "ENOTFOUND" ||
		isTlsFailure(error)
	);
}

function isTlsFailure(error: Error): boolean {
	const code = (error as NodeJS.ErrnoException).code ?? "";
	return (
		code.startsWith("ERR_TLS") ||
		code.startsWith("ERR_SSL") ||
		/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/.test(code) ||
		/\b(SSL|TLS)\b|certificate|wrong version number/i.test(error.message)
	);
}

/**
 * "connection refused by 127.0.0.1:1" and the like: the cause an operator acts on, never a
 * password (ioredis's own error carries the AUTH arguments, so its text is not reused as is).
 */
export function describeRedisFailure(error: unknown, where: string, tls: boolean): string {
	if (!(error instanceof Error)) return `no answer from ${where}`;
	const code = (error as NodeJS.ErrnoException).code ?? "";
	if (/^(WRONGPASS|ERR invalid password|ERR AUTH)/.test(error.message))
		return `wrong password or user name for ${where} (the server said WRONGPASS)`;
	if (error.message.startsWith("NOAUTH"))
		return `${where} needs a password: add it to REDIS_URL (redis:// followed by :<password>@ and the host)`;
	if (error.message.startsWith("NOPERM")) return `the Redis user has no permission for this on ${where}`;
	if (isTlsFailure(error)) return `TLS handshake with ${where} failed (${code || error.message.split("\n")[0]})`;
	if (code === "ECONNREFUSED") return `connection refused by ${where}: no Redis is listening there`;
	if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `unknown host in ${where} (DNS lookup failed)`;
	if (code === "ETIMEDOUT")
		return tls
			? `no TLS handshake from ${where} in time (is it a TLS port? rediss:// needs one)`
			: `no answer from ${where} in time (a firewall, or a TLS port that needs rediss://?)`;
	if (code === "ENOENT") return `no Redis socket at ${where}`;
	if (code) return `cannot reach ${where} (${code})`;
	return `cannot use ${where}: ${error.message.split("\n")[0]?.slice(0, 200)}`;
}
