import type { Redis } from "ioredis";
import type { MemberRollRepository } from "../../core/ports.js";
import { type MemberOrganization, memberRollSchema } from "../../core/votes/vote.js";
import { keys } from "./keys.js";

/** The roll as one JSON document: it is replaced whole from config/members.yaml, and its order is the roll's. */
export class RedisMemberRollRepository implements MemberRollRepository {
	constructor(private readonly redis: Redis) {}

	async replaceAll(members: readonly MemberOrganization[]): Promise<void> {
		await this.redis.set(keys.memberRoll, JSON.stringify(memberRollSchema.parse({ members })));
	}

	async list(): Promise<MemberOrganization[]> {
		const json = await this.redis.get(keys.memberRoll);
		return json === null ? [] : memberRollSchema.parse(JSON.parse(json)).members;
	}
}
