import type { Redis } from "ioredis";
import type { ConversationRepository } from "../../core/ports.js";
import { keys } from "./keys.js";

export class RedisConversationRepository implements ConversationRepository {
	constructor(private readonly redis: Redis) {}

	async get(key: string): Promise<unknown> {
		const json = await this.redis.get(keys.conversation(key));
		return json === null ? undefined : JSON.parse(json);
	}

	async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
		await this.redis.set(keys.conversation(key), JSON.stringify(value), "EX", ttlSeconds);
	}

	async delete(key: string): Promise<void> {
		await this.redis.del(keys.conversation(key));
	}
}
