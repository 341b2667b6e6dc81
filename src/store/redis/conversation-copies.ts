import { BoundedMap } from "../../bounded-map.js";

/** How many conversations a process keeps a copy of; the oldest goes first. */
const MAX_COPIES = 1_000;

/**
 * Conversations as this process last wrote or read them, as stored (JSON), by conversation key. The
 * conversation repository hands one out as `recent`, and the adherence repository's submission,
 * which ends the conversation, checks in its own write that the stored one is still that copy: so
 * a /confirm made from the copy waits on no read, and never on one another process changed meanwhile.
 */
export class ConversationCopies extends BoundedMap<string, string> {
	constructor() {
		super(MAX_COPIES);
	}
}
