import { AdherenceLinkRegistry } from "../../src/core/adherences/adherence-link-registry.js";
import { createCoreDependencies } from "../../src/store/redis/core-dependencies.js";

/** The core's dependencies as the broadcast bench's processes wire them: no notices, no operators. */
export function benchCoreDependencies(connection: Parameters<typeof createCoreDependencies>[0]) {
	return createCoreDependencies(connection, {
		notifier: { notifyUser: async () => undefined, notifyOrganizers: async () => undefined },
		links: new AdherenceLinkRegistry(),
		submissionsPerHour: 10,
		operators: [],
		announcementsPerHour: 10,
		defaultLocale: "en",
		defaultTimeZone: "UTC",
		now: () => new Date(),
	});
}
