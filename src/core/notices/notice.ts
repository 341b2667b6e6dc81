import { z } from "zod";

/**
 * A message the core owes someone because of a change: the organizers' moderation card for a new
 * pending adherence, or a submitter's outcome. It is written to the outbox in the same atomic step
 * as the change and rendered when it is delivered, so it names the adherence, not the text.
 */
export const noticeSchema = z.discriminatedUnion("kind", [
	z.strictObject({
		kind: z.literal("moderation-card"),
		statementId: z.string(),
		number: z.number().int().positive(),
	}),
	z.strictObject({
		kind: z.literal("decision"),
		statementId: z.string(),
		number: z.number().int().positive(),
		decision: z.enum(["approved", "rejected", "withdrawn"]),
		reason: z.string().optional(),
	}),
]);
export type Notice = z.infer<typeof noticeSchema>;
export type DecisionNotice = Extract<Notice, { kind: "decision" }>;

/** One notice per adherence and kind of news: writing it twice keeps one, and delivery is marked by it. */
export const noticeId = (notice: Notice): string =>
	notice.kind === "moderation-card"
		? `card:${notice.statementId}:${notice.number}`
		: `decision:${notice.statementId}:${notice.number}:${notice.decision}`;

export const moderationCardNotice = (statementId: string, number: number): Notice => ({
	kind: "moderation-card",
	statementId,
	number,
});

/**
 * The notices waiting for delivery. They are added by the adherence repository's own atomic steps
 * (see AdherenceRepository); this is how they are taken, acknowledged and retried. A taken notice
 * is leased: if its taker dies before acknowledging it, it is due again when the lease ends.
 */
export interface NoticeOutbox {
	/** Takes one notice if it is due; undefined when delivered, unknown or taken by someone else. */
	claim(id: string): Promise<Notice | undefined>;
	/** Takes up to `limit` notices that are due (new, or their retry time has come). */
	claimDue(limit: number): Promise<Notice[]>;
	/** Acknowledges a delivery; acknowledgements may be written in batches, so this can take a moment. */
	delivered(id: string): Promise<void>;
	/** Writes the acknowledgements this process holds now (at shutdown, or to read a settled state). */
	flush(): Promise<void>;
	/** Due again after a back-off that grows with each failure, and not before `atLeastMs`. */
	retryLater(id: string, atLeastMs: number): Promise<void>;
	/** Puts a notice in the outbox unless it was delivered or is there already; true when it added it. */
	ensure(notice: Notice): Promise<boolean>;
}
