import type { Redis } from "ioredis";
import type { StatementRepository } from "../ports.js";
import { type Statement, statementSchema } from "../statements/statement.js";
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

	async get(id: string): Promise<Statement | undefined> {
		const json = await this.redis.get(keys.statement(id));
		return json === null ? undefined : this.parse(json);
	}

	async list(): Promise<Statement[]> {
		const ids = (await this.redis.smembers(keys.statementIds)).sort();
		if (ids.length === 0) return [];
		const values = await this.redis.mget(ids.map((id) => keys.statement(id)));
		return values.flatMap((json) => (json === null ? [] : [this.parse(json)]));
	}
}
