import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";

const here = dirname(fileURLToPath(import.meta.url));
const altchaDist = join(dirname(createRequire(import.meta.url).resolve("altcha")), "..");

/** The site's few files, read once at start and served with a day's cache. */
const assets: Record<string, { file: string; type: string }> = {
	"/assets/site.css": { file: join(here, "assets/site.css"), type: "text/css; charset=utf-8" },
	"/assets/sign.js": { file: join(here, "assets/sign.js"), type: "text/javascript; charset=utf-8" },
	"/assets/pow.js": { file: join(here, "assets/pow.js"), type: "text/javascript; charset=utf-8" },
	"/assets/altcha/altcha.js": { file: join(altchaDist, "external/altcha.js"), type: "text/javascript; charset=utf-8" },
	"/assets/altcha/altcha.css": { file: join(altchaDist, "external/altcha.css"), type: "text/css; charset=utf-8" },
	"/assets/altcha/workers/pbkdf2.js": {
		file: join(altchaDist, "workers/pbkdf2.js"),
		type: "text/javascript; charset=utf-8",
	},
};

export function registerStaticAssets(app: FastifyInstance): void {
	for (const [path, { file, type }] of Object.entries(assets)) {
		const body = readFileSync(file);
		app.get(path, (_request, reply) => reply.type(type).header("cache-control", "public, max-age=86400").send(body));
	}
}
