import type { Redis } from "ioredis";
import { BoundedMap } from "../../bounded-map.js";

/**
 * Reads of data that changes rarely (statements, their status, grants, account links, a list's
 * version), kept in the process until Redis says a key they came from changed: Redis's own
 * client-side caching (CLIENT TRACKING). A request that finds its reads here makes no round trip
 * for them, so it does not queue behind other clients' fsyncs.
 *
 * The keys are read on a connection of their own with tracking on, and Redis sends each change to
 * a second connection subscribed to `__redis__:invalidate`. That one speaks RESP2, because ioredis
 * drops RESP3's "invalidate" pushes. Redis sends an invalidation after the write that caused it,
 * on another socket than the writer's reply, so a process's own writes also call `forget` once
 * they are done: the process then reads its own writes, and other processes see them as soon as
 * Redis's message arrives. While either connection is down nothing is kept, and reads go to the
 * store as before.
 */
export interface TrackedReads {
	/**
	 * The value under `name`, or `fetch`'s answer, kept until one of `dependsOn` changes. `fetch`
	 * must read only those keys, on the client it is given.
	 */
	read<T>(name: string, dependsOn: readonly string[], fetch: (client: Redis) => Promise<T>): Promise<T>;
	/** What this process has just written: whatever was read from these keys is read again. */
	forget(changed: readonly string[]): void;
	/**
	 * Runs `refresh` once Redis's message about a write this process sent at `sentAt` (performance.now())
	 * to `key` has come, or after a short while: a read made before that message would be spoiled by it,
	 * and kept nothing. Nothing runs while no read is kept; the answer says whether `refresh` will run.
	 */
	afterOwnChange(key: string, sentAt: number, refresh: () => void): boolean;
	close(): Promise<void>;
}

/**
 * Beyond this many entries the oldest tenth is dropped: every person who writes once leaves their
 * grants and account link here, and a process should not keep them all.
 */
const maxEntries = 20_000;

/** How long a refresh waits for Redis's message about the process's own write before it runs anyway. */
const ownChangeWaitMs = 50;
/** How many keys' latest change is remembered for afterOwnChange (the message may come before the reply). */
const maxChangeTimes = 1_000;

interface Entry {
	value: unknown;
	dependsOn: readonly string[];
}

class RedisTrackedReads implements TrackedReads {
	private readonly entries = new Map<string, Entry>();
	/** Entry names by the key they were read from. */
	private readonly readers = new Map<string, Set<string>>();
	/** Fetches under way, with the keys they read: a change during one spoils its answer. */
	private readonly inFlight = new Set<{ dependsOn: readonly string[]; spoiled: boolean }>();
	/** When Redis last said each key changed, the latest last. */
	private readonly changedAt = new BoundedMap<string, number>(maxChangeTimes);
	/** Refreshes waiting for Redis's message about a key. */
	private readonly waiting = new Map<string, Set<{ refresh: () => void; timer: NodeJS.Timeout }>>();
	private armed = false;
	private subscriberId: number | undefined;
	private closed = false;

	constructor(
		private readonly main: Redis,
		private readonly reader: Redis,
		private readonly subscriber: Redis,
	) {
		subscriber.on("ready", () => void this.subscribe());
		reader.on("ready", () => void this.arm());
		for (const connection of [reader, subscriber]) {
			connection.on("close", () => {
				if (connection === subscriber) this.subscriberId = undefined;
				this.disarm();
			});
			// The main client's watcher already says when Redis is unreachable.
			connection.on("error", () => undefined);
		}
		subscriber.on("messageBuffer", (_channel: Buffer, changed: Buffer[] | Buffer | null) => {
			// A FLUSHALL, or Redis dropping keys from its tracking table, sends no key: all is read again.
			if (!Array.isArray(changed)) this.clear();
			else this.changed(changed.map((key) => key.toString()));
		});
	}

	async read<T>(name: string, dependsOn: readonly string[], fetch: (client: Redis) => Promise<T>): Promise<T> {
		const kept = this.armed ? this.entries.get(name) : undefined;
		if (kept) return kept.value as T;
		if (!this.armed) return fetch(this.main);
		const pending = { dependsOn, spoiled: false };
		this.inFlight.add(pending);
		try {
			const value = await fetch(this.reader);
			if (!pending.spoiled && this.armed) this.keep(name, { value, dependsOn });
			return value;
		} finally {
			this.inFlight.delete(pending);
		}
	}

	forget(changed: readonly string[]): void {
		for (const key of changed) {
			for (const pending of this.inFlight) if (pending.dependsOn.includes(key)) pending.spoiled = true;
			const names = this.readers.get(key);
			if (!names) continue;
			this.readers.delete(key);
			for (const name of names) this.entries.delete(name);
		}
	}

	afterOwnChange(key: string, sentAt: number, refresh: () => void): boolean {
		if (!this.armed) return false;
		if ((this.changedAt.get(key) ?? Number.NEGATIVE_INFINITY) >= sentAt) {
			refresh();
			return true;
		}
		let refreshes = this.waiting.get(key);
		if (!refreshes) {
			refreshes = new Set();
			this.waiting.set(key, refreshes);
		}
		const waiter = {
			refresh,
			timer: setTimeout(() => {
				if (refreshes.delete(waiter)) refresh();
				if (refreshes.size === 0 && this.waiting.get(key) === refreshes) this.waiting.delete(key);
			}, ownChangeWaitMs),
		};
		waiter.timer.unref();
		refreshes.add(waiter);
		return true;
	}

	async close(): Promise<void> {
		this.closed = true;
		// A refresh still waiting for Redis's message runs now rather than never, so that whoever awaits it
		// (the repository's caughtUp) is let go; its read then fails on the closed store, as any read would.
		const waiting = [...this.waiting.values()].flatMap((refreshes) => [...refreshes]);
		this.waiting.clear();
		for (const { refresh, timer } of waiting) {
			clearTimeout(timer);
			refresh();
		}
		this.disarm();
		this.reader.disconnect();
		this.subscriber.disconnect();
	}

	/** Redis's message: the keys are forgotten, and the refreshes waiting on them run. */
	private changed(keys: readonly string[]): void {
		this.forget(keys);
		const now = performance.now();
		for (const key of keys) {
			this.changedAt.set(key, now);
			const refreshes = this.waiting.get(key);
			if (!refreshes) continue;
			this.waiting.delete(key);
			for (const { refresh, timer } of refreshes) {
				clearTimeout(timer);
				refresh();
			}
		}
	}

	private keep(name: string, entry: Entry): void {
		if (this.entries.size >= maxEntries) this.dropOldest(maxEntries / 10);
		this.entries.set(name, entry);
		for (const key of entry.dependsOn) {
			let names = this.readers.get(key);
			if (!names) {
				names = new Set();
				this.readers.set(key, names);
			}
			names.add(name);
		}
	}

	/** A Map iterates in insertion order, so its first entries are the ones kept longest ago. */
	private dropOldest(count: number): void {
		let dropped = 0;
		for (const [name, entry] of this.entries) {
			if (dropped++ >= count) break;
			this.entries.delete(name);
			for (const key of entry.dependsOn) {
				const names = this.readers.get(key);
				names?.delete(name);
				if (names?.size === 0) this.readers.delete(key);
			}
		}
	}

	private clear(): void {
		this.entries.clear();
		this.readers.clear();
		for (const pending of this.inFlight) pending.spoiled = true;
	}

	private disarm(): void {
		this.armed = false;
		this.clear();
	}

	/** A fresh subscriber connection has a new id, which the reader's tracking must point at. */
	private async subscribe(): Promise<void> {
		try {
			const id = Number(await this.subscriber.client("ID"));
			await this.subscriber.subscribe("__redis__:invalidate");
			this.subscriberId = id;
			await this.arm();
		} catch {
			// Closed on the way: its next "ready" subscribes again, and reads go to the store meanwhile.
		}
	}

	private async arm(): Promise<void> {
		this.disarm();
		const id = this.subscriberId;
		if (this.closed || id === undefined || this.reader.status !== "ready") return;
		try {
			await this.reader.client("TRACKING", "on", "REDIRECT", String(id));
			// Another reconnection may have happened while this was on its way.
			if (this.subscriberId === id && this.reader.status === "ready" && !this.closed) this.armed = true;
		} catch {
			// As above: unarmed, every read goes to the store.
		}
	}
}

/** Reads straight from the store: for a Cluster or Sentinels, where one subscriber cannot hear every change. */
class UntrackedReads implements TrackedReads {
	constructor(private readonly main: Redis) {}

	read<T>(_name: string, _dependsOn: readonly string[], fetch: (client: Redis) => Promise<T>): Promise<T> {
		return fetch(this.main);
	}

	forget(): void {}

	/** Nothing is kept, so nothing is brought up to date ahead of a request. */
	afterOwnChange(): boolean {
		return false;
	}

	async close(): Promise<void> {}
}

/** Tracked reads beside `main`, on two more connections to the same server. */
export function openTrackedReads(main: Redis, keep = true): TrackedReads {
	const clustered = (main as { isCluster?: boolean }).isCluster === true || Boolean(main.options.sentinels);
	if (clustered || !keep) return new UntrackedReads(main);
	const reader = main.duplicate({ lazyConnect: true });
	const subscriber = main.duplicate({
		lazyConnect: true,
		protocol: 2,
		autoResubscribe: false,
		enableOfflineQueue: true,
		maxRetriesPerRequest: null,
		commandTimeout: undefined,
	});
	const reads = new RedisTrackedReads(main, reader, subscriber);
	for (const connection of [reader, subscriber]) connection.connect().catch(() => undefined);
	return reads;
}
