import type { Adherence } from "./adherence.js";

/** What became of a submission or a change, as the adherence repository (ports.ts) answers. */
export type SubmitOutcome =
	| { kind: "created"; adherence: Adherence }
	/** The same organization is already pending or approved: its number. */
	| { kind: "duplicate"; number: number }
	| { kind: "rate-limited" }
	/** The conversation it ends is no longer the copy it was made from: nothing was written. */
	| { kind: "stale-conversation" };

export type TransitionOutcome =
	| { kind: "changed"; before: Adherence; after: Adherence }
	| { kind: "not-found" }
	/** Its status is not one the change applies to (already approved, withdrawn, ...). */
	| { kind: "conflict"; current: Adherence }
	/** Changed since the `known` record the change was made from; `current` is the stored one. */
	| { kind: "stale"; current: Adherence };
