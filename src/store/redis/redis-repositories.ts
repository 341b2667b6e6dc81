import type { Redis } from "ioredis";
import { ConversationCopies } from "./conversation-copies.js";
import { RedisAccountRepository } from "./redis-account-repository.js";
import { RedisAdherenceRepository } from "./redis-adherence-repository.js";
import { RedisCampaignRepository } from "./redis-campaign-repository.js";
import { RedisChatRepository } from "./redis-chat-repository.js";
import { RedisConversationRepository } from "./redis-conversation-repository.js";
import { RedisMemberRollRepository } from "./redis-member-roll-repository.js";
import { RedisRateLimiter } from "./redis-rate-limiter.js";
import { RedisSolidarityDayRepository } from "./redis-solidarity-day-repository.js";
import { RedisStatementRepository } from "./redis-statement-repository.js";
import { RedisStatementStateRepository } from "./redis-statement-state-repository.js";
import { RedisVoteRepository } from "./redis-vote-repository.js";
import { RedisWebSessionStore } from "./redis-web-session-store.js";
import type { TrackedReads } from "./tracked-reads.js";

/** Every repository of the core on one Redis connection, with the reads that change rarely kept in `reads`. */
export function redisRepositories(redis: Redis, reads: TrackedReads, noticeLeaseMs?: number) {
	// Shared: a submission ends the conversation it came from, and checks the copy it was made from.
	const conversationCopies = new ConversationCopies();
	return {
		statements: new RedisStatementRepository(redis, reads),
		statementState: new RedisStatementStateRepository(redis, reads),
		adherences: new RedisAdherenceRepository(redis, reads, noticeLeaseMs, conversationCopies),
		chats: new RedisChatRepository(redis),
		conversations: new RedisConversationRepository(redis, conversationCopies),
		votes: new RedisVoteRepository(redis),
		roll: new RedisMemberRollRepository(redis),
		days: new RedisSolidarityDayRepository(redis),
		campaigns: new RedisCampaignRepository(redis, reads),
		accounts: new RedisAccountRepository(redis, reads),
		rateLimits: new RedisRateLimiter(redis),
		webSessions: new RedisWebSessionStore(redis),
	};
}

export type RedisRepositories = ReturnType<typeof redisRepositories>;
