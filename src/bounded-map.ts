/**
 * A Map that keeps at most `limit` entries: setting a key makes it the newest, and past the limit
 * the oldest goes. For what a process keeps of the many people and records it meets, so that its
 * memory stays bounded however long it runs.
 */
export class BoundedMap<K, V> {
	private readonly entries = new Map<K, V>();

	constructor(private readonly limit: number) {}

	get(key: K): V | undefined {
		return this.entries.get(key);
	}

	set(key: K, value: V): void {
		this.entries.delete(key);
		this.entries.set(key, value);
		if (this.entries.size > this.limit) {
			const oldest = this.entries.keys().next().value;
			if (oldest !== undefined) this.entries.delete(oldest);
		}
	}

	delete(key: K): void {
		this.entries.delete(key);
	}
}
