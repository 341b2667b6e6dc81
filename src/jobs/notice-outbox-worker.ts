import { deliverClaimed, type NoticeDependencies } from "../core/notices/deliver-notice.js";
import type { Logger } from "../logger.js";

/** How often the outbox is looked at: a retry's back-off is never shorter than this. */
const pollEveryMs = 1000;
/** Notices taken at a time; more are taken at once while the outbox is full. */
const batchSize = 20;

export interface NoticeOutboxWorker {
	/** Finishes the delivery under way, then stops. */
	close(): Promise<void>;
}

/**
 * Delivers what the outbox still holds: a card whose process died before sending it, a notice
 * refused with a 429 or a platform error, one written while no adapter ran. It runs beside the
 * adapters, since the notifier delivers through them; several processes may run it, as the outbox
 * leases each notice to one of them.
 */
export function startNoticeOutboxWorker(deps: NoticeDependencies, logger: Logger): NoticeOutboxWorker {
	let stopped = false;
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> = Promise.resolve();
	const drain = async () => {
		for (;;) {
			const due = await deps.outbox.claimDue(batchSize);
			for (const notice of due) {
				if (!(await deliverClaimed(notice, deps)))
					logger.info({ notice }, "a notice could not be delivered; it stays in the outbox for a retry");
			}
			if (due.length < batchSize || stopped) return;
		}
	};
	const tick = () => {
		running = drain()
			.catch((error) => logger.warn({ err: error }, "could not read the notice outbox"))
			.finally(() => {
				if (!stopped) timer = setTimeout(tick, pollEveryMs);
			});
	};
	tick();
	return {
		close: async () => {
			stopped = true;
			clearTimeout(timer);
			await running;
		},
	};
}
