import type { Notifier } from "../core/ports.js";
import type { Platform } from "../core/request.js";
import type { Logger } from "../logger.js";

/**
 * The core's notifier in a running bot: each message goes to the adapter of the platform it is
 * for. The core is built before the adapters, so they register here when they start.
 */
export class PlatformNotifier implements Notifier {
	private readonly adapters = new Map<Platform, Notifier>();

	constructor(private readonly logger: Logger) {}

	register(platform: Platform, notifier: Notifier): void {
		this.adapters.set(platform, notifier);
	}

	async notifyUser(...args: Parameters<Notifier["notifyUser"]>): Promise<void> {
		const [recipient] = args;
		const adapter = this.adapters.get(recipient.platform);
		if (!adapter) {
			this.logger.warn({ platform: recipient.platform }, "no adapter running to notify a user");
			return;
		}
		await adapter
			.notifyUser(...args)
			.catch((error) => this.logger.warn({ err: error, platform: recipient.platform }, "could not notify a user"));
	}

	async notifyOrganizers(...args: Parameters<Notifier["notifyOrganizers"]>): Promise<void> {
		const [statementId, origin] = args;
		const adapter = this.adapters.get(origin.platform);
		if (!adapter) {
			this.logger.warn({ platform: origin.platform, statementId }, "no adapter running to notify organizers");
			return;
		}
		await adapter
			.notifyOrganizers(...args)
			.catch((error) =>
				this.logger.warn({ err: error, platform: origin.platform, statementId }, "could not notify organizers"),
			);
	}
}
