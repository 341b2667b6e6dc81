/** The platforms a request can come from; the CLI acts as the console's operator, and "web" is a sign form. */
export type Platform = "console" | "discord" | "telegram" | "web";
/**
 * Who may run a command: anyone; the administrator of the chat it is run in (its own settings);
 * an organizer of the campaign it acts on; or an operator of the deployment.
 */
export type Role = "member" | "chat-admin" | "organizer" | "operator";

/** What an adapter knows about the person and the chat a request comes from. */
export interface RequestOrigin {
	platform: Platform;
	chatId: string;
	/** The Discord server the chat belongs to; absent on Telegram and in the console. */
	scopeId?: string;
	userId: string;
	displayName?: string;
	/** The user's platform locale, e.g. Discord's "es-ES" or Telegram's language_code. */
	userLocale?: string;
	/** The platform says this user administers the chat (Discord Manage Server, Telegram admin). */
	isChatAdmin: boolean;
	/**
	 * Only the requester sees a private reply here: a private chat, Discord's ephemeral replies, the
	 * console. A one-time sign-in link is given only where this holds.
	 */
	privateReplies?: boolean;
	/** The user whose message this one answers (Telegram's reply), for commands about a person. */
	repliedToUserId?: string;
}
