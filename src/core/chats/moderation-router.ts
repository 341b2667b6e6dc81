import type { Actor } from "../adherences/adherence.js";
import type { ChatMessenger, ChatRepository, Notifier, StatementRepository } from "../ports.js";
import type { Reply } from "../reply.js";

/**
 * The core's notifier in a running bot: a submitter is told where they signed, and a moderation
 * card goes to every moderation chat of the statement's campaign, on whichever platform it is,
 * and to no other chat.
 */
export class ModerationRouter implements Notifier {
	constructor(
		private readonly statements: StatementRepository,
		private readonly chats: ChatRepository,
		private readonly messenger: ChatMessenger,
	) {}

	async notifyUser(recipient: Actor, reply: Reply): Promise<void> {
		await this.messenger.notifyUser(recipient, reply);
	}

	async notifyOrganizers(statementId: string, _origin: Actor, reply: Reply): Promise<void> {
		const statement = await this.statements.get(statementId);
		if (!statement) return;
		const chats = await this.chats.moderationChats(statement.campaign);
		if (chats.length === 0) {
			this.messenger.noModerationChat?.(statement.campaign, statementId);
			// The card waits in the notice outbox until an organizer names a chat with /moderatehere.
			throw new Error(`campaign ${statement.campaign} has no moderation chat for ${statementId}`);
		}
		for (const chat of chats) await this.messenger.notifyChat(chat, reply);
	}
}
