import { renderPlainText } from "../../src/bots/console/render-plain-text.js";
import { consoleOperator } from "../../src/config.js";
import type { Actor } from "../../src/core/adherences/adherence.js";
import { AdherenceLinkRegistry } from "../../src/core/adherences/adherence-link-registry.js";
import type { CoreDependencies } from "../../src/core/context.js";
import { type Core, createCore } from "../../src/core/core.js";
import type { CampaignRepository, ChatMessenger, Notifier } from "../../src/core/ports.js";
import type { Reply } from "../../src/core/reply.js";
import type { RequestOrigin } from "../../src/core/request.js";
import { createCoreDependencies } from "../../src/store/redis/core-dependencies.js";
import type { RedisRepositories } from "../../src/store/redis/redis-repositories.js";
import { loadCampaigns, loadSeeds } from "./seeds.js";
import { TestRedis } from "./test-redis.js";

/** What the core asked to send besides its replies, as the person receiving it would read it. */
export interface Notification {
	to: "user" | "organizers";
	recipient?: Actor;
	statementId?: string;
	text: string;
	reply: Reply;
}

export interface TestCore {
	core: Core;
	redis: TestRedis;
	deps: CoreDependencies;
	statements: RedisRepositories["statements"];
	adherences: RedisRepositories["adherences"];
	notifications: Notification[];
	bugs: object[];
	clock: { now: Date };
	links: AdherenceLinkRegistry;
	/** Back to the seeds alone: an empty Redis but for them, no notifications, the clock reset. */
	reset(): Promise<void>;
	stop(): Promise<void>;
}

/** The real core on a real Redis of its own, loaded with the seed statements. */
export async function startTestCore(
	overrides: Partial<CoreDependencies> = {},
	options: { messenger?: ChatMessenger } = {},
): Promise<TestCore> {
	const redis = await TestRedis.start();
	const client = redis.client();
	const startTime = "2026-11-23T12:00:00Z";
	const clock = { now: new Date(startTime) };
	const notifications: Notification[] = [];
	const notifier: Notifier = {
		notifyUser: async (recipient, reply) => {
			notifications.push({ to: "user", recipient, text: renderPlainText(reply), reply });
		},
		notifyOrganizers: async (statementId, _origin, reply) => {
			notifications.push({ to: "organizers", statementId, text: renderPlainText(reply), reply });
		},
	};
	const links = new AdherenceLinkRegistry();
	const wired = createCoreDependencies(
		{ client, options: { host: "127.0.0.1", port: redis.port } },
		{
			notifier: options.messenger ? { messenger: options.messenger } : notifier,
			links,
			defaultTimeZone: "America/Lima",
			submissionsPerHour: 10,
			// As config.ts makes them: the configured ids, and the console's own user.
			operators: [consoleOperator, "discord:1001", "telegram:2001"],
			announcementsPerHour: 10,
			defaultLocale: "en",
			now: () => clock.now,
		},
	);
	const { statements, adherences } = wired.repositories;
	await seedCampaigns(wired.repositories.campaigns);
	for (const statement of await loadSeeds()) await statements.upsert(statement);
	const bugs: object[] = [];
	const deps: CoreDependencies = { ...wired.deps, ...overrides };
	const core = createCore(deps, { error: (details) => bugs.push(details) });
	const reset = async () => {
		await client.flushall();
		await seedCampaigns(wired.repositories.campaigns);
		for (const statement of await loadSeeds()) await statements.upsert(statement);
		notifications.length = 0;
		bugs.length = 0;
		clock.now = new Date(startTime);
	};
	return {
		core,
		redis,
		deps,
		statements,
		adherences,
		notifications,
		bugs,
		clock,
		links,
		reset,
		stop: async () => {
			await wired.close();
			await redis.stop();
		},
	};
}

/** The shipped campaigns, with an organizer of ICOR and one of Red Muqui besides the file's. */
async function seedCampaigns(campaigns: CampaignRepository): Promise<void> {
	await campaigns.seed(await loadCampaigns());
	const audit = { who: "test", at: "2026-11-23T12:00:00.000Z" };
	await campaigns.addOrganizer("icor", `telegram:${icorOrganizer.userId}`, audit);
	await campaigns.addOrganizer("red-muqui", `telegram:${redMuquiOrganizer.userId}`, audit);
}

export const member: RequestOrigin = {
	platform: "telegram",
	chatId: "-100",
	userId: "3003",
	displayName: "Ana",
	isChatAdmin: false,
};
export const otherMember: RequestOrigin = { ...member, userId: "3004", displayName: "Bea" };
/** An operator (TELEGRAM_OPERATOR_IDS): may act on every campaign. */
export const organizer: RequestOrigin = { ...member, userId: "2001", displayName: "Olga" };
/** An organizer of ICOR only, the campaign of the two ICOR seed statements. */
export const icorOrganizer: RequestOrigin = { ...member, userId: "5005", displayName: "Inés" };
/** An organizer of Red Muqui only: of another campaign than ICOR's. */
export const redMuquiOrganizer: RequestOrigin = { ...member, userId: "5006", displayName: "Rosa" };
export const chatAdmin: RequestOrigin = { ...member, userId: "4004", displayName: "Admin", isChatAdmin: true };
export const spanishMember: RequestOrigin = { ...member, userLocale: "es-419" };

export async function say(core: Core, line: string, origin: RequestOrigin = member): Promise<Reply> {
	const reply = await core.handleText(line, origin);
	if (!reply) throw new Error(`no reply to ${line}`);
	return reply;
}

export const text = (reply: Reply) => renderPlainText(reply);

/** /announce, as an organizer does it: the preview, then /confirm; the answer to the confirmation. */
export async function announce(core: Core, campaign: string, message: string, origin: RequestOrigin): Promise<Reply> {
	const preview = text(await say(core, `/announce ${campaign} ${message}`, origin));
	if (!/Send it with \/confirm/.test(preview)) throw new Error(`no preview for the announcement: ${preview}`);
	return say(core, "/confirm", origin);
}
