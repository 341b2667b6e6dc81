import { queueDepths } from "../jobs/queue-depths.js";
import { observeSends } from "../jobs/send-observer.js";
import type { Runtime } from "../runtime.js";
import { readDurability, roundTripSeconds } from "../store/redis/redis-probe.js";
import { type HealthServer, type ReadinessCheck, startHealthServer } from "./health-server.js";
import { registerSourceGauges } from "./metrics.js";

/** Which adapters should be connected, and whether each is: main fills it in as they start. */
export interface AdapterStates {
	expected: readonly string[];
	connected: Set<string>;
}

async function adherencesByStatus(runtime: Runtime): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const statement of await runtime.statements.list()) {
		for (const adherence of await runtime.adherences.list(statement.id))
			counts[adherence.status] = (counts[adherence.status] ?? 0) + 1;
	}
	return counts;
}

async function readiness(runtime: Runtime, adapters: AdapterStates): Promise<ReadinessCheck[]> {
	const checks: ReadinessCheck[] = [];
	try {
		const seconds = await roundTripSeconds(runtime.redis.redis);
		checks.push({ name: "redis", ok: true, detail: `PING ${(seconds * 1000).toFixed(1)} ms` });
		const durability = await readDurability(runtime.redis.redis);
		checks.push(
			durability.readable
				? {
						name: "redis durability",
						ok: durability.appendonly === "yes" && durability.appendfsync === "always",
						detail: `appendonly ${durability.appendonly}, appendfsync ${durability.appendfsync}`,
					}
				: { name: "redis durability", ok: true, detail: "CONFIG is disabled; cannot tell" },
		);
	} catch (error) {
		checks.push({ name: "redis", ok: false, detail: (error as Error).message });
	}
	for (const name of adapters.expected)
		checks.push({
			name,
			ok: adapters.connected.has(name),
			detail: adapters.connected.has(name) ? "connected" : "not connected",
		});
	return checks;
}

/** The health server for a running process (bot or workers), when HEALTH_PORT is not 0. */
export async function startRuntimeHealth(runtime: Runtime, adapters: AdapterStates): Promise<HealthServer | undefined> {
	if (runtime.config.HEALTH_PORT === 0) return undefined;
	const { metrics } = runtime;
	if (!metrics) throw new Error("the health server serves /metrics: open the runtime with metrics on");
	registerSourceGauges(metrics, {
		adherencesByStatus: () => adherencesByStatus(runtime),
		queueDepths: () => queueDepths(runtime.broadcastQueues),
		redisRoundTripSeconds: () => roundTripSeconds(runtime.redis.redis),
	});
	const sends = observeSends(runtime.redis.options, {
		send: (platform, outcome) => metrics.broadcastSends.inc({ platform, outcome }),
		rateLimited: (platform) => metrics.rateLimited.inc({ platform }),
	});
	let server: HealthServer;
	try {
		server = await startHealthServer({
			host: runtime.config.HEALTH_HOST,
			port: runtime.config.HEALTH_PORT,
			metrics,
			readiness: () => readiness(runtime, adapters),
		});
	} catch (error) {
		// The chats matter more than the probe: serve them, and say loudly that nothing answers on the port.
		runtime.logger.error({ err: error, port: runtime.config.HEALTH_PORT }, "health server could not listen");
		await sends.close();
		return undefined;
	}
	runtime.logger.info({ host: runtime.config.HEALTH_HOST, port: server.port }, "health and metrics served");
	return {
		port: server.port,
		close: async () => {
			await server.close();
			await sends.close();
		},
	};
}
