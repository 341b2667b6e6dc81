// A process that starts the embedded Redis of the data folder at argv[2], or joins the one running
// there, writes argv[3] under the key "crash-test" with the fsync that every write waits on, says
// whether it started the server, and dies of an error nobody catches once a line comes on its input.
import { Redis } from "ioredis";
import { createLogger } from "../../src/logger.js";
import { startEmbeddedRedis } from "../../src/store/redis/embedded-redis.js";

const [dataDir = "", value = ""] = process.argv.slice(2);
const embedded = await startEmbeddedRedis(dataDir, createLogger({ level: "silent", fd: 2, pretty: false }));
const client = new Redis({ path: embedded.socketPath });
await client.set("crash-test", value);
client.disconnect();
process.stdout.write(`${JSON.stringify({ owner: embedded.owner })}\n`);
process.stdin.once("data", () => {
	throw new Error("an error nobody caught");
});
