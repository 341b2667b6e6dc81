import type { Redis } from "ioredis";
import type { StatementRepository } from "../../core/ports.js";
import { type Statement, statementSchema, statementStatusSchema } from "../../core/statements/statement.js";
import { keys } from "./keys.js";
import type { TrackedReads } from "./tracked-reads.js";

export class RedisStatementRepository implements StatementRepository {
	/** Statements are read on every request and change rarely: a stored text is parsed once. */
	private readonly parsed = new Map<string, Statement>();

	constructor(
		private readonly redis: Redis,
		private readonly reads: TrackedReads,
	) {}

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
		this.reads.forget([keys.statement(statement.id), keys.statementIds]);
	}

	async replaceDraft(
		statement: Statement,
		audits: readonly { who: string; at: string; action: string; before: unknown; after: unknown }[],
	): Promise<void> {
		const write = this.redis.multi().set(keys.statement(statement.id), JSON.stringify(statement));
		for (const audit of audits)
			write.xadd(
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
			);
		await write.exec();
		this.reads.forget([keys.statement(statement.id)]);
	}

	/** The document as loaded, with the status organizers set from the chat (a vote, an adoption) over it. */
	private withState(statement: Statement, status: string | null): Statement {
		const parsed = statementStatusSchema.safeParse(status);
		return parsed.success && parsed.data !== statement.status ? { ...statement, status: parsed.data } : statement;
	}

	async get(id: string): Promise<Statement | undefined> {
		const document = keys.statement(id);
		const state = keys.statementState(id);
		// Kept parsed and with its status, so a kept read hands out the same object each time.
		return this.reads.read(`statement:${id}`, [document, state], async (client) => {
			const [json, status] = await Promise.all([client.get(document), client.hget(state, "status")]);
			return json === null ? undefined : this.withState(this.parse(json), status);
		});
	}

	async list(): Promise<Statement[]> {
		const ids = await this.reads.read("statement-ids", [keys.statementIds], async (client) =>
			(await client.smembers(keys.statementIds)).sort(),
		);
		const statements = await Promise.all(ids.map((id) => this.get(id)));
		return statements.filter((statement) => statement !== undefined);
	}
}
