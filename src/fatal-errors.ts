import { maskSecrets } from "./logger.js";

/** Named, so that a second call in the same process adds no second handler. */
const handlerName = "printMaskedFatalError";

/**
 * An error nobody caught would be printed by Node with every property a library put on it (ioredis:
 * the AUTH password among a command's arguments). Instead: one masked line, and exit 1.
 */
export function printFatalErrorsMasked(program: string, secrets: readonly string[]): void {
	if (process.listeners("uncaughtException").some((listener) => listener.name === handlerName)) return;
	const handlers = {
		[handlerName](error: unknown) {
			const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
			process.stderr.write(`${program}: unexpected error: ${maskSecrets(text.split("\n")[0] ?? "", secrets)}\n`);
			process.exit(1);
		},
	};
	process.on("uncaughtException", handlers[handlerName]);
	process.on("unhandledRejection", handlers[handlerName]);
}
