import type { Redis } from "ioredis";
import type { StatementRepository } from "../../core/ports.js";
import { type Statement, statementSchema, statementStatusSchema } from "../../core/statements/statement.js";
import { keys } from "./keys.js";

export class RedisStatementRepository implements StatementRepository {
	/** Statements are read on every request and change rarely: a stored text is parsed once. */
	private readonly parsed = new Map<string, Statement>();

	constructor(private readonly redis: Redis) {}

	private parse(json: string): Statement {
		let statement = this.parsed.get(json);
		if (!statement) {
			statement = statementSchema.parse(JSON.parse(json));
			if (this.parsed.size > 500) this.parsed.clear();
			this.parsed.set(json, statement);
		}
		return statement;
	}

	async upsert(statement: Statement): Promise<void> {
		await this.redis
			.multi()
			.set(keys.statement(statement.id), JSON.stringify(statement))
			.sadd(keys.statementIds, statement.id)
			.exec();
	}

	async replaceDraft(
		statement: Statement,
		audit: { who: string; at: string; action: string; before: unknown; after: unknown },
	): Promise<void> {
		await this.redis
			.multi()
			.set(keys.statement(statement.id), JSON.stringify(statement))
			.xadd(
				keys.audit(statement.id),
				"*",
				"at",
				audit.at,
				"who",
				audit.who,
				"action",
				audit.action,
				"before",
				JSON.stringify(audit.before),
				"after",
				JSON.stringify(audit.after),
			)
			.exec();
	}

	/** The document as loaded, with the status organizers set from the chat (a vote, an adoption) over it. */
	private withState(statement: Statement, status: string | null): Statement {
		const parsed = statementStatusSchema.safeParse(status);
		return parsed.success && parsed.data !== statement.status ? { ...statement, status: parsed.data } : statement;
	}

	async get(id: string): Promise<Statement | undefined> {
		const [json, status] = await Promise.all([
			this.redis.get(keys.statement(id)),
			this.redis.hget(keys.statementState(id), "status"),
		]);
		return json === null ? undefined : this.withState(this.parse(json), status);
	}

	async list(): Promise<Statement[]> {
		const ids = (await this.redis.smembers(keys.statementIds)).sort();
		if (ids.length === 0) return [];
		const values = await this.redis.mget(ids.map((id) => keys.statement(id)));
		const pipeline = this.redis.pipeline();
		for (const id of ids) pipeline.hget(keys.statementState(id), "status");
		const statuses = (await pipeline.exec()) ?? [];
		return values.flatMap((json, index) =>
			json === null ? [] : [this.withState(this.parse(json), (statuses[index]?.[1] as string | null) ?? null)],
		);
	}
}
