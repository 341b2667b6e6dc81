import type { Redis } from "ioredis";
import type { StatementStateRepository } from "../ports.js";
import { keys } from "./keys.js";

export class RedisStatementStateRepository implements StatementStateRepository {
	constructor(private readonly redis: Redis) {}

	async asOf(statementId: string): Promise<string | undefined> {
		return (await this.redis.hget(keys.statementState(statementId), "asOf")) ?? undefined;
	}

	async setAsOf(statementId: string, date: string, audit: { who: string; at: string; before: string | null }) {
		await this.redis
			.multi()
			.hset(keys.statementState(statementId), "asOf", date)
			.xadd(
				keys.audit(statementId),
				"*",
				"at",
				audit.at,
				"who",
				audit.who,
				"action",
				"publish",
				"before",
				JSON.stringify({ asOf: audit.before }),
				"after",
				JSON.stringify({ asOf: date }),
			)
			.exec();
	}
}
