import { randomBytes } from "node:crypto";
import type { Actor } from "../core/adherences/adherence.js";
import type { Broadcaster, ChatRepository } from "../core/ports.js";
import type { Broadcast } from "./broadcast.js";
import type { BroadcastLedger } from "./broadcast-ledger.js";
import { type BroadcastQueues, scheduleFanOut } from "./broadcast-queues.js";

/** /announce and `solidarity broadcast`: a broadcast record and its fan-out job, delayed to its time. */
export class BullBroadcaster implements Broadcaster {
	constructor(
		private readonly queues: BroadcastQueues,
		private readonly ledger: Pick<BroadcastLedger, "create">,
		private readonly chats: ChatRepository,
		private readonly now: () => Date,
	) {}

	async announce(request: { text: string; at: Date; campaign: string; requestedBy?: Actor; paid?: boolean }) {
		const id = `announcement-${request.at.toISOString().replace(/\D/g, "").slice(0, 14)}-${randomBytes(4).toString("hex")}`;
		const broadcast: Broadcast = {
			id,
			kind: "announcement",
			text: request.text,
			at: request.at.toISOString(),
			...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
			campaign: request.campaign,
			...(request.paid === undefined ? {} : { paid: request.paid }),
		};
		await this.ledger.create(broadcast);
		await scheduleFanOut(this.queues, broadcast, this.now());
		// An announcement goes to every follower of its campaign.
		return { id, chats: await this.chats.followerCount(request.campaign) };
	}
}
