import type { Subscription } from "../core/chats/subscription.js";
import type { Broadcast } from "./broadcast.js";

/**
 * The chats a broadcast goes to. The announcer counts them when it answers the organizer and the
 * fan-out sends to them, so both use this one rule.
 */
export function audienceOf(broadcast: Broadcast, subscriptions: readonly Subscription[]): Subscription[] {
	return subscriptions.filter(
		(subscription) =>
			(!broadcast.topic || subscription.topics.length === 0 || subscription.topics.includes(broadcast.topic)) &&
			(!broadcast.reminder || subscription.timeZone === broadcast.reminder.timeZone),
	);
}
