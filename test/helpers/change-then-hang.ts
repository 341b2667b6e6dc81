// A process that makes a change and dies before its notice is delivered: it signs a statement
// through the real core on the Redis at argv[2], and its notifier prints "notifying" and never
// returns, for the test to SIGKILL it right there. Its leases are short, so the test is quick.
import { Redis } from "ioredis";
import { AdherenceLinkRegistry } from "../../src/core/adherences/adherence-link-registry.js";
import { createCore } from "../../src/core/core.js";
import { createCoreDependencies } from "../../src/store/redis/core-dependencies.js";
import { loadSeeds } from "./seeds.js";
import { member } from "./test-core.js";

const port = Number(process.argv[2]);
const [statementId = "", details = ""] = process.argv.slice(3);
const client = new Redis({ host: "127.0.0.1", port });
const never = () => {
	process.stdout.write("notifying\n");
	return new Promise<void>(() => {});
};
const wired = createCoreDependencies(
	{ client, options: { host: "127.0.0.1", port } },
	{
		notifier: { notifyUser: never, notifyOrganizers: never },
		links: new AdherenceLinkRegistry(),
		submissionsPerHour: 10,
		operators: ["telegram:2001"],
		announcementsPerHour: 10,
		defaultLocale: "en",
		defaultTimeZone: "UTC",
		now: () => new Date(),
		noticeLeaseMs: 1500,
	},
);
for (const statement of await loadSeeds()) await wired.repositories.statements.upsert(statement);
const core = createCore(wired.deps, {
	error: (details: object) => process.stderr.write(`${JSON.stringify(details)}\n`),
});
await core.handleText(`/adhere ${statementId} ${details}`, member);
await core.handleText("/confirm", member);
process.stdout.write("replied\n");
