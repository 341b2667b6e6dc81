import type { z } from "zod";
import type { Locale } from "../i18n/locale.js";
import type { Messages } from "../i18n/messages.js";
import type {
	AdherenceRepository,
	Broadcaster,
	ChatRepository,
	ConversationRepository,
	MemberRollRepository,
	Notifier,
	ReminderPlanner,
	SolidarityDayRepository,
	StatementRepository,
	StatementStateRepository,
	VoteDeadlineScheduler,
	VoteRepository,
} from "../ports.js";
import type { Reply } from "../reply.js";
import type { UserError } from "../user-error.js";

export type Platform = "console" | "discord" | "telegram";
export type Role = "member" | "organizer";

/** What an adapter knows about the person and the chat a request comes from. */
export interface RequestOrigin {
	platform: Platform;
	chatId: string;
	/** The Discord server the chat belongs to; absent on Telegram and in the console. */
	scopeId?: string;
	userId: string;
	displayName?: string;
	/** The user's platform locale, e.g. Discord's "es-ES" or Telegram's language_code. */
	userLocale?: string;
	/** The platform says this user administers the chat (Discord Manage Server, Telegram admin). */
	isChatAdmin: boolean;
}

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
	/** Adherences one person may send in an hour. */
	submissionsPerHour: number;
	organizerIds: Readonly<Record<Platform, readonly string[]>>;
	defaultLocale: Locale;
	now: () => Date;
}

export interface CommandContext {
	origin: RequestOrigin;
	locale: Locale;
	text: Messages;
	role: Role;
	deps: CoreDependencies;
}

export interface LocalizedText {
	en: string;
	es: string;
}

/**
 * One argument. Its schema validates the raw text; `rest` takes the remainder of the line,
 * for free text such as an organization's name.
 */
export interface Parameter {
	name: string;
	type: "string" | "integer" | "text";
	required: boolean;
	rest?: boolean;
	description: LocalizedText;
	schema: z.ZodType;
	/** Platforms that can offer choices as the user types (Discord autocomplete). */
	autocomplete?: "statement";
}

export type CommandOutcome = Reply | UserError;

export interface CommandDefinition {
	name: string;
	aliases?: readonly string[];
	description: LocalizedText;
	parameters: readonly Parameter[];
	role: Role;
	/** Longer input is refused before any work; default core.maxInputLength. */
	maxInputLength?: number;
	run(args: Record<string, unknown>, context: CommandContext): Promise<CommandOutcome>;
}
