import { Counter, Gauge, Histogram, Registry } from "prom-client";

/** What /metrics reads at each scrape, besides the counters: asked of Redis and the queues then. */
export interface MetricSources {
	adherencesByStatus(): Promise<Record<string, number>>;
	queueDepths(): Promise<{ queue: string; state: string; count: number }[]>;
	redisRoundTripSeconds(): Promise<number>;
}

/** One registry per process, passed to what observes: nothing global, so tests get their own. */
export function createMetrics() {
	const registry = new Registry();
	const metrics = {
		registry,
		commands: new Counter({
			name: "solidarity_commands_total",
			help: "Chat commands handled, by command and outcome (ok, refused, error)",
			labelNames: ["command", "outcome"] as const,
			registers: [registry],
		}),
		commandSeconds: new Histogram({
			name: "solidarity_command_duration_seconds",
			help: "Time to answer a chat command, by command",
			labelNames: ["command"] as const,
			buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
			registers: [registry],
		}),
		broadcastSends: new Counter({
			name: "solidarity_broadcast_sends_total",
			help: "Broadcast messages, by platform and outcome (sent, gone, failed, already delivered)",
			labelNames: ["platform", "outcome"] as const,
			registers: [registry],
		}),
		rateLimited: new Counter({
			name: "solidarity_platform_rate_limited_total",
			help: "429 answers from a platform, which pause its send queue",
			labelNames: ["platform"] as const,
			registers: [registry],
		}),
	};
	return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

/** The gauges read at scrape time from the sources. */
export function registerSourceGauges(metrics: Metrics, sources: MetricSources): void {
	const registers = [metrics.registry];
	new Gauge({
		name: "solidarity_adherences",
		help: "Adherences by status, across statements",
		labelNames: ["status"] as const,
		registers,
		async collect() {
			this.reset();
			for (const [status, count] of Object.entries(await sources.adherencesByStatus())) this.set({ status }, count);
		},
	});
	new Gauge({
		name: "solidarity_queue_jobs",
		help: "BullMQ jobs by queue and state",
		labelNames: ["queue", "state"] as const,
		registers,
		async collect() {
			this.reset();
			for (const { queue, state, count } of await sources.queueDepths()) this.set({ queue, state }, count);
		},
	});
	new Gauge({
		name: "solidarity_redis_round_trip_seconds",
		help: "Time of one PING to Redis, measured at the scrape",
		registers,
		async collect() {
			this.set(await sources.redisRoundTripSeconds());
		},
	});
}
