import type { Telegram } from "telegraf";
import { BoundedMap } from "../../bounded-map.js";
import type { Logger } from "../../logger.js";

/** Long enough to spare Telegram a call per command, short enough that a demoted admin loses rights soon. */
const cacheMs = 60_000;
/** Entries past which the oldest are dropped, so a busy bot's memory stays bounded. */
const maxEntries = 10_000;

/** Whether a user administers a group, as getChatMember says, remembered for a minute. */
export class ChatAdminCache {
	private readonly entries = new BoundedMap<string, { admin: boolean; until: number }>(maxEntries);

	constructor(
		private readonly telegram: Telegram,
		private readonly logger: Logger,
		private readonly now: () => number = Date.now,
	) {}

	async isAdmin(chatId: number, chatType: string, userId: number): Promise<boolean> {
		// In a private chat the person is the only one whose settings it has.
		if (chatType === "private") return true;
		const key = `${chatId}:${userId}`;
		const cached = this.entries.get(key);
		if (cached && cached.until > this.now()) return cached.admin;
		let admin = false;
		try {
			const member = await this.telegram.getChatMember(chatId, userId);
			admin = member.status === "creator" || member.status === "administrator";
		} catch (error) {
			// Unknown means not an admin: a failed lookup must never grant organizer rights.
			this.logger.warn({ err: error, platform: "telegram", chat: String(chatId) }, "could not check chat admin");
		}
		this.entries.set(key, { admin, until: this.now() + cacheMs });
		return admin;
	}
}
