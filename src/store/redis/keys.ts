/**
 * Every Redis key the store uses: the one place that knows their names. The braces are a Redis
 * Cluster hash tag: every key (and BullMQ's, which share it) hashes to one slot, so the Lua steps
 * and transactions that touch several keys work on a cluster too.
 */
export const keyPrefix = "{sb}:";

export const keys = {
	/** String: the data's schema version (schema-version.ts). */
	schemaVersion: `${keyPrefix}schema-version`,
	statement: (id: string) => `${keyPrefix}statement:${id}`,
	statementIds: `${keyPrefix}statements`,
	/** Hash: runtime facts organizers changed (asOf). */
	statementState: (id: string) => `${keyPrefix}statement-state:${id}`,
	/** Hash: adherence number -> record JSON. */
	adherences: (statementId: string) => `${keyPrefix}adherences:${statementId}`,
	/** Counter bumped by every change to a statement's adherences. */
	adherenceVersion: (statementId: string) => `${keyPrefix}adherences:${statementId}:version`,
	/** Sorted set: adherence number scored by the version that last changed it, so readers fetch only what changed. */
	adherenceChanges: (statementId: string) => `${keyPrefix}adherences:${statementId}:changes`,
	/** Set once when a statement's first adherence is written: a reader's cache from before a flush is discarded. */
	adherenceGeneration: (statementId: string) => `${keyPrefix}adherences:${statementId}:generation`,
	adherenceSequence: (statementId: string) => `${keyPrefix}adherences:${statementId}:sequence`,
	/** Hash: identity key -> number of the pending or approved adherence that holds it. */
	adherenceIdentities: (statementId: string) => `${keyPrefix}adherences:${statementId}:identities`,
	/** Stream: every change to a statement's adherences and list. */
	audit: (statementId: string) => `${keyPrefix}audit:${statementId}`,
	submissionRate: (submitter: string) => `${keyPrefix}rate:submissions:${submitter}`,
	conversation: (key: string) => `${keyPrefix}conversation:${key}`,
	/** Hash: "<platform>:<scope>" -> the organizers' chat id. */
	organizerChats: `${keyPrefix}organizer-chats`,
	/** String: the vote on a statement (JSON). */
	vote: (statementId: string) => `${keyPrefix}vote:${statementId}`,
	/** Hash: member organization id -> ballot JSON. */
	ballots: (statementId: string) => `${keyPrefix}vote:${statementId}:ballots`,
	/** String: the member roll (JSON), in the order of config/members.yaml. */
	memberRoll: `${keyPrefix}member-roll`,
	/** Hash: day id -> solidarity day JSON. */
	solidarityDays: `${keyPrefix}solidarity-days`,
	/** String: a broadcast (announcement or reminder) as JSON. */
	broadcast: (id: string) => `${keyPrefix}broadcast:${id}`,
	/** Hash: sent / failed / gone / total of a broadcast. */
	broadcastStats: (id: string) => `${keyPrefix}broadcast:${id}:stats`,
	/** String with a short expiry: a progress edit was made lately. */
	broadcastEditLock: (id: string) => `${keyPrefix}broadcast:${id}:edit-lock`,
	/** Set: "<platform>:<chat>" that have the broadcast, checked before and written after each send. */
	delivered: (id: string) => `${keyPrefix}delivered:${id}`,
	/** Hash: "<platform>:<chat>" -> subscription JSON. */
	subscriptions: `${keyPrefix}subscriptions`,
};
