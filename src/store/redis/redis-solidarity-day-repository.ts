import type { Redis } from "ioredis";
import { type SolidarityDay, solidarityDaySchema } from "../../core/days/solidarity-day.js";
import type { SolidarityDayRepository } from "../../core/ports.js";
import { keys } from "./keys.js";

export class RedisSolidarityDayRepository implements SolidarityDayRepository {
	constructor(private readonly redis: Redis) {}

	async replaceConfigured(days: readonly SolidarityDay[]): Promise<void> {
		const configured = (await this.list()).filter((day) => day.source === "config").map((day) => day.id);
		const transaction = this.redis.multi();
		if (configured.length > 0) transaction.hdel(keys.solidarityDays, ...configured);
		for (const day of days) transaction.hset(keys.solidarityDays, day.id, JSON.stringify({ ...day, source: "config" }));
		await transaction.exec();
	}

	async add(day: SolidarityDay): Promise<boolean> {
		return (await this.redis.hsetnx(keys.solidarityDays, day.id, JSON.stringify(solidarityDaySchema.parse(day)))) === 1;
	}

	async remove(id: string): Promise<boolean> {
		return (await this.redis.hdel(keys.solidarityDays, id)) > 0;
	}

	async list(): Promise<SolidarityDay[]> {
		const all = await this.redis.hvals(keys.solidarityDays);
		return all.map((json) => solidarityDaySchema.parse(JSON.parse(json))).sort((a, b) => a.id.localeCompare(b.id));
	}
}
