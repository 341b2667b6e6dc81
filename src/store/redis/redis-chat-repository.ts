import type { Redis } from "ioredis";
import { type Subscription, subscriptionSchema } from "../../core/chats/subscription.js";
import type { ChatRepository } from "../../core/ports.js";
import { keys } from "./keys.js";

const chatField = (platform: string, chatId: string) => `${platform}:${chatId}`;
const scopeField = (platform: string, scopeId: string | undefined) => `${platform}:${scopeId ?? "*"}`;

export class RedisChatRepository implements ChatRepository {
	constructor(private readonly redis: Redis) {}

	async organizerChat(platform: Subscription["platform"], scopeId: string | undefined) {
		return (await this.redis.hget(keys.organizerChats, scopeField(platform, scopeId))) ?? undefined;
	}

	async setOrganizerChat(platform: Subscription["platform"], scopeId: string | undefined, chatId: string) {
		await this.redis.hset(keys.organizerChats, scopeField(platform, scopeId), chatId);
	}

	async subscribe(subscription: Subscription) {
		await this.redis.hset(
			keys.subscriptions,
			chatField(subscription.platform, subscription.chatId),
			JSON.stringify(subscriptionSchema.parse(subscription)),
		);
	}

	async unsubscribe(platform: Subscription["platform"], chatId: string) {
		return (await this.redis.hdel(keys.subscriptions, chatField(platform, chatId))) > 0;
	}

	async subscription(platform: Subscription["platform"], chatId: string) {
		const json = await this.redis.hget(keys.subscriptions, chatField(platform, chatId));
		return json === null ? undefined : subscriptionSchema.parse(JSON.parse(json));
	}

	async subscriptions() {
		const all = await this.redis.hvals(keys.subscriptions);
		return all.map((json) => subscriptionSchema.parse(JSON.parse(json)));
	}
}
