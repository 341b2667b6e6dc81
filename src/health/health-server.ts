import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Metrics } from "./metrics.js";

/** One line of /readyz: a name, whether it is fine, and why not. */
export interface ReadinessCheck {
	name: string;
	ok: boolean;
	detail: string;
}

export interface HealthServer {
	port: number;
	close(): Promise<void>;
}

/**
 * /healthz (the process answers), /readyz (Redis reachable and durable, the adapters connected:
 * 503 with the failing checks otherwise) and /metrics (Prometheus), on a port of their own.
 */
export async function startHealthServer(options: {
	host: string;
	port: number;
	metrics: Metrics;
	readiness: () => Promise<ReadinessCheck[]>;
}): Promise<HealthServer> {
	const server: Server = createServer((request, response) => {
		const path = (request.url ?? "/").split("?")[0];
		const answer = (status: number, type: string, body: string) => {
			response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
			response.end(body);
		};
		if (request.method !== "GET" && request.method !== "HEAD") return answer(405, "text/plain", "GET only\n");
		if (path === "/healthz") return answer(200, "text/plain", "ok\n");
		if (path === "/readyz") {
			void options
				.readiness()
				.catch((error: Error) => [{ name: "readiness", ok: false, detail: error.message }])
				.then((checks) => {
					const ready = checks.every((check) => check.ok);
					const lines = checks.map((check) => `${check.ok ? "ok" : "fail"} ${check.name}: ${check.detail}`);
					answer(ready ? 200 : 503, "text/plain", `${ready ? "ready" : "not ready"}\n${lines.join("\n")}\n`);
				});
			return;
		}
		if (path === "/metrics") {
			void options.metrics.registry
				.metrics()
				.then((text) => answer(200, options.metrics.registry.contentType, text))
				.catch((error: Error) => answer(500, "text/plain", `metrics failed: ${error.message}\n`));
			return;
		}
		answer(404, "text/plain", "not found: /healthz, /readyz, /metrics\n");
	});
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port, options.host, () => resolve());
	});
	return {
		port: (server.address() as AddressInfo).port,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
