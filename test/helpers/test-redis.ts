import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { freePort, RedisServerProcess } from "../../src/store/redis/redis-server-process.js";
import { openTrackedReads, type TrackedReads } from "../../src/store/redis/tracked-reads.js";

/**
 * A redis-server of the test's own: a free port on 127.0.0.1, a temporary folder, AOF with fsync
 * on every write. It never touches a Redis it did not start.
 */
export class TestRedis {
	private server: RedisServerProcess | undefined;
	private readonly clients: Redis[] = [];
	private readonly reads: TrackedReads[] = [];

	private constructor(
		readonly dir: string,
		readonly port: number,
		private readonly extraArgs: readonly string[],
	) {}

	static async start(options: { extraArgs?: readonly string[] } = {}): Promise<TestRedis> {
		const dir = mkdtempSync(join(tmpdir(), "sb-redis-"));
		for (let attempt = 0; ; attempt++) {
			const instance = new TestRedis(dir, await freePort(), options.extraArgs ?? []);
			try {
				await instance.startServer();
				return instance;
			} catch (error) {
				// Another process may have taken the port between the check and the start.
				if (attempt >= 3) throw error;
			}
		}
	}

	private async startServer(): Promise<void> {
		this.server = await RedisServerProcess.start({
			dir: this.dir,
			endpoint: { kind: "tcp", host: "127.0.0.1", port: this.port },
			extraArgs: this.extraArgs,
		});
	}

	get url(): string {
		return `redis://127.0.0.1:${this.port}`;
	}

	/** A client the helper closes at the end. */
	client(): Redis {
		const client = new Redis({ host: "127.0.0.1", port: this.port, maxRetriesPerRequest: null });
		client.on("error", () => {});
		this.clients.push(client);
		return client;
	}

	/** A process's tracked reads on a client of its own, as a repository is given them; closed at the end. */
	trackedReads(): TrackedReads {
		const reads = openTrackedReads(this.client());
		this.reads.push(reads);
		return reads;
	}

	/** Kills the server as a crash would; `restart` brings it back on the same port and data. */
	async crash(): Promise<void> {
		await this.server?.stop("SIGKILL");
	}

	async restart(): Promise<void> {
		await this.startServer();
	}

	/** Kills the server as a crash would, then starts it again on the same data. */
	async crashAndRestart(): Promise<void> {
		await this.server?.stop("SIGKILL");
		await this.startServer();
	}

	async stop(): Promise<void> {
		for (const reads of this.reads) await reads.close();
		for (const client of this.clients) client.disconnect();
		await this.server?.stop("SIGTERM");
		rmSync(this.dir, { recursive: true, force: true });
	}
}
