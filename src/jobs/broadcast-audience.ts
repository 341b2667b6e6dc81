import type { Subscription } from "../core/chats/subscription.js";
import type { Broadcast } from "./broadcast.js";

/**
 * Whether a broadcast goes to a chat that follows its campaign (the fan-out reads only those): an
 * announcement goes to every follower, a reminder to the followers in its time zone.
 */
export const reaches = (broadcast: Broadcast, subscription: Subscription): boolean =>
	// A chat hears from the campaigns it follows, and a chat that follows none hears nothing.
	subscription.campaigns.includes(broadcast.campaign) &&
	(!broadcast.reminder || subscription.timeZone === broadcast.reminder.timeZone);
