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
	/** String with a TTL: account of a one-time web sign-in link, by the hash of its token. */
	webLogin: (tokenHash: string) => `${keyPrefix}web-login:${tokenHash}`,
	/** String with a TTL: account of an organizer's web session, by the hash of its cookie. */
	webSession: (tokenHash: string) => `${keyPrefix}web-session:${tokenHash}`,
	submissionRate: (submitter: string) => `${keyPrefix}rate:submissions:${submitter}`,
	conversation: (key: string) => `${keyPrefix}conversation:${key}`,
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
	/** Hash: "<platform>:<chat>" -> sent / failed / gone, the delivery ledger: read before each send, written with the counts. */
	broadcastOutcomes: (id: string) => `${keyPrefix}broadcast-outcomes:${id}`,
	/** String: the microsecond (Redis TIME) from which a send lane's next broadcast send may go (a platform's, or Telegram's paid broadcasts'), its pace kept across workers. */
	sendPace: (lane: string) => `${keyPrefix}send-pace:${lane}`,
	/** Hash: "<platform>:<chat>" -> language, the chats a broadcast goes to, fixed page by page at its first fan-out. */
	broadcastAudience: (id: string) => `${keyPrefix}broadcast-audience:${id}`,
	/** Hash: where a broadcast's fan-out stands: `cursor` (the last follower walked) and `pending` (the last page fixed, JSON). */
	broadcastFanOut: (id: string) => `${keyPrefix}broadcast:${id}:fan-out`,
	/** Hash: notice id -> notice JSON, the cards and outcomes not yet delivered (see src/core/notices). */
	noticeOutbox: `${keyPrefix}notices:outbox`,
	/** Sorted set: notice id scored by when it is due (0: at once; a lease or a retry: later), in ms. */
	noticeDue: `${keyPrefix}notices:due`,
	/** Hash: notice id -> failed deliveries, for the back-off. */
	noticeAttempts: `${keyPrefix}notices:attempts`,
	/** Hash: notice id -> when it was delivered, so a resent submission's card is not sent twice. */
	noticesDelivered: `${keyPrefix}notices:delivered`,
	/** Hash: "<platform>:<chat>" -> subscription JSON. */
	subscriptions: `${keyPrefix}subscriptions`,
	/**
	 * Sorted set, every score 0: the "<platform>:<chat>" of each chat that follows a campaign, kept
	 * with the subscription in one atomic step. A fan-out walks it in lexical pages (ZRANGE BYLEX),
	 * which never repeat or skip a chat that stays subscribed, however the set changes meanwhile.
	 */
	campaignFollowers: (campaignId: string) => `${keyPrefix}campaign:${campaignId}:followers`,
	/** Hash: campaign id -> { id, name } JSON. */
	campaigns: `${keyPrefix}campaigns`,
	/** Set: the accounts that organize a campaign. */
	campaignOrganizers: (campaignId: string) => `${keyPrefix}campaign:${campaignId}:organizers`,
	/** Set: the campaigns an account organizes (the reverse of campaignOrganizers, kept with it). */
	organizes: (account: string) => `${keyPrefix}organizes:${account}`,
	/** Stream: grants and revocations of a campaign's organizers. */
	campaignAudit: (campaignId: string) => `${keyPrefix}audit:campaign:${campaignId}`,
	/** String: the account linked to this one on another platform. */
	accountLink: (account: string) => `${keyPrefix}account-link:${account}`,
	/** String with a 10-minute expiry: a one-time code -> the account that asked for it. */
	linkCode: (code: string) => `${keyPrefix}link-code:${code}`,
	/** Stream: account links and unlinks. */
	accountAudit: `${keyPrefix}audit:accounts`,
	/** Set: "<platform>:<chat>" where a campaign's moderation cards go. */
	moderationChats: (campaignId: string) => `${keyPrefix}campaign:${campaignId}:moderation-chats`,
	/** Counter with an expiry: a fixed-window rate limit (announcements per campaign and hour). */
	rateLimit: (key: string) => `${keyPrefix}rate:${key}`,
};
