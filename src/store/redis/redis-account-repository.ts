import { randomInt } from "node:crypto";
import type { Redis } from "ioredis";
import type { AccountRepository, LinkOutcome } from "../../core/ports.js";
import { keys } from "./keys.js";
import type { TrackedReads } from "./tracked-reads.js";

/** No 0/O or 1/I/L: the code is read on one screen and typed on another. */
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const codeLength = 8;

// KEYS: the code, the redeemer's link, the issuer's link, the audit stream.
// ARGV: the redeemer's account, the issuer the code was read as, at.
// The code is used up in the same step that links, so it links once, whoever races.
const redeemScript = `
if redis.call('GET', KEYS[1]) ~= ARGV[2] then return 'invalid-code' end
if redis.call('EXISTS', KEYS[2]) == 1 or redis.call('EXISTS', KEYS[3]) == 1 then return 'already-linked' end
redis.call('DEL', KEYS[1])
redis.call('SET', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], ARGV[1])
redis.call('XADD', KEYS[4], '*', 'at', ARGV[3], 'who', ARGV[1], 'action', 'account-link', 'accounts', ARGV[2] .. ' ' .. ARGV[1])
return 'linked'
`;

export class RedisAccountRepository implements AccountRepository {
	constructor(
		private readonly redis: Redis,
		private readonly reads: TrackedReads,
	) {}

	async linked(account: string): Promise<string[]> {
		const link = keys.accountLink(account);
		const other = await this.reads.read(`link:${account}`, [link], (client) => client.get(link));
		return other ? [account, other] : [account];
	}

	async issueLinkCode(account: string, ttlSeconds: number): Promise<string> {
		const code = Array.from({ length: codeLength }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join("");
		await this.redis.set(keys.linkCode(code), account, "EX", ttlSeconds);
		return code;
	}

	async redeemLinkCode(code: string, account: string, audit: { at: string }): Promise<LinkOutcome> {
		const codeKey = keys.linkCode(code.toUpperCase());
		const issuer = await this.redis.get(codeKey);
		if (!issuer) return { kind: "invalid-code" };
		if (issuer.split(":")[0] === account.split(":")[0]) return { kind: "same-platform" };
		const outcome = await this.redis.eval(
			redeemScript,
			4,
			codeKey,
			keys.accountLink(account),
			keys.accountLink(issuer),
			keys.accountAudit,
			account,
			issuer,
			audit.at,
		);
		this.reads.forget([keys.accountLink(account), keys.accountLink(issuer)]);
		if (outcome === "linked") return { kind: "linked", accounts: [account, issuer] };
		return { kind: outcome === "already-linked" ? "already-linked" : "invalid-code" };
	}

	async unlink(account: string, audit: { at: string }): Promise<boolean> {
		const other = await this.redis.get(keys.accountLink(account));
		if (!other) return false;
		await this.redis
			.multi()
			.del(keys.accountLink(account), keys.accountLink(other))
			.xadd(
				keys.accountAudit,
				"*",
				"at",
				audit.at,
				"who",
				account,
				"action",
				"account-unlink",
				"accounts",
				`${account} ${other}`,
			)
			.exec();
		this.reads.forget([keys.accountLink(account), keys.accountLink(other)]);
		return true;
	}
}
