import type { Core } from "../core/core.js";
import type { Reply } from "../core/reply.js";
import type { Metrics } from "./metrics.js";

/**
 * The core, observed from outside: every command is counted by name and outcome and timed. The
 * names come from the command table, so a typed-in unknown word cannot grow the label set.
 */
export function instrumentCore(core: Core, metrics: Metrics): Core {
	const known = new Set(core.commands.flatMap((command) => [command.name, ...(command.aliases ?? [])]));
	const label = (name: string) => (known.has(name) ? name : "unknown");
	async function observe(name: string, work: () => Promise<Reply | null>): Promise<Reply | null> {
		const stop = metrics.commandSeconds.startTimer({ command: label(name) });
		try {
			const reply = await work();
			if (reply) metrics.commands.inc({ command: label(name), outcome: reply.private ? "refused" : "ok" });
			return reply;
		} catch (error) {
			metrics.commands.inc({ command: label(name), outcome: "error" });
			throw error;
		} finally {
			stop();
		}
	}
	const nameOf = (line: string) => /^\/([a-z_]+)/i.exec(line.trim())?.[1]?.toLowerCase() ?? "";
	return {
		...core,
		commands: core.commands,
		handleText: (line, origin) => observe(nameOf(line), () => core.handleText(line, origin)),
		handleCommand: (name, rawArgs, origin) =>
			observe(name, () => core.handleCommand(name, rawArgs, origin)) as Promise<Reply>,
		handleAction: (action, origin) =>
			observe(nameOf(action), () => core.handleAction(action, origin)) as Promise<Reply>,
	};
}
