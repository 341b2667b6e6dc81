import type { Redis } from "ioredis";
import { z } from "zod";
import { platformSchema } from "../../core/adherences/adherence.js";
import { type Subscription, subscriptionSchema } from "../../core/chats/subscription.js";
import type { ChatAddress, ChatRepository } from "../../core/ports.js";
import type { Platform } from "../../core/request.js";
import { keys } from "./keys.js";

const chatField = (platform: string, chatId: string) => `${platform}:${chatId}`;
const chatAddressSchema = z.strictObject({
	platform: platformSchema,
	chatId: z.string().min(1).max(64),
	scopeId: z.string().max(64).optional(),
});

export class RedisChatRepository implements ChatRepository {
	constructor(private readonly redis: Redis) {}

	async moderationChats(campaignId: string): Promise<ChatAddress[]> {
		const members = await this.redis.smembers(keys.moderationChats(campaignId));
		return members
			.map((json) => chatAddressSchema.parse(JSON.parse(json)))
			.sort((a, b) => a.chatId.localeCompare(b.chatId));
	}

	async addModerationChat(campaignId: string, chat: ChatAddress): Promise<void> {
		await this.redis.sadd(keys.moderationChats(campaignId), JSON.stringify(chatAddressSchema.parse(chat)));
	}

	async moveModerationChat(platform: Platform, oldChatId: string, newChatId: string): Promise<void> {
		for (const campaignId of await this.redis.hkeys(keys.campaigns)) {
			const key = keys.moderationChats(campaignId);
			for (const json of await this.redis.smembers(key)) {
				const chat = chatAddressSchema.parse(JSON.parse(json));
				if (chat.platform !== platform || chat.chatId !== oldChatId) continue;
				await this.redis
					.multi()
					.srem(key, json)
					.sadd(key, JSON.stringify({ ...chat, chatId: newChatId }))
					.exec();
			}
		}
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
