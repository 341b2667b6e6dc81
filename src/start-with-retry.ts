import type { Logger } from "./logger.js";

const firstDelayMs = 1000;
const maxDelayMs = 60_000;

export interface Retrying<T> {
	/** The first attempt's outcome: started, or retrying in the background. */
	first: Promise<T | undefined>;
	/** No more attempts; a start that succeeds after this is stopped again. */
	cancel(): void;
}

/**
 * A platform API that cannot be reached at start (network down, API root wrong for a moment) is
 * tried again with back-off instead of ending the process: the chat comes up when the API does.
 */
export function startWithRetry<T extends { stop(): Promise<void> }>(
	name: string,
	start: () => Promise<T>,
	onStarted: (started: T) => void,
	logger: Logger,
): Retrying<T> {
	const state = { cancelled: false, timer: undefined as NodeJS.Timeout | undefined };
	const attempt = async (number: number): Promise<T | undefined> => {
		try {
			const started = await start();
			if (state.cancelled) {
				await started.stop();
				return undefined;
			}
			if (number > 1) logger.warn({ adapter: name, attempt: number }, "platform adapter started after retrying");
			onStarted(started);
			return started;
		} catch (error) {
			const delay = Math.min(firstDelayMs * 2 ** (number - 1), maxDelayMs);
			logger.warn(
				{ err: error, adapter: name, attempt: number, retryInMs: delay },
				"platform adapter could not start; retrying",
			);
			if (!state.cancelled) state.timer = setTimeout(() => void attempt(number + 1), delay);
			return undefined;
		}
	};
	return {
		first: attempt(1),
		cancel() {
			state.cancelled = true;
			clearTimeout(state.timer);
		},
	};
}
