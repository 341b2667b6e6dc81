import type { Redis } from "ioredis";
import {
	type Campaign,
	campaignSchema,
	type OrganizerChange,
	organizerChangeSchema,
} from "../../core/campaigns/campaign.js";
import type { CampaignRepository, OrganizerGrantOutcome, OrganizerRevokeOutcome } from "../../core/ports.js";
import { keys } from "./keys.js";
import type { TrackedReads } from "./tracked-reads.js";

// KEYS: campaigns hash, organizers set, reverse index of the account, audit stream.
// ARGV: campaign id, account, at, who. Grant and its audit entry in one step.
const addScript = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 'no-campaign' end
if redis.call('SISMEMBER', KEYS[2], ARGV[2]) == 1 then return 'already' end
local before = redis.call('SMEMBERS', KEYS[2])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('XADD', KEYS[4], '*', 'at', ARGV[3], 'who', ARGV[4], 'action', 'organizer-add', 'campaignId', ARGV[1],
	'account', ARGV[2], 'before', cjson.encode(before), 'after', cjson.encode(redis.call('SMEMBERS', KEYS[2])))
return 'added'
`;

// The same keys and arguments; the last organizer is kept, so a campaign is never left without one.
const removeScript = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 'no-campaign' end
if redis.call('SISMEMBER', KEYS[2], ARGV[2]) == 0 then return 'absent' end
if redis.call('SCARD', KEYS[2]) <= 1 then return 'last' end
local before = redis.call('SMEMBERS', KEYS[2])
redis.call('SREM', KEYS[2], ARGV[2])
redis.call('SREM', KEYS[3], ARGV[1])
redis.call('XADD', KEYS[4], '*', 'at', ARGV[3], 'who', ARGV[4], 'action', 'organizer-remove', 'campaignId', ARGV[1],
	'account', ARGV[2], 'before', cjson.encode(before), 'after', cjson.encode(redis.call('SMEMBERS', KEYS[2])))
return 'removed'
`;

// KEYS: campaigns hash, organizers set, then each file organizer's reverse index.
// ARGV: campaign JSON ({id, name}), id, then the file's organizers in the order of their keys.
// A campaign seen for the first time takes the file's organizers; later loads only refresh its name.
const seedScript = `
local known = redis.call('HEXISTS', KEYS[1], ARGV[2]) == 1
redis.call('HSET', KEYS[1], ARGV[2], ARGV[1])
if known then return 0 end
for index = 3, #ARGV do
	redis.call('SADD', KEYS[2], ARGV[index])
	redis.call('SADD', KEYS[index], ARGV[2])
end
return 1
`;

export class RedisCampaignRepository implements CampaignRepository {
	constructor(
		private readonly redis: Redis,
		private readonly reads: TrackedReads,
	) {}

	async seed(campaigns: readonly Campaign[]): Promise<void> {
		for (const campaign of campaigns) {
			await this.redis.eval(
				seedScript,
				2 + campaign.organizers.length,
				keys.campaigns,
				keys.campaignOrganizers(campaign.id),
				...campaign.organizers.map((account) => keys.organizes(account)),
				JSON.stringify({ id: campaign.id, name: campaign.name }),
				campaign.id,
				...campaign.organizers,
			);
			this.reads.forget(campaign.organizers.map((account) => keys.organizes(account)));
		}
	}

	async list(): Promise<Campaign[]> {
		const all = await this.redis.hgetall(keys.campaigns);
		const campaigns: Campaign[] = [];
		for (const json of Object.values(all)) {
			const { id, name } = JSON.parse(json) as { id: string; name: string };
			const organizers = (await this.redis.smembers(keys.campaignOrganizers(id))).sort();
			campaigns.push(campaignSchema.parse({ id, name, organizers }));
		}
		return campaigns.sort((a, b) => a.id.localeCompare(b.id));
	}

	async organizedBy(accounts: readonly string[]): Promise<string[]> {
		const grants = await Promise.all(
			accounts.map((account) => {
				const organizes = keys.organizes(account);
				return this.reads.read(`organizes:${account}`, [organizes], (client) => client.smembers(organizes));
			}),
		);
		return [...new Set(grants.flat())];
	}

	async addOrganizer(campaignId: string, account: string, audit: { who: string; at: string }) {
		const outcome = await this.change(addScript, campaignId, account, audit);
		return { kind: outcome } as OrganizerGrantOutcome;
	}

	async removeOrganizer(campaignId: string, account: string, audit: { who: string; at: string }) {
		const outcome = await this.change(removeScript, campaignId, account, audit);
		return { kind: outcome } as OrganizerRevokeOutcome;
	}

	async audit(campaignId: string): Promise<OrganizerChange[]> {
		const entries = await this.redis.xrange(keys.campaignAudit(campaignId), "-", "+");
		return entries.map(([, fields]) => {
			const record: Record<string, string> = {};
			for (let index = 0; index + 1 < fields.length; index += 2) record[fields[index] ?? ""] = fields[index + 1] ?? "";
			return organizerChangeSchema.parse({
				...record,
				before: accountList(record.before),
				after: accountList(record.after),
			});
		});
	}

	private async change(script: string, campaignId: string, account: string, audit: { who: string; at: string }) {
		const outcome = (await this.redis.eval(
			script,
			4,
			keys.campaigns,
			keys.campaignOrganizers(campaignId),
			keys.organizes(account),
			keys.campaignAudit(campaignId),
			campaignId,
			account,
			audit.at,
			audit.who,
		)) as string;
		this.reads.forget([keys.organizes(account)]);
		return outcome;
	}
}

/** Lua's cjson writes an empty list as {}. */
function accountList(json: string | undefined): string[] {
	const parsed: unknown = JSON.parse(json ?? "[]");
	return Array.isArray(parsed) ? parsed.map(String).sort() : [];
}
