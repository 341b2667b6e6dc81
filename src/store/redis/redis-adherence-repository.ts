import type { Redis } from "ioredis";
import { BoundedMap } from "../../bounded-map.js";
import {
	type Adherence,
	type AdherenceStatus,
	type AuditEntry,
	actorKey,
	adherenceSchema,
} from "../../core/adherences/adherence.js";
import type { SubmitOutcome, TransitionOutcome } from "../../core/adherences/adherence-outcomes.js";
import { type DecisionNotice, noticeId, noticeSchema } from "../../core/notices/notice.js";
import type { AdherenceRepository, SubmissionRateLimit } from "../../core/ports.js";
import { type ListStamp, readListSince } from "./adherence-list-since.js";
import { submitScript, transitionScript } from "./adherence-scripts.js";
import type { ConversationCopies } from "./conversation-copies.js";
import { keys } from "./keys.js";
import { defaultNoticeLeaseMs } from "./notice-outbox-scripts.js";
import { withChanges } from "./sorted-adherences.js";
import type { TrackedReads } from "./tracked-reads.js";

type ScriptReply = [string, string?];

interface AdherenceScripts {
	solidaritySubmit(...args: (string | number)[]): Promise<ScriptReply>;
	solidarityTransition(...args: (string | number)[]): Promise<ScriptReply>;
}

const parse = (json: string): Adherence => adherenceSchema.parse(JSON.parse(json));

/** A statement's list as this process holds it, and the stamp it was last brought up to. */
interface KeptList {
	generation: string;
	version: number;
	byNumber: Map<number, Adherence>;
	sorted: readonly Adherence[];
	applied?: ListStamp;
}

/** How many records a process keeps as it last wrote or read them (see recent). */
const RECENT_RECORDS = 500;

/** Statuses that hold an organization's place on the list, and so its identity keys. */
const holdsPlace: readonly AdherenceStatus[] = ["pending", "approved"];

export class RedisAdherenceRepository implements AdherenceRepository {
	private readonly scripts: AdherenceScripts;
	private readonly cache = new Map<string, KeptList>();
	/** Refreshes of a kept list after this process's own change, until they are done. */
	private readonly refreshes = new Map<string, Promise<void>>();
	/** Records as stored (the JSON a transition checks against) and parsed, the latest last. */
	private readonly recentRecords = new BoundedMap<string, { json: string; adherence: Adherence }>(RECENT_RECORDS);

	constructor(
		private readonly redis: Redis,
		private readonly reads: TrackedReads,
		private readonly noticeLeaseMs = defaultNoticeLeaseMs,
		/** The conversations' copies (redis-repositories.ts): a submission checks the one it ends. */
		private readonly conversationCopies?: ConversationCopies,
	) {
		if (!("solidaritySubmit" in redis)) {
			redis.defineCommand("solidaritySubmit", { numberOfKeys: 11, lua: submitScript });
			redis.defineCommand("solidarityTransition", { numberOfKeys: 7, lua: transitionScript });
		}
		this.scripts = redis as unknown as AdherenceScripts;
	}

	async submit(
		draft: Omit<Adherence, "number">,
		identityKeys: readonly string[],
		rateLimit: SubmissionRateLimit,
		endsConversation?: string,
	): Promise<SubmitOutcome> {
		const id = draft.statementId;
		const sentAt = performance.now();
		const [outcome, value = ""] = await this.scripts.solidaritySubmit(
			keys.adherenceSequence(id),
			keys.adherences(id),
			keys.adherenceIdentities(id),
			keys.submissionRate(rateLimit.key),
			keys.audit(id),
			keys.adherenceVersion(id),
			keys.adherenceChanges(id),
			keys.adherenceGeneration(id),
			keys.noticeOutbox,
			keys.noticeDue,
			keys.conversation(endsConversation ?? ""),
			JSON.stringify({ ...draft, number: 0 }),
			rateLimit.limit,
			rateLimit.windowSeconds,
			draft.submittedAt,
			actorKey(draft.submittedBy),
			draft.status === "approved" ? "submit-approved" : "submit",
			this.noticeLeaseMs,
			endsConversation === undefined ? "0" : "1",
			endsConversation === undefined ? "" : (this.conversationCopies?.get(endsConversation) ?? ""),
			...identityKeys,
		);
		if (outcome === "stale-conversation") return { kind: "stale-conversation" };
		if (endsConversation !== undefined) this.conversationCopies?.delete(endsConversation);
		if (outcome === "duplicate") return { kind: "duplicate", number: Number(value) };
		if (outcome === "rate-limited") return { kind: "rate-limited" };
		this.changedHere(id, sentAt);
		return { kind: "created", adherence: this.remember(value) };
	}

	async get(statementId: string, number: number): Promise<Adherence | undefined> {
		const json = await this.redis.hget(keys.adherences(statementId), String(number));
		return json === null ? undefined : this.remember(json);
	}

	recent(statementId: string, number: number): Adherence | undefined {
		return this.recentRecords.get(recordKey(statementId, number))?.adherence;
	}

	/** Parses a record as stored, and keeps it as the latest this process knows. */
	private remember(json: string, adherence: Adherence = parse(json)): Adherence {
		this.recentRecords.set(recordKey(adherence.statementId, adherence.number), { json, adherence });
		return adherence;
	}

	/**
	 * Every adherence of a statement, in number order. Lists are read on every submission (to find
	 * duplicates), so each process keeps its copy and fetches only the records changed since; while
	 * the list's version is unchanged (a tracked read), that costs no round trip at all.
	 */
	async list(statementId: string): Promise<readonly Adherence[]> {
		const cached: KeptList = this.cache.get(statementId) ?? {
			generation: "",
			version: 0,
			byNumber: new Map(),
			sorted: [],
		};
		const generationKey = keys.adherenceGeneration(statementId);
		const versionKey = keys.adherenceVersion(statementId);
		const since = cached.version;
		const stamp = await this.reads.read(`adherence-list:${statementId}`, [generationKey, versionKey], (client) =>
			readListSince(client, statementId, since),
		);
		const { generation, version, records } = stamp;
		// An answer that crossed a newer one on the way must not take the list back.
		if (stamp === cached.applied || (generation === cached.generation && version < cached.version))
			return cached.sorted;
		if (generation !== cached.generation && cached.version > 0) {
			// The data was flushed or restored from another copy: start over, and so does the stamp.
			this.cache.delete(statementId);
			this.reads.forget([versionKey]);
			return this.list(statementId);
		}
		if (records.length > 0) {
			const changed: Adherence[] = [];
			for (const [index, json] of records.entries()) {
				if (json === null) continue;
				// This process's own writes come back as it wrote them: the record it holds is used, not parsed again.
				const kept = this.recentRecords.get(recordKey(statementId, Number(stamp.numbers[index])));
				const adherence = kept?.json === json ? kept.adherence : parse(json);
				cached.byNumber.set(adherence.number, adherence);
				changed.push(adherence);
			}
			cached.sorted = withChanges(cached.sorted, changed, cached.byNumber);
		}
		cached.version = version;
		cached.generation = generation;
		cached.applied = stamp;
		// Applied: the kept stamp need not hold the records twice.
		stamp.records = [];
		stamp.numbers = [];
		this.cache.set(statementId, cached);
		return cached.sorted;
	}

	async transition(
		statementId: string,
		number: number,
		from: readonly AdherenceStatus[],
		change: (current: Adherence) => Adherence,
		audit: { who: string; action: string; at: string },
		identityKeys: readonly string[],
		notice?: DecisionNotice,
		known?: Adherence,
	): Promise<TransitionOutcome> {
		const current = known ?? (await this.get(statementId, number));
		if (!current) return { kind: "not-found" };
		if (!from.includes(current.status)) return { kind: "conflict", current };
		// The stored form of what the change is made from; a record this process never saw as stored
		// (made by hand, say) matches nothing, and the write answers with the stored one.
		const kept = this.recentRecords.get(recordKey(statementId, number));
		const madeFrom = kept?.adherence === current ? kept.json : "";
		const after = adherenceSchema.parse(change(current));
		const written = JSON.stringify(after);
		const freesPlace = !holdsPlace.includes(after.status);
		// The script checks the status again: another organizer may have decided in between.
		const sentAt = performance.now();
		const [outcome, value = ""] = await this.scripts.solidarityTransition(
			keys.adherences(statementId),
			keys.adherenceIdentities(statementId),
			keys.audit(statementId),
			keys.adherenceVersion(statementId),
			keys.adherenceChanges(statementId),
			keys.noticeOutbox,
			keys.noticeDue,
			number,
			from.join(","),
			written,
			audit.at,
			audit.who,
			audit.action,
			notice ? JSON.stringify(noticeSchema.parse(notice)) : "",
			notice ? noticeId(notice) : "",
			this.noticeLeaseMs,
			madeFrom,
			...(freesPlace ? identityKeys : []),
		);
		if (outcome === "not-found") {
			this.recentRecords.delete(recordKey(statementId, number));
			return { kind: "not-found" };
		}
		if (outcome === "stale") return { kind: "stale", current: this.remember(value) };
		if (outcome === "conflict") return { kind: "conflict", current: this.remember(value) };
		this.changedHere(statementId, sentAt);
		return { kind: "changed", before: parse(value), after: this.remember(written, after) };
	}

	/**
	 * After this process's own change to the records (sent at `sentAt`) the list is read again, and a list it keeps
	 * is brought up to date right away, off any request's path: the next submission, which checks
	 * against the list, then finds it current instead of waiting on that read (and on whatever
	 * fsync it queues behind).
	 */
	private changedHere(statementId: string, sentAt: number): void {
		const version = keys.adherenceVersion(statementId);
		this.reads.forget([version]);
		if (!this.cache.has(statementId)) return;
		let done = () => {};
		const refreshed = new Promise<void>((resolve) => {
			done = resolve;
		});
		// Once the reply has gone: Redis's message about the write often comes before the write's own
		// answer, and a refresh started then held up the request that made the change.
		const refresh = () =>
			setImmediate(
				() =>
					void this.list(statementId)
						.catch(() => undefined)
						.finally(done),
			);
		if (!this.reads.afterOwnChange(version, sentAt, refresh)) return;
		this.refreshes.set(statementId, refreshed);
		void refreshed.then(() => {
			if (this.refreshes.get(statementId) === refreshed) this.refreshes.delete(statementId);
		});
	}

	caughtUp(statementId: string): Promise<void> {
		return this.refreshes.get(statementId) ?? Promise.resolve();
	}

	async audit(statementId: string): Promise<AuditEntry[]> {
		const entries = await this.redis.xrange(keys.audit(statementId), "-", "+");
		return entries.map(([, fields]) => {
			const field = new Map<string, string>();
			for (let i = 0; i + 1 < fields.length; i += 2) field.set(fields[i] ?? "", fields[i + 1] ?? "");
			const json = (name: string) => (field.has(name) ? JSON.parse(field.get(name) ?? "null") : undefined);
			return {
				at: field.get("at") ?? "",
				who: field.get("who") ?? "",
				action: field.get("action") ?? "",
				statementId,
				number: field.has("number") ? Number(field.get("number")) : undefined,
				before: json("before"),
				after: json("after"),
			};
		});
	}
}

const recordKey = (statementId: string, number: number) => `${statementId}\u0000${number}`;
