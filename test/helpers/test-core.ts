import { renderPlainText } from "../../src/bots/console/render-plain-text.js";
import type { CoreDependencies, RequestOrigin } from "../../src/core/commands/command.js";
import { type Core, createCore } from "../../src/core/core.js";
import type { Reply } from "../../src/core/reply.js";
import { RedisStatementRepository } from "../../src/core/store/redis-statement-repository.js";
import { loadSeeds } from "./seeds.js";
import { TestRedis } from "./test-redis.js";

export interface TestCore {
	core: Core;
	redis: TestRedis;
	statements: RedisStatementRepository;
	bugs: object[];
	stop(): Promise<void>;
}

/** The real core on a real Redis of its own, loaded with the seed statements. */
export async function startTestCore(overrides: Partial<CoreDependencies> = {}): Promise<TestCore> {
	const redis = await TestRedis.start();
	const statements = new RedisStatementRepository(redis.client());
	for (const statement of await loadSeeds()) await statements.upsert(statement);
	const bugs: object[] = [];
	const core = createCore(
		{
			statements,
			organizerIds: { console: [], discord: ["1001"], telegram: ["2001"] },
			defaultLocale: "en",
			now: () => new Date("2026-11-23T12:00:00Z"),
			...overrides,
		},
		{ error: (details) => bugs.push(details) },
	);
	return { core, redis, statements, bugs, stop: () => redis.stop() };
}

export const member: RequestOrigin = { platform: "telegram", chatId: "-100", userId: "3003", isChatAdmin: false };
export const organizer: RequestOrigin = { platform: "telegram", chatId: "-100", userId: "2001", isChatAdmin: false };
export const spanishMember: RequestOrigin = { ...member, userLocale: "es-419" };

export async function say(core: Core, line: string, origin: RequestOrigin = member): Promise<Reply> {
	const reply = await core.handleText(line, origin);
	if (!reply) throw new Error(`no reply to ${line}`);
	return reply;
}

export const text = (reply: Reply) => renderPlainText(reply);
