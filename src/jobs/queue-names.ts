/** BullMQ's key prefix: the store's hash tag, so queue keys share the store's cluster slot. */
export const bullPrefix = "{sb}";

/** Every BullMQ queue of the app, in one place, so producers and workers agree. */
export const queueNames = {
	voteDeadlines: "solidarity-vote-deadlines",
	/** Fan-out jobs: one per broadcast (an announcement, or a reminder for one time zone). */
	broadcasts: "solidarity-broadcasts",
	/** The periodic job that turns solidarity days into delayed broadcasts. */
	reminderPlanner: "solidarity-reminder-planner",
	/** One queue per send lane (a platform, and Telegram's paid broadcasts), so each has its own rate limit. */
	send: (lane: string) => `solidarity-send-${lane}`,
} as const;
