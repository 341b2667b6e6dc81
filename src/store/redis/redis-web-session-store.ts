import { createHash, randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { WebSessionStore } from "../../core/ports.js";
import { keys } from "./keys.js";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

export class RedisWebSessionStore implements WebSessionStore {
	constructor(private readonly redis: Redis) {}

	async issueLogin(account: string, ttlSeconds: number): Promise<string> {
		const token = newToken();
		await this.redis.set(keys.webLogin(hash(token)), account, "EX", ttlSeconds);
		return token;
	}

	async redeemLogin(token: string): Promise<string | undefined> {
		if (!tokenShape.test(token)) return undefined;
		// GETDEL reads and removes in one step: of two requests with the same link, one gets it.
		return (await this.redis.getdel(keys.webLogin(hash(token)))) ?? undefined;
	}

	async startSession(account: string, ttlSeconds: number): Promise<string> {
		const token = newToken();
		await this.redis.set(keys.webSession(hash(token)), account, "EX", ttlSeconds);
		return token;
	}

	async sessionAccount(token: string): Promise<string | undefined> {
		if (!tokenShape.test(token)) return undefined;
		return (await this.redis.get(keys.webSession(hash(token)))) ?? undefined;
	}

	async endSession(token: string): Promise<void> {
		if (tokenShape.test(token)) await this.redis.del(keys.webSession(hash(token)));
	}
}
