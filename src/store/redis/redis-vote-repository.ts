import type { Redis } from "ioredis";
import { actorKey } from "../../core/adherences/adherence.js";
import type { CastOutcome, FreezeOutcome, OpenVoteOutcome, VoteRepository } from "../../core/ports.js";
import { type Ballot, ballotSchema, type Vote, type VoteResult, voteSchema } from "../../core/votes/vote.js";
import { keys } from "./keys.js";

// Each script checks the vote's status and changes it in one step, with its audit entry.
const openScript = `
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current).status ~= 'closed' then return 'already-open' end
redis.call('DEL', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('XADD', KEYS[3], '*', 'at', ARGV[2], 'who', ARGV[3], 'action', 'vote-open', 'after', ARGV[1])
return 'opened'
`;

const castScript = `
local current = redis.call('GET', KEYS[1])
if not current then return 'no-vote' end
if cjson.decode(current).status ~= 'open' then return 'not-open' end
local before = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('XADD', KEYS[3], '*', 'at', ARGV[3], 'who', ARGV[4], 'action', 'vote-cast', 'before', before or 'null', 'after', ARGV[2])
if before then return 'replaced' end
return 'cast'
`;

const freezeScript = `
local current = redis.call('GET', KEYS[1])
if not current then return 'no-vote' end
local vote = cjson.decode(current)
if vote.status == 'closed' then return 'already-closed' end
if vote.status == 'open' then
	vote.status = 'closing'
	redis.call('SET', KEYS[1], cjson.encode(vote))
end
return 'frozen'
`;

const finishScript = `
local current = redis.call('GET', KEYS[1])
if not current or cjson.decode(current).status ~= 'closing' then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('XADD', KEYS[2], '*', 'at', ARGV[2], 'who', ARGV[3], 'action', 'vote-close', 'before', current, 'after', ARGV[1])
return 1
`;

interface VoteScripts {
	solidarityVoteOpen(...args: string[]): Promise<string>;
	solidarityVoteCast(...args: string[]): Promise<string>;
	solidarityVoteFreeze(...args: string[]): Promise<string>;
	solidarityVoteFinish(...args: string[]): Promise<number>;
}

export class RedisVoteRepository implements VoteRepository {
	private readonly scripts: VoteScripts;

	constructor(private readonly redis: Redis) {
		if (!("solidarityVoteOpen" in redis)) {
			redis.defineCommand("solidarityVoteOpen", { numberOfKeys: 3, lua: openScript });
			redis.defineCommand("solidarityVoteCast", { numberOfKeys: 3, lua: castScript });
			redis.defineCommand("solidarityVoteFreeze", { numberOfKeys: 1, lua: freezeScript });
			redis.defineCommand("solidarityVoteFinish", { numberOfKeys: 2, lua: finishScript });
		}
		this.scripts = redis as unknown as VoteScripts;
	}

	async open(vote: Vote, audit: { who: string; at: string }): Promise<OpenVoteOutcome> {
		const id = vote.statementId;
		const outcome = await this.scripts.solidarityVoteOpen(
			keys.vote(id),
			keys.ballots(id),
			keys.audit(id),
			JSON.stringify(voteSchema.parse(vote)),
			audit.at,
			audit.who,
		);
		return outcome === "opened" ? "opened" : "already-open";
	}

	async get(statementId: string): Promise<Vote | undefined> {
		const json = await this.redis.get(keys.vote(statementId));
		return json === null ? undefined : voteSchema.parse(JSON.parse(json));
	}

	async cast(statementId: string, ballot: Ballot): Promise<CastOutcome> {
		return (await this.scripts.solidarityVoteCast(
			keys.vote(statementId),
			keys.ballots(statementId),
			keys.audit(statementId),
			ballot.organization,
			JSON.stringify(ballotSchema.parse(ballot)),
			ballot.at,
			actorKey(ballot),
		)) as CastOutcome;
	}

	async ballots(statementId: string): Promise<Ballot[]> {
		const all = await this.redis.hvals(keys.ballots(statementId));
		return all.map((json) => ballotSchema.parse(JSON.parse(json)));
	}

	async freeze(statementId: string): Promise<FreezeOutcome> {
		return (await this.scripts.solidarityVoteFreeze(keys.vote(statementId))) as FreezeOutcome;
	}

	async finish(statementId: string, result: VoteResult): Promise<boolean> {
		const current = await this.get(statementId);
		if (!current) return false;
		const closed: Vote = { ...current, status: "closed", result };
		const changed = await this.scripts.solidarityVoteFinish(
			keys.vote(statementId),
			keys.audit(statementId),
			JSON.stringify(voteSchema.parse(closed)),
			result.closedAt,
			result.closedBy,
		);
		return changed === 1;
	}
}
