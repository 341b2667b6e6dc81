import type { Redis } from "ioredis";
import type { StatementStateRepository } from "../ports.js";
import type { StatementStatus } from "../statements/statement.js";
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

	async setStatus(statementId: string, status: StatementStatus, audit: { who: string; at: string }) {
		const before = await this.redis.hget(keys.statementState(statementId), "status");
		await this.redis
			.multi()
			.hset(keys.statementState(statementId), "status", status)
			.xadd(
				keys.audit(statementId),
				"*",
				"at",
				audit.at,
				"who",
				audit.who,
				"action",
				"status",
				"before",
				JSON.stringify({ status: before }),
				"after",
				JSON.stringify({ status }),
			)
			.exec();
	}
}
