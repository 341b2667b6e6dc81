/** A deep link's payload that opens the adherence flow: t.me/<bot>?start=adhere-<statement>. */
export const adherePayloadPrefix = "adhere-";

export function adherenceDeepLink(botUsername: string, statementId: string): string {
	return `https://t.me/${botUsername}?start=${adherePayloadPrefix}${statementId}`;
}

/**
 * The line for the core, from a Telegram message's text: "/cmd@ThisBot args" loses its mention,
 * "/start adhere-<id>" (a deep link) becomes "/adhere <id>", plain /start becomes /help.
 * Null when the command is addressed to another bot in the group.
 */
export function coreLine(text: string, botUsername: string): string | null {
	const match = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?=\s|$)([\s\S]*)$/.exec(text.trim());
	if (!match) return text;
	const [, name = "", mention, rest = ""] = match;
	if (mention && mention.toLowerCase() !== botUsername.toLowerCase()) return null;
	if (name.toLowerCase() === "start") {
		const payload = rest.trim();
		if (payload.startsWith(adherePayloadPrefix)) return `/adhere ${payload.slice(adherePayloadPrefix.length)}`;
		return "/help";
	}
	return `/${name}${rest}`;
}

/** The command name a line starts with, lower-cased; undefined for plain text. */
export function commandName(line: string): string | undefined {
	return /^\/(\S+)/.exec(line)?.[1]?.toLowerCase();
}
