// `npm run build`: the bot as production runs it, bundled by esbuild into dist/ (or the folder given
// with --outdir; --entry bundles another program the same way, as the broadcast bench does). Loading some 250 modules one by one was most of the bot's start-up: Node 20
// resolves, reads and compiles each file, and scans every CommonJS package a second time to find
// its exports. A bundle is a few files. Code loaded on demand (the web server, the platforms'
// adapters, the importer) stays in chunks of its own, loaded when it is first needed.
// Type checking is tsc's job (`npm test` runs `tsc --noEmit`); esbuild only strips the types.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { outdir: { type: "string" }, entry: { type: "string" } } });
const outdir = resolve(values.outdir ?? join(root, "dist"));
const entry = resolve(values.entry ?? join(root, "src", "main.ts"));

rmSync(outdir, { recursive: true, force: true });
await build({
	absWorkingDir: root,
	entryPoints: [entry],
	outdir,
	bundle: true,
	splitting: true,
	platform: "node",
	format: "esm",
	target: "node20",
	// Stack traces name the source files and lines; the sources themselves are in src/.
	sourcemap: true,
	sourcesContent: false,
	// pino starts its pretty-printer in a worker thread from a file of its own package.
	external: ["pino", "pino-pretty"],
	// The bundled CommonJS packages call require() for Node's modules and their optional native parts.
	banner: {
		js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);',
	},
	logLevel: "warning",
});
// The web pages' files, where src/web/static-assets.ts looks for them beside the code that serves them.
mkdirSync(outdir, { recursive: true });
cpSync(join(root, "src", "web", "assets"), join(outdir, "assets"), { recursive: true });
// ES modules wherever the folder is (a bench or a test builds into a temporary one).
writeFileSync(join(outdir, "package.json"), '{ "type": "module" }\n');
writeFileSync(join(outdir, ".built"), "");
