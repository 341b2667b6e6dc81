#!/usr/bin/env node
// The operators' CLI. TypeScript runs through tsx's loader, so there is no build step to forget.
// tsx is imported dynamically so that a clone without its packages gets one line saying what to
// run, not Node's stack trace for a missing package.
let register;
try {
	({ register } = await import("tsx/esm/api"));
} catch (error) {
	if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
	process.stderr.write("solidarity: the npm packages are not installed; run `npm ci` in the project folder first\n");
	process.exit(1);
}
register();
await import("../src/cli/solidarity-cli.ts");
