/** How many conversations a process keeps a copy of; the oldest goes first. */
const MAX_COPIES = 1_000;

/**
 * Conversations as this process last wrote or read them, as stored (JSON). The conversation
 * repository hands one out as `recent`, and the adherence repository's submission, which ends the
 * conversation, checks in its own write that the stored one is still that copy: so a /confirm
 * made from the copy waits on no read, and never on one another process changed meanwhile.
 */
export class ConversationCopies {
	private readonly copies = new Map<string, string>();

	remember(key: string, json: string): void {
		this.copies.delete(key);
		this.copies.set(key, json);
		if (this.copies.size > MAX_COPIES) {
			const oldest = this.copies.keys().next().value;
			if (oldest !== undefined) this.copies.delete(oldest);
		}
	}

	json(key: string): string | undefined {
		return this.copies.get(key);
	}

	forget(key: string): void {
		this.copies.delete(key);
	}
}
