import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { freePort } from "../../src/store/redis/redis-server-process.js";

const run = promisify(execFile);

/** Three redis-server masters on free local ports, joined into one Cluster; it touches no other Redis. */
export class TestRedisCluster {
	private constructor(
		private readonly dir: string,
		private readonly servers: ChildProcess[],
		readonly ports: number[],
	) {}

	get nodes(): string {
		return this.ports.map((port) => `127.0.0.1:${port}`).join(",");
	}

	static async start(size = 3): Promise<TestRedisCluster> {
		const dir = mkdtempSync(join(tmpdir(), "sb-cluster-"));
		const ports: number[] = [];
		const servers: ChildProcess[] = [];
		for (let index = 0; index < size; index++) {
			const port = await freePort();
			const nodeDir = join(dir, String(port));
			await run("mkdir", ["-p", nodeDir]);
			const child = spawn(
				"redis-server",
				[
					"--port",
					String(port),
					"--bind",
					"127.0.0.1",
					"--cluster-enabled",
					"yes",
					"--cluster-config-file",
					join(nodeDir, "nodes.conf"),
					"--dir",
					nodeDir,
					"--appendonly",
					"yes",
					"--appendfsync",
					"always",
					"--save",
					"",
					"--logfile",
					"",
				],
				{ stdio: ["ignore", "pipe", "pipe"] },
			);
			servers.push(child);
			ports.push(port);
			let output = "";
			await new Promise<void>((resolve, reject) => {
				child.stdout?.on("data", (chunk: Buffer) => {
					output += chunk;
					if (/Ready to accept connections/.test(output)) resolve();
				});
				child.once("exit", () => reject(new Error(`redis-server ${port} exited: ${output.slice(-400)}`)));
			});
		}
		const cluster = new TestRedisCluster(dir, servers, ports);
		await run("redis-cli", [
			"--cluster",
			"create",
			...ports.map((port) => `127.0.0.1:${port}`),
			"--cluster-replicas",
			"0",
			"--cluster-yes",
		]);
		await cluster.waitUntilOk();
		return cluster;
	}

	/** Every node agrees the cluster is up: the marker `cluster_state:ok`, looked at until it shows. */
	private async waitUntilOk(): Promise<void> {
		const deadline = Date.now() + 30_000;
		for (const port of this.ports) {
			const client = new Redis({ host: "127.0.0.1", port, lazyConnect: true });
			await client.connect();
			try {
				while (!(await client.cluster("INFO")).includes("cluster_state:ok")) {
					if (Date.now() > deadline) throw new Error("the test cluster never reached cluster_state:ok");
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
			} finally {
				client.disconnect();
			}
		}
	}

	async stop(): Promise<void> {
		await Promise.all(
			this.servers.map(async (child) => {
				if (child.exitCode !== null) return;
				const exited = once(child, "exit");
				child.kill("SIGTERM");
				await exited;
			}),
		);
		rmSync(this.dir, { recursive: true, force: true });
	}
}
