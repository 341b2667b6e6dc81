import { UnrecoverableError } from "bullmq";
import type { Reply } from "../core/reply.js";
import type { Broadcast } from "./broadcast.js";
import type { BroadcastLedger } from "./broadcast-ledger.js";
import { type BroadcastMessageSources, broadcastMessage } from "./broadcast-message.js";

/** Past these sizes a cache starts afresh: a worker only ever needs the few broadcasts under way. */
const broadcastLimit = 100;
const messageLimit = 200;

/**
 * A broadcast's text does not change once planned, and 10,000 sends read it: each set of workers
 * keeps the last few, and their rendered messages per language. The progress message is read
 * afresh until it is there, since the fan-out may send it after a send first read the broadcast.
 */
export class BroadcastCache {
	private readonly broadcasts = new Map<string, Broadcast>();
	private readonly messages = new Map<string, Reply>();

	constructor(
		private readonly ledger: Pick<BroadcastLedger, "get">,
		private readonly sources: BroadcastMessageSources,
	) {}

	async broadcast(id: string): Promise<Broadcast> {
		const cached = this.broadcasts.get(id);
		if (cached?.progress || (cached && !cached.requestedBy)) return cached;
		const broadcast = await this.ledger.get(id);
		if (!broadcast) throw new UnrecoverableError(`no broadcast ${id}`);
		if (this.broadcasts.size > broadcastLimit) this.broadcasts.clear();
		this.broadcasts.set(id, broadcast);
		return broadcast;
	}

	async message(broadcast: Broadcast, locale: "en" | "es"): Promise<Reply> {
		const key = `${broadcast.id}:${locale}`;
		let message = this.messages.get(key);
		if (!message) {
			message = await broadcastMessage(broadcast, locale, this.sources);
			if (this.messages.size > messageLimit) this.messages.clear();
			this.messages.set(key, message);
		}
		return message;
	}
}
