import cliProgress from "cli-progress";

export interface Progress {
	update(done: number, total?: number): void;
	stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

/**
 * A progress bar on stderr when it is a terminal; nothing at all when piped or redirected, so
 * scripts and logs see only the command's result.
 */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
	if (!stream.isTTY) return silent;
	const bar = new cliProgress.SingleBar(
		{ stream, format: `${label} [{bar}] {value}/{total}`, hideCursor: true, clearOnComplete: false },
		cliProgress.Presets.shades_classic,
	);
	bar.start(total, 0);
	return {
		update: (done, newTotal) => {
			if (newTotal !== undefined && newTotal !== bar.getTotal()) bar.setTotal(newTotal);
			bar.update(done);
		},
		stop: () => bar.stop(),
	};
}
