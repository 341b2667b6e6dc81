import type { Redis } from "ioredis";
import type { ConversationRepository } from "../../core/ports.js";
import type { ConversationCopies } from "./conversation-copies.js";
import { keys } from "./keys.js";

export class RedisConversationRepository implements ConversationRepository {
	constructor(
		private readonly redis: Redis,
		private readonly copies: ConversationCopies,
	) {}

	async get(key: string): Promise<unknown> {
		const json = await this.redis.get(keys.conversation(key));
		if (json === null) {
			this.copies.delete(key);
			return undefined;
		}
		this.copies.set(key, json);
		return JSON.parse(json);
	}

	recent(key: string): unknown {
		const json = this.copies.get(key);
		return json === undefined ? undefined : JSON.parse(json);
	}

	async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
		const json = JSON.stringify(value);
		await this.redis.set(keys.conversation(key), json, "EX", ttlSeconds);
		this.copies.set(key, json);
	}

	async delete(key: string): Promise<void> {
		this.copies.delete(key);
		await this.redis.del(keys.conversation(key));
	}
}
