import { type Actor, actorKey } from "./adherences/adherence.js";
import type { Access } from "./campaigns/access.js";
import { accessOf } from "./campaigns/access-of.js";
import type { Locale } from "./i18n/locale.js";
import { type Messages, messages } from "./i18n/messages.js";
import type { NoticeOutbox } from "./notices/notice.js";
import type {
	AccountRepository,
	AdherenceLinks,
	AdherenceRepository,
	Broadcaster,
	CampaignRepository,
	ChatRepository,
	ConversationRepository,
	MemberRollRepository,
	Notifier,
	RateLimiter,
	ReminderPlanner,
	SolidarityDayRepository,
	StatementRepository,
	StatementStateRepository,
	UnavailableCheck,
	VoteDeadlineScheduler,
	VoteRepository,
	WebSessionStore,
} from "./ports.js";
import type { RequestOrigin } from "./request.js";
import type { PublishedListCache } from "./statements/published-list-cache.js";

export interface CoreDependencies {
	statements: StatementRepository;
	statementState: StatementStateRepository;
	adherences: AdherenceRepository;
	chats: ChatRepository;
	votes: VoteRepository;
	roll: MemberRollRepository;
	voteDeadlines: VoteDeadlineScheduler;
	days: SolidarityDayRepository;
	reminders: ReminderPlanner;
	broadcaster: Broadcaster;
	/** IANA zone for a subscription that names none. */
	defaultTimeZone: string;
	conversations: ConversationRepository;
	notifier: Notifier;
	/** Cards and outcomes owed, written with the changes they announce; see src/core/notices. */
	outbox: NoticeOutbox;
	/** Links that open the adherence flow, from the adapters running in this process. */
	links: AdherenceLinks;
	/** Adherences one person may send in an hour. */
	submissionsPerHour: number;
	/** Announcements one campaign may send in an hour. */
	announcementsPerHour: number;
	campaigns: CampaignRepository;
	accounts: AccountRepository;
	rateLimits: RateLimiter;
	webSessions: WebSessionStore;
	/** Accounts ("telegram:123") that may do everything, campaigns and organizers included. */
	operators: readonly string[];
	defaultLocale: Locale;
	now: () => Date;
	/** From the store: a failure that means "try again shortly" rather than a bug. */
	isUnavailable?: UnavailableCheck;
	/** Published lists made once per change of the records; without it each request makes its own. */
	publishedLists?: PublishedListCache;
}

export interface CommandContext {
	origin: RequestOrigin;
	locale: Locale;
	text: Messages;
	/**
	 * What this person may do, from their accounts, campaigns and this chat: read from the store once
	 * per request, and waited for only by what needs it. A member's /adhere does not wait on it.
	 */
	access(): Promise<Access>;
	deps: CoreDependencies;
}

/** A request's context; its access is read when first asked for, and once. */
export function commandContext(origin: RequestOrigin, locale: Locale, deps: CoreDependencies): CommandContext {
	let access: Promise<Access> | undefined;
	return { origin, locale, text: messages(locale), access: () => (access ??= accessOf(origin, deps)), deps };
}

/** Who sent a request, as records keep it: enough to answer them later, in their language. */
export function actorOf(context: CommandContext): Actor {
	const { origin } = context;
	return {
		platform: origin.platform,
		userId: origin.userId,
		chatId: origin.chatId,
		displayName: origin.displayName?.slice(0, 200),
		locale: context.locale,
	};
}

export const requesterKey = (context: CommandContext): string => actorKey(context.origin);
