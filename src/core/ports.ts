import type { Statement } from "./statements/statement.js";

/** Where statements live; the Redis implementation is in store/. */
export interface StatementRepository {
	/** Writes a statement as its document defines it, replacing an earlier version of that document. */
	upsert(statement: Statement): Promise<void>;
	get(id: string): Promise<Statement | undefined>;
	list(): Promise<Statement[]>;
}
