import type { Redis } from "ioredis";
import { type Notice, type NoticeOutbox, noticeId, noticeSchema } from "../../core/notices/notice.js";
import { keys } from "./keys.js";
import {
	claimDueNoticesScript,
	claimNoticeScript,
	defaultNoticeLeaseMs,
	ensureNoticeScript,
	retryNoticeScript,
} from "./notice-outbox-scripts.js";

/** Back-off after failures: 1 s, 2 s, 4 s ... at most 15 minutes, never given up. */
const retryBaseMs = 1000;
const retryMostMs = 15 * 60_000;
/**
 * Acknowledgements wait this long to be written together. A request's reply never waits on them,
 * and in a busy chat one write then carries many, so a request costs Redis one fsync, its own.
 */
const acknowledgeAfterMs = 100;
const acknowledgeAtMost = 500;

interface AcknowledgementBatch {
	delivered: Map<string, string>;
	written: Promise<void>;
	settle(error?: unknown): void;
}

function newBatch(): AcknowledgementBatch {
	let settle: (error?: unknown) => void = () => undefined;
	const written = new Promise<void>((resolve, reject) => {
		settle = (error) => (error === undefined ? resolve() : reject(error));
	});
	// A lost acknowledgement is a repeat, not a loss (the lease ends); nobody has to be told.
	written.catch(() => undefined);
	return { delivered: new Map(), written, settle };
}

interface OutboxScripts {
	solidarityClaimNotice(...args: (string | number)[]): Promise<string | null>;
	solidarityClaimDueNotices(...args: (string | number)[]): Promise<string[]>;
	solidarityRetryNotice(...args: (string | number)[]): Promise<number>;
	solidarityEnsureNotice(...args: (string | number)[]): Promise<number>;
}

const parse = (json: string): Notice => noticeSchema.parse(JSON.parse(json));

/** The notice outbox on Redis; notices are added by the adherence scripts, in their own step. */
export class RedisNoticeOutbox implements NoticeOutbox {
	private readonly scripts: OutboxScripts;
	private batch: AcknowledgementBatch | undefined;
	private timer: NodeJS.Timeout | undefined;
	private readonly acknowledgeAfterMs: number;

	constructor(
		private readonly redis: Redis,
		private readonly leaseMs = defaultNoticeLeaseMs,
	) {
		// Well inside the lease, or a notice would be due again before its acknowledgement is written.
		this.acknowledgeAfterMs = Math.min(acknowledgeAfterMs, Math.floor(leaseMs / 4));
		if (!("solidarityClaimNotice" in redis)) {
			redis.defineCommand("solidarityClaimNotice", { numberOfKeys: 2, lua: claimNoticeScript });
			redis.defineCommand("solidarityClaimDueNotices", { numberOfKeys: 2, lua: claimDueNoticesScript });
			redis.defineCommand("solidarityRetryNotice", { numberOfKeys: 2, lua: retryNoticeScript });
			redis.defineCommand("solidarityEnsureNotice", { numberOfKeys: 3, lua: ensureNoticeScript });
		}
		this.scripts = redis as unknown as OutboxScripts;
	}

	async claim(id: string): Promise<Notice | undefined> {
		const json = await this.scripts.solidarityClaimNotice(keys.noticeOutbox, keys.noticeDue, id, this.leaseMs);
		return json ? parse(json) : undefined;
	}

	async claimDue(limit: number): Promise<Notice[]> {
		const taken = await this.scripts.solidarityClaimDueNotices(keys.noticeOutbox, keys.noticeDue, limit, this.leaseMs);
		return taken.map(parse);
	}

	/** Resolves once the acknowledgement is written, with the others of its batch. */
	delivered(id: string): Promise<void> {
		this.batch ??= newBatch();
		const batch = this.batch;
		batch.delivered.set(id, new Date().toISOString());
		// A batch that cannot be written is left to the leases (a repeat, never a loss).
		const write = () => void this.flush().catch(() => undefined);
		if (batch.delivered.size >= acknowledgeAtMost) write();
		else this.timer ??= setTimeout(write, this.acknowledgeAfterMs).unref();
		return batch.written;
	}

	/** Writes the acknowledgements waiting in this process now, in one step. */
	async flush(): Promise<void> {
		clearTimeout(this.timer);
		this.timer = undefined;
		const batch = this.batch;
		this.batch = undefined;
		if (!batch) return;
		const ids = [...batch.delivered.keys()];
		try {
			const results = await this.redis
				.multi()
				.hdel(keys.noticeOutbox, ...ids)
				.zrem(keys.noticeDue, ...ids)
				.hdel(keys.noticeAttempts, ...ids)
				.hset(keys.noticesDelivered, Object.fromEntries(batch.delivered))
				.exec();
			const failed = results?.find(([error]) => error)?.[0];
			batch.settle(failed ?? (results ? undefined : new Error("acknowledgements not written")));
		} catch (error) {
			batch.settle(error);
		}
		await batch.written;
	}

	async retryLater(id: string, atLeastMs: number): Promise<void> {
		await this.scripts.solidarityRetryNotice(
			keys.noticeDue,
			keys.noticeAttempts,
			id,
			Math.round(atLeastMs),
			retryBaseMs,
			retryMostMs,
		);
	}

	async ensure(notice: Notice): Promise<boolean> {
		const json = JSON.stringify(noticeSchema.parse(notice));
		const added = await this.scripts.solidarityEnsureNotice(
			keys.noticeOutbox,
			keys.noticeDue,
			keys.noticesDelivered,
			noticeId(notice),
			json,
		);
		return added === 1;
	}

	/** The notices not yet delivered, for operators and tests. */
	async waiting(): Promise<number> {
		return this.redis.hlen(keys.noticeOutbox);
	}
}
