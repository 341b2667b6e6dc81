import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Redis } from "ioredis";
import { AdherenceLinkRegistry } from "../src/core/adherences/adherence-link-registry.js";
import { createCore } from "../src/core/core.js";
import { loadStatementFiles } from "../src/core/statements/statement-files.js";
import { createLogger } from "../src/logger.js";
import { createCoreDependencies } from "../src/store/redis/core-dependencies.js";
import { startEmbeddedRedis } from "../src/store/redis/embedded-redis.js";
const dataDir = mkdtempSync(join(tmpdir(), "sb-x-"));
const logger = createLogger({ level: "warn", fd: 2, pretty: false });
const embedded = await startEmbeddedRedis(dataDir, logger);
const redis = new Redis({ path: embedded.socketPath });
const { statements: seeds } = await loadStatementFiles(resolve("/work/main/config/statements"));
const seed = seeds.find((s) => s.id === "icor-peru-struggle-2023")!;
const wired = createCoreDependencies({ client: redis, options: { path: embedded.socketPath } }, {
  links: new AdherenceLinkRegistry(), defaultTimeZone: "UTC",
  notifier: { notifyUser: async () => {}, notifyOrganizers: async () => {} },
  submissionsPerHour: 1e6, operators: ["telegram:1"], announcementsPerHour: 10, defaultLocale: "en", now: () => new Date() } as any);
const core = createCore(wired.deps, { error: () => {} });
await wired.repositories.statements.upsert({ ...seed, id: "b" });
const mon = await redis.duplicate().monitor();
const log: string[] = [];
mon.on("monitor", (_t: string, args: string[], src: string) => log.push((src.includes("lua") ? "  lua " : "") + args.slice(0, 3).join(" ").slice(0, 100)));
const org = { platform: "telegram", chatId: "-1", userId: "1", isChatAdmin: false } as any;
for (let n = 0; n < 2; n++) {
  const sub = { platform: "telegram", chatId: "-1", userId: String(1000 + n), isChatAdmin: false } as any;
  for (const [txt, who] of [[`/adhere b Org ${n} zz${n}q; ; Peru`, sub], ["/confirm", sub], [`/approve b ${n === 0 ? 1 : 2}`, org]] as const) {
    log.length = 0;
    await core.handleText(txt, who);
    await new Promise((r) => setTimeout(r, 50));
    if (n === 1) console.log("== " + txt + "\n" + log.filter(l=>!l.startsWith("  lua")).join("\n"));
  }
}
mon.disconnect(); await wired.close(); redis.disconnect(); await embedded.stop();
