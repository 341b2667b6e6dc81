// A bench's helper process that does one run and sends back one report before it exits.
import { fork } from "node:child_process";

/** Forks `entry` with `options` as its argument; resolves with the report it sends. */
export function childReport<Report>(entry: string, options: object, execArgv: string[] = []): Promise<Report> {
	const child = fork(entry, [JSON.stringify(options)], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
	return new Promise((resolve, reject) => {
		let report: Report | undefined;
		child.on("message", (message: { report?: Report }) => {
			if (message.report) report = message.report;
		});
		child.once("exit", (code) =>
			report ? resolve(report) : reject(new Error(`${entry} exited (${code}) without a report`)),
		);
	});
}
