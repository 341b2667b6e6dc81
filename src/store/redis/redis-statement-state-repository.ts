import type { Redis } from "ioredis";
import type { StatementStateRepository } from "../../core/ports.js";
import type { StatementStatus } from "../../core/statements/statement.js";
import { keys } from "./keys.js";
import type { TrackedReads } from "./tracked-reads.js";

export class RedisStatementStateRepository implements StatementStateRepository {
	constructor(
		private readonly redis: Redis,
		private readonly reads: TrackedReads,
	) {}

	async asOf(statementId: string): Promise<string | undefined> {
		const state = keys.statementState(statementId);
		return (
			(await this.reads.read(`as-of:${statementId}`, [state], (client) => client.hget(state, "asOf"))) ?? undefined
		);
	}

	async setAsOf(statementId: string, date: string, audit: { who: string; at: string; before: string | null }) {
		await this.set(statementId, "asOf", date, audit.before, { who: audit.who, at: audit.at, action: "publish" });
	}

	async setStatus(statementId: string, status: StatementStatus, audit: { who: string; at: string }) {
		const before = await this.redis.hget(keys.statementState(statementId), "status");
		await this.set(statementId, "status", status, before, { ...audit, action: "status" });
	}

	/** The new value and its audit entry in one transaction. */
	private async set(
		statementId: string,
		field: "asOf" | "status",
		value: string,
		before: string | null,
		audit: { who: string; at: string; action: string },
	): Promise<void> {
		await this.redis
			.multi()
			.hset(keys.statementState(statementId), field, value)
			.xadd(
				keys.audit(statementId),
				"*",
				"at",
				audit.at,
				"who",
				audit.who,
				"action",
				audit.action,
				"before",
				JSON.stringify({ [field]: before }),
				"after",
				JSON.stringify({ [field]: value }),
			)
			.exec();
		this.reads.forget([keys.statementState(statementId)]);
	}
}
