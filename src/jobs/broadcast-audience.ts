import type { Subscription } from "../core/chats/subscription.js";
import type { Broadcast } from "./broadcast.js";

/**
 * The chats a broadcast goes to. The announcer counts them when it answers the organizer and the
 * fan-out sends to them, so both use this one rule.
 */
export function audienceOf(broadcast: Broadcast, subscriptions: readonly Subscription[]): Subscription[] {
	return subscriptions.filter(
		(subscription) =>
			// A chat hears from the campaigns it follows, and a chat that follows none hears nothing.
			subscription.campaigns.includes(broadcast.campaign) &&
			(!broadcast.reminder || subscription.timeZone === broadcast.reminder.timeZone),
	);
}
