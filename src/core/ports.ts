import type { Actor, Adherence, AdherenceStatus, AuditEntry } from "./adherences/adherence.js";
import type { SubmitOutcome, TransitionOutcome } from "./adherences/adherence-outcomes.js";
import type { Campaign, OrganizerChange } from "./campaigns/campaign.js";
import type { Subscription } from "./chats/subscription.js";
import type { SolidarityDay } from "./days/solidarity-day.js";
import type { DecisionNotice } from "./notices/notice.js";
import type { Reply } from "./reply.js";
import type { Platform } from "./request.js";
import type { Statement, StatementStatus } from "./statements/statement.js";
import type { Ballot, MemberOrganization, Vote, VoteResult } from "./votes/vote.js";

/** Where statements live; the Redis implementation is in store/. */
export interface StatementRepository {
	/** Writes a statement as its document defines it, replacing an earlier version of that document. */
	upsert(statement: Statement): Promise<void>;
	get(id: string): Promise<Statement | undefined>;
	list(): Promise<Statement[]>;
	/** An organizer's correction of a draft, written with an audit entry per signatory it changed, in one step. */
	replaceDraft(
		statement: Statement,
		audits: readonly { who: string; at: string; action: string; before: unknown; after: unknown }[],
	): Promise<void>;
}

/** A fixed window per submitter: at most `limit` submissions in `windowSeconds`. */
export interface SubmissionRateLimit {
	key: string;
	limit: number;
	windowSeconds: number;
}

/**
 * Adherences. Every change is atomic with its audit entry, and a submission is checked against
 * the identity keys of the pending and approved ones in the same step, so two identical
 * submissions racing give one record. The same step writes the notice the change owes to the
 * outbox: a new pending adherence's moderation card, a transition's `notice`.
 */
export interface AdherenceRepository {
	submit(
		draft: Omit<Adherence, "number">,
		identityKeys: readonly string[],
		rateLimit: SubmissionRateLimit,
		/** A conversation that ends with this submission, deleted in the same step whatever the outcome. */
		endsConversation?: string,
	): Promise<SubmitOutcome>;
	get(statementId: string, number: number): Promise<Adherence | undefined>;
	/**
	 * The record as this process last wrote or read it, without asking the store: a decision made
	 * soon after starts from it. It may be out of date, so it is only ever a transition's `known`.
	 */
	recent(statementId: string, number: number): Adherence | undefined;
	/** The cached records, shared between callers: read only. */
	list(statementId: string): Promise<readonly Adherence[]>;
	/** Resolves once the list kept here has caught up with this process's own last change: read it then, not twice. */
	caughtUp(statementId: string): Promise<void>;
	/**
	 * Changes an adherence whose status is one of `from`. Leaving pending/approved frees its identity
	 * keys, so an organization rejected or withdrawn may sign again. A change made from a `known`
	 * record that is no longer the stored one is not written: the answer is `stale`.
	 */
	transition(
		statementId: string,
		number: number,
		from: readonly AdherenceStatus[],
		change: (current: Adherence) => Adherence,
		audit: { who: string; action: string; at: string },
		identityKeys: readonly string[],
		notice?: DecisionNotice,
		/** The record as the caller has it (get or recent), so it is not read again; the write checks it is current. */
		known?: Adherence,
	): Promise<TransitionOutcome>;
	audit(statementId: string): Promise<AuditEntry[]>;
}

/** Runtime facts about a statement that organizers change from a chat, over its document. */
export interface StatementStateRepository {
	/** The "as of" date organizers published, when they moved it. */
	asOf(statementId: string): Promise<string | undefined>;
	setAsOf(statementId: string, date: string, audit: { who: string; at: string; before: string | null }): Promise<void>;
	/** A status set from the chat (voting, open after adoption) wins over the document's. */
	setStatus(statementId: string, status: StatementStatus, audit: { who: string; at: string }): Promise<void>;
}

/** A conversation in progress (the guided adherence), kept in Redis so it survives a restart. */
export interface ConversationRepository {
	get(key: string): Promise<unknown>;
	/**
	 * The conversation as this process last wrote or read it, without asking the store (undefined
	 * when it has no copy). A submission that ends the conversation checks the copy is current.
	 */
	recent(key: string): unknown;
	set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
	delete(key: string): Promise<void>;
}

/** Messages the core sends besides its reply: to a submitter, or to a statement's organizers. */
export interface Notifier {
	notifyUser(recipient: Actor, reply: Reply): Promise<void>;
	notifyOrganizers(statementId: string, origin: Actor, reply: Reply): Promise<void>;
}

/** A chat on one platform; on Discord, the server it belongs to. */
export interface ChatAddress {
	platform: Platform;
	chatId: string;
	scopeId?: string;
}

/** What the running adapters can deliver: a message to a person where they wrote from, or to a chat. */
export interface ChatMessenger {
	notifyUser(recipient: Actor, reply: Reply): Promise<void>;
	notifyChat(chat: ChatAddress, reply: Reply): Promise<void>;
	/** Says (to the log) that a campaign has no moderation chat yet. */
	noModerationChat?(campaignId: string, statementId: string): void;
}

/** Chats the bot serves: subscriptions to announcements, and where each campaign's organizers get moderation cards. */
export interface ChatRepository {
	/** The chats where a campaign's moderation cards go, on every platform. */
	moderationChats(campaignId: string): Promise<ChatAddress[]>;
	addModerationChat(campaignId: string, chat: ChatAddress): Promise<void>;
	/** A chat moved to a new id (a Telegram group became a supergroup): its moderation roles follow it. */
	moveModerationChat(platform: Platform, oldChatId: string, newChatId: string): Promise<void>;
	subscribe(subscription: Subscription): Promise<void>;
	/** False when the chat was not subscribed. */
	unsubscribe(platform: Subscription["platform"], chatId: string): Promise<boolean>;
	subscription(platform: Subscription["platform"], chatId: string): Promise<Subscription | undefined>;
	/** Every subscription at once: for operators' lists, never for a fan-out. */
	subscriptions(): Promise<Subscription[]>;
	/**
	 * One page of the chats that follow a campaign, in a fixed order: pass `next` back to read on,
	 * absent after the last page. A chat subscribed or unsubscribed meanwhile may or may not appear;
	 * every other chat appears once.
	 */
	followers(campaignId: string, after: string | undefined, count: number): Promise<FollowerPage>;
	followerCount(campaignId: string): Promise<number>;
}

export interface FollowerPage {
	subscriptions: Subscription[];
	next?: string;
}

/** What became of one message to one chat: the job workers decide from it to retry, wait or unsubscribe. */
export type DeliveryOutcome =
	| { kind: "sent"; messageId?: string }
	/** The platform said to slow down: wait this long before the next message (Telegram retry_after, Discord 429). */
	| { kind: "rate-limited"; retryAfterMs: number }
	/** The chat no longer takes messages from the bot (blocked, kicked, deleted): unsubscribe it. */
	| { kind: "gone"; reason: string }
	/** Any other failure; retryable when a later attempt may succeed (5xx, network). */
	| { kind: "failed"; retryable: boolean; reason: string };

/** Sends a reply to a chat of one platform; the adapters implement it for broadcasts and reminders. */
export interface ChatSender {
	readonly platform: Subscription["platform"];
	/** `idempotencyKey`: a repeat can be dropped (Discord nonce); `paid`: Telegram's allow_paid_broadcast. */
	send(chatId: string, reply: Reply, idempotencyKey?: string, options?: { paid?: boolean }): Promise<DeliveryOutcome>;
	/** Replaces a message the bot sent (a progress message); false when it cannot. */
	edit(chatId: string, messageId: string, reply: Reply): Promise<boolean>;
}

/** The roll of member organizations that vote; kept in config/members.yaml and loaded at start. */
export interface MemberRollRepository {
	replaceAll(members: readonly MemberOrganization[]): Promise<void>;
	list(): Promise<MemberOrganization[]>;
}

export type OpenVoteOutcome = "opened" | "already-open";
export type CastOutcome = "cast" | "replaced" | "not-open" | "no-vote";
export type FreezeOutcome = "frozen" | "already-closed" | "no-vote";

/** Adoption votes. Each step is atomic, so two closers (an organizer and the deadline job, or two workers) count once. */
export interface VoteRepository {
	open(vote: Vote, audit: { who: string; at: string }): Promise<OpenVoteOutcome>;
	get(statementId: string): Promise<Vote | undefined>;
	cast(statementId: string, ballot: Ballot): Promise<CastOutcome>;
	ballots(statementId: string): Promise<Ballot[]>;
	/** Stops taking ballots (open -> closing); a vote already closing may be finished by anyone. */
	freeze(statementId: string): Promise<FreezeOutcome>;
	/** closing -> closed with the result; true only for the one caller that did it, who announces it. */
	finish(statementId: string, result: VoteResult): Promise<boolean>;
}

/** Closes a vote at its deadline; the jobs module implements it with a delayed BullMQ job. */
export interface VoteDeadlineScheduler {
	schedule(statementId: string, openedAt: string, deadline: Date): Promise<void>;
}

/** Solidarity days: those of config/solidarity-days.yaml and those organizers add from a chat. */
export interface SolidarityDayRepository {
	/** Replaces the days that came from the config file; days added from a chat stay. */
	replaceConfigured(days: readonly SolidarityDay[]): Promise<void>;
	/** False when a day with that id exists already. */
	add(day: SolidarityDay): Promise<boolean>;
	remove(id: string): Promise<boolean>;
	list(): Promise<SolidarityDay[]>;
}

/** Makes the reminder jobs match the days and subscriptions again; the jobs module implements it. */
export interface ReminderPlanner {
	replan(): Promise<void>;
}

/** Announcements to every subscribed chat; the jobs module implements it with BullMQ. */
export interface Broadcaster {
	/** `requestedBy` gets a progress message; the CLI has no chat and asks for the status instead. */
	announce(request: {
		text: string;
		at: Date;
		/** Only the chats that follow this campaign receive it. */
		campaign: string;
		requestedBy?: Actor;
		/** An operator's choice: Telegram's paid broadcasts (true) or not; absent, TELEGRAM_PAID_BROADCAST. */
		paid?: boolean;
	}): Promise<{ id: string; chats: number }>;
}

/**
 * The link that opens the adherence flow for a statement, per platform. Only a running adapter
 * knows its platform's link (Telegram's needs the bot's username, learnt at start).
 */
export interface AdherenceLinks {
	linkFor(platform: Platform, statementId: string): string | undefined;
	/** The public pages' address, when they run in this deployment. */
	webAddress(): string | undefined;
}

export type OrganizerGrantOutcome = { kind: "added" } | { kind: "already" } | { kind: "no-campaign" };
export type OrganizerRevokeOutcome =
	| { kind: "removed" }
	| { kind: "absent" }
	| { kind: "last" }
	| { kind: "no-campaign" };

/**
 * Campaigns and who organizes them. config/campaigns.yaml seeds them; grants and revocations from
 * chat live here, each atomic with its audit entry.
 */
export interface CampaignRepository {
	/** A campaign new to the store gets the file's organizers; one already there keeps its grants, and takes the file's name. */
	seed(campaigns: readonly Campaign[]): Promise<void>;
	/** Every campaign, with its organizers as they stand now. */
	list(): Promise<Campaign[]>;
	/** The ids of the campaigns any of these accounts organizes. */
	organizedBy(accounts: readonly string[]): Promise<string[]>;
	addOrganizer(campaignId: string, account: string, audit: { who: string; at: string }): Promise<OrganizerGrantOutcome>;
	/** The last organizer stays: a campaign must keep someone who can act for it. */
	removeOrganizer(
		campaignId: string,
		account: string,
		audit: { who: string; at: string },
	): Promise<OrganizerRevokeOutcome>;
	audit(campaignId: string): Promise<OrganizerChange[]>;
}

export type LinkOutcome =
	| { kind: "linked"; accounts: readonly string[] }
	/** Unknown, expired or used already. */
	| { kind: "invalid-code" }
	/** A code is redeemed on the other platform; the same platform would link an account to itself. */
	| { kind: "same-platform" }
	/** One of the two is linked to another account already: unlink it first. */
	| { kind: "already-linked" };

/** A person's accounts on several platforms, linked with a one-time code so roles and adherences follow the person. */
export interface AccountRepository {
	/** This account first, then the one linked to it. */
	linked(account: string): Promise<string[]>;
	/** A short one-time code for `account`, valid for `ttlSeconds`. */
	issueLinkCode(account: string, ttlSeconds: number): Promise<string>;
	redeemLinkCode(code: string, account: string, audit: { at: string }): Promise<LinkOutcome>;
	/** False when the account was not linked. */
	unlink(account: string, audit: { at: string }): Promise<boolean>;
}

/** A fixed window per key: at most `limit` takes in `windowSeconds`, across every process. */
/**
 * Organizers on the web pages: a one-time sign-in link given in a chat, then a session. Only
 * hashes of the tokens are stored; no password exists anywhere, the chat account is the identity.
 */
export interface WebSessionStore {
	/** A token that signs this account in once, within `ttlSeconds`. */
	issueLogin(account: string, ttlSeconds: number): Promise<string>;
	/** The account of a sign-in token, which is used up by this call; undefined when used or expired. */
	redeemLogin(token: string): Promise<string | undefined>;
	startSession(account: string, ttlSeconds: number): Promise<string>;
	sessionAccount(token: string): Promise<string | undefined>;
	endSession(token: string): Promise<void>;
}

export interface RateLimiter {
	/** True when this one is within the limit (and counted). */
	take(key: string, limit: number, windowSeconds: number): Promise<boolean>;
}
/**
 * Tells "the storage cannot be reached right now" from a bug. The store knows its library's errors
 * and implements it; the core answers such a failure with "briefly unavailable, try again".
 */
export type UnavailableCheck = (error: unknown) => boolean;
