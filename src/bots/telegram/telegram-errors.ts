import { TelegramError } from "telegraf";

/** Longest wait a 429 may impose on one send before the work is handed back to be retried later. */
export const maxRetryAfterMs = 60_000;

export type TelegramFailure =
	| { kind: "rate-limited"; retryAfterMs: number }
	| { kind: "gone"; reason: string }
	| { kind: "migrated"; newChatId: string }
	/** Telegram refused an edit that changes nothing: the message already shows the reply. */
	| { kind: "not-modified" }
	| { kind: "failed"; retryable: boolean; reason: string };

/** Descriptions Telegram gives when the chat will never take a message from the bot again. */
const gonePatterns = [
	/bot was blocked/i,
	/bot was kicked/i,
	/user is deactivated/i,
	/chat not found/i,
	/group chat was deleted/i,
	/bot is not a member/i,
];

/** What a failed Bot API call means for the chat it was for. */
export function classifyTelegramError(error: unknown): TelegramFailure {
	if (error instanceof TelegramError) {
		const description = error.description ?? error.message;
		const migrateTo = error.parameters?.migrate_to_chat_id;
		if (migrateTo !== undefined) return { kind: "migrated", newChatId: String(migrateTo) };
		if (error.code === 429) {
			const seconds = error.parameters?.retry_after ?? 1;
			return { kind: "rate-limited", retryAfterMs: Math.min(seconds * 1000, maxRetryAfterMs) };
		}
		if (/message is not modified/i.test(description)) return { kind: "not-modified" };
		if ((error.code === 403 || error.code === 400) && gonePatterns.some((pattern) => pattern.test(description)))
			return { kind: "gone", reason: description };
		const retryable = error.code === undefined || error.code >= 500;
		return { kind: "failed", retryable, reason: `${error.code ?? "?"}: ${description}` };
	}
	// No answer from Telegram at all (network, DNS, a time-out): a later attempt may get through.
	const reason = error instanceof Error ? error.message : String(error);
	return { kind: "failed", retryable: true, reason };
}
