import type { RequestOrigin } from "../request.js";
import { type UserError, userError } from "../user-error.js";
import { accountKeySchema } from "./campaign.js";

/**
 * The account a command names: "discord:<id>" or "telegram:<id>", a bare id on the platform the
 * command comes from, a Discord mention, or, with nothing typed, the author of the message the
 * command answers (a Telegram reply).
 */
export function namedAccount(typed: string | undefined, origin: RequestOrigin): string | UserError {
	const word = typed?.trim();
	if (!word)
		return origin.repliedToUserId ? `${origin.platform}:${origin.repliedToUserId}` : userError("accountInvalid");
	const mention = /^<@!?(\d{1,20})>$/.exec(word);
	const candidate = mention ? `discord:${mention[1]}` : /^-?\d{1,20}$/.test(word) ? `${origin.platform}:${word}` : word;
	const parsed = accountKeySchema.safeParse(candidate.toLowerCase());
	return parsed.success ? parsed.data : userError("accountInvalid");
}
