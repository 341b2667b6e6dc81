import type { Redis } from "ioredis";
import { RedisAdherenceRepository } from "./redis-adherence-repository.js";
import { RedisChatRepository } from "./redis-chat-repository.js";
import { RedisConversationRepository } from "./redis-conversation-repository.js";
import { RedisMemberRollRepository } from "./redis-member-roll-repository.js";
import { RedisSolidarityDayRepository } from "./redis-solidarity-day-repository.js";
import { RedisStatementRepository } from "./redis-statement-repository.js";
import { RedisStatementStateRepository } from "./redis-statement-state-repository.js";
import { RedisVoteRepository } from "./redis-vote-repository.js";

/** Every repository of the core on one Redis connection. */
export function redisRepositories(redis: Redis) {
	return {
		statements: new RedisStatementRepository(redis),
		statementState: new RedisStatementStateRepository(redis),
		adherences: new RedisAdherenceRepository(redis),
		chats: new RedisChatRepository(redis),
		conversations: new RedisConversationRepository(redis),
		votes: new RedisVoteRepository(redis),
		roll: new RedisMemberRollRepository(redis),
		days: new RedisSolidarityDayRepository(redis),
	};
}

export type RedisRepositories = ReturnType<typeof redisRepositories>;
