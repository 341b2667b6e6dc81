import type { Notifier } from "../core/ports.js";
import type { Platform } from "../core/request.js";
import type { Logger } from "../logger.js";

/**
 * The core's notifier in a running bot: each message goes to the adapter of the platform it is
 * for. The core is built before the adapters, so they register here when they start. A message
 * it cannot deliver rejects (after logging why), so the notice outbox keeps it and tries again.
 */
export class PlatformNotifier implements Notifier {
	private readonly adapters = new Map<Platform, Notifier>();

	constructor(private readonly logger: Logger) {}

	register(platform: Platform, notifier: Notifier): void {
		this.adapters.set(platform, notifier);
	}

	async notifyUser(...args: Parameters<Notifier["notifyUser"]>): Promise<void> {
		const [recipient] = args;
		await this.adapter(recipient.platform)
			.notifyUser(...args)
			.catch((error) => {
				this.logger.warn({ err: error, platform: recipient.platform }, "could not notify a user");
				throw error;
			});
	}

	async notifyOrganizers(...args: Parameters<Notifier["notifyOrganizers"]>): Promise<void> {
		const [statementId, origin] = args;
		await this.adapter(origin.platform)
			.notifyOrganizers(...args)
			.catch((error) => {
				this.logger.warn({ err: error, platform: origin.platform, statementId }, "could not notify organizers");
				throw error;
			});
	}

	private adapter(platform: Platform): Notifier {
		const adapter = this.adapters.get(platform);
		if (!adapter) throw new Error(`no ${platform} adapter running in this process`);
		return adapter;
	}
}
