import type { Redis } from "ioredis";
import { z } from "zod";
import { platformSchema } from "../../core/adherences/adherence.js";
import { type Subscription, subscriptionSchema } from "../../core/chats/subscription.js";
import type { ChatAddress, ChatRepository, FollowerPage } from "../../core/ports.js";
import type { Platform } from "../../core/request.js";
import { keys } from "./keys.js";
import { writeSubscriptionScript } from "./subscription-scripts.js";

const chatField = (platform: string, chatId: string) => `${platform}:${chatId}`;
const chatAddressSchema = z.strictObject({
	platform: platformSchema,
	chatId: z.string().min(1).max(64),
	scopeId: z.string().max(64).optional(),
});

/** The campaigns a stored record follows; a record this code cannot read follows none it can name. */
function campaignsOf(json: string | null): string[] {
	if (!json) return [];
	try {
		const campaigns = (JSON.parse(json) as { campaigns?: unknown }).campaigns;
		return Array.isArray(campaigns) ? campaigns.filter((campaign) => typeof campaign === "string") : [];
	} catch {
		return [];
	}
}

interface SubscriptionScripts {
	solidarityWriteSubscription(...args: (string | number)[]): Promise<number>;
}

export class RedisChatRepository implements ChatRepository {
	private readonly scripts: SubscriptionScripts;

	constructor(private readonly redis: Redis) {
		if (!("solidarityWriteSubscription" in redis)) {
			redis.defineCommand("solidarityWriteSubscription", { lua: writeSubscriptionScript });
		}
		this.scripts = redis as unknown as SubscriptionScripts;
	}

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
		const parsed = subscriptionSchema.parse(subscription);
		await this.write(chatField(parsed.platform, parsed.chatId), JSON.stringify(parsed), parsed.campaigns);
	}

	async unsubscribe(platform: Subscription["platform"], chatId: string) {
		return (await this.write(chatField(platform, chatId), "", [])) > 0;
	}

	/**
	 * Many at once, as an import or a bench needs: each batch is two pipelined round trips (read the
	 * records, write each with its follower sets), and a record that changed in between is written
	 * again alone.
	 */
	async subscribeAll(subscriptions: readonly Subscription[], batch = 1000): Promise<void> {
		for (let start = 0; start < subscriptions.length; start += batch) {
			const parsed = subscriptions.slice(start, start + batch).map((one) => subscriptionSchema.parse(one));
			const fields = parsed.map((one) => chatField(one.platform, one.chatId));
			const stored = await this.redis.hmget(keys.subscriptions, ...fields);
			const pipeline = this.redis.pipeline() as unknown as SubscriptionScripts & { exec(): Promise<unknown> };
			parsed.forEach((one, i) => {
				const former = campaignsOf(stored[i] ?? null);
				void pipeline.solidarityWriteSubscription(
					...this.writeArguments(fields[i] as string, stored[i] ?? null, JSON.stringify(one), former, one.campaigns),
				);
			});
			const results = (await pipeline.exec()) as [Error | null, number][];
			for (const [i, [error, written]] of results.entries()) {
				if (error) throw error;
				if (written < 0) await this.subscribe(parsed[i] as Subscription);
			}
		}
	}

	private writeArguments(
		field: string,
		stored: string | null,
		json: string,
		former: readonly string[],
		campaigns: readonly string[],
	): (string | number)[] {
		return [
			1 + former.length + campaigns.length,
			keys.subscriptions,
			...former.map(keys.campaignFollowers),
			...campaigns.map(keys.campaignFollowers),
			field,
			stored ?? "",
			json,
			former.length,
		];
	}

	/** The record and its campaigns' follower sets, as one compare-and-set: a racing write makes it read again. */
	private async write(field: string, json: string, campaigns: readonly string[]): Promise<number> {
		for (;;) {
			const stored = await this.redis.hget(keys.subscriptions, field);
			const former = campaignsOf(stored);
			const written = await this.scripts.solidarityWriteSubscription(
				...this.writeArguments(field, stored, json, former, campaigns),
			);
			if (written >= 0) return written;
		}
	}

	async subscription(platform: Subscription["platform"], chatId: string) {
		const json = await this.redis.hget(keys.subscriptions, chatField(platform, chatId));
		return json === null ? undefined : subscriptionSchema.parse(JSON.parse(json));
	}

	async subscriptions() {
		const all = await this.redis.hvals(keys.subscriptions);
		return all.map((json) => subscriptionSchema.parse(JSON.parse(json)));
	}

	async followers(campaignId: string, after: string | undefined, count: number): Promise<FollowerPage> {
		const fields = await this.redis.zrange(
			keys.campaignFollowers(campaignId),
			after === undefined ? "-" : `(${after}`,
			"+",
			"BYLEX",
			"LIMIT",
			0,
			count,
		);
		if (fields.length === 0) return { subscriptions: [] };
		const records = await this.redis.hmget(keys.subscriptions, ...fields);
		const subscriptions: Subscription[] = [];
		for (const json of records) {
			// Between the two reads a chat may have unsubscribed, or stopped following the campaign.
			if (json === null) continue;
			const subscription = subscriptionSchema.parse(JSON.parse(json));
			if (subscription.campaigns.includes(campaignId)) subscriptions.push(subscription);
		}
		return fields.length < count ? { subscriptions } : { subscriptions, next: fields.at(-1) as string };
	}

	async followerCount(campaignId: string): Promise<number> {
		return this.redis.zcard(keys.campaignFollowers(campaignId));
	}
}
