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

	constructor(
		private readonly redis: Redis,
		private readonly leaseMs = defaultNoticeLeaseMs,
	) {
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

	async delivered(id: string): Promise<void> {
		await this.redis
			.multi()
			.hdel(keys.noticeOutbox, id)
			.zrem(keys.noticeDue, id)
			.hdel(keys.noticeAttempts, id)
			.hset(keys.noticesDelivered, id, new Date().toISOString())
			.exec();
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
