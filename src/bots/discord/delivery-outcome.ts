import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import type { DeliveryOutcome } from "../../core/ports.js";

/** Discord's error codes for a channel the bot can no longer reach: the subscription is dropped. */
const goneCodes: ReadonlySet<number> = new Set([10003, 50001]);

/** What a failed Discord request means for the job that sent it: wait, drop the chat, or retry. */
export function deliveryFailure(error: unknown): DeliveryOutcome {
	if (error instanceof RateLimitError) return { kind: "rate-limited", retryAfterMs: error.retryAfter };
	if (error instanceof DiscordAPIError) {
		const reason = `${error.status} ${String(error.code)} ${error.message}`.slice(0, 200);
		if (error.status === 429) return { kind: "rate-limited", retryAfterMs: 1000 };
		if (error.status === 404 || (typeof error.code === "number" && goneCodes.has(error.code)))
			return { kind: "gone", reason };
		return { kind: "failed", retryable: error.status >= 500, reason };
	}
	if (error instanceof HTTPError) return { kind: "failed", retryable: error.status >= 500, reason: error.message };
	// A network failure or timeout: the next attempt may well get through.
	return { kind: "failed", retryable: true, reason: error instanceof Error ? error.message : String(error) };
}
