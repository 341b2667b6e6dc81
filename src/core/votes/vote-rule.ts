import type { Ballot, Vote, VoteResult, VoteRule } from "./vote.js";

/**
 * Words organizers type for a rule: "majority" (more than half of those attending, the
 * default), "two-thirds" (at least two thirds), each optionally "-of-members" (of all members
 * on the roll), and "quorum=0.5" (at least half the members must attend).
 */
export function parseRule(words: readonly string[], base: VoteRule): VoteRule | undefined {
	let rule = { ...base };
	for (const raw of words) {
		const word = raw.toLowerCase();
		const quorum = /^quorum=(0(?:\.\d+)?|1(?:\.0+)?)$/.exec(word);
		if (quorum) rule = { ...rule, quorum: Number(quorum[1]) };
		else if (word === "majority" || word === "mayoria" || word === "mayoría")
			rule = { ...rule, numerator: 1, denominator: 2, strict: true, base: "attending" };
		else if (word === "majority-of-members")
			rule = { ...rule, numerator: 1, denominator: 2, strict: true, base: "members" };
		else if (word === "two-thirds" || word === "dos-tercios")
			rule = { ...rule, numerator: 2, denominator: 3, strict: false, base: "attending" };
		else if (word === "two-thirds-of-members")
			rule = { ...rule, numerator: 2, denominator: 3, strict: false, base: "members" };
		else return undefined;
	}
	return rule;
}

/** Counts with integers, so "exactly half" is never lost to rounding. */
export function countVote(vote: Vote, ballots: readonly Ballot[], closedBy: string, closedAt: string): VoteResult {
	const attending = new Set(vote.attending);
	const counted = ballots.filter((ballot) => attending.has(ballot.organization));
	const count = (choice: Ballot["choice"]) => counted.filter((ballot) => ballot.choice === choice).length;
	const approve = count("approve");
	const reject = count("reject");
	const abstain = count("abstain");
	const base = vote.rule.base === "attending" ? attending.size : vote.members;
	const left = approve * vote.rule.denominator;
	const right = vote.rule.numerator * base;
	const shareMet = vote.rule.strict ? left > right : left >= right;
	const quorumMet = vote.rule.quorum === null || attending.size >= vote.rule.quorum * vote.members;
	return {
		adopted: shareMet && quorumMet,
		approve,
		reject,
		abstain,
		notVoted: attending.size - counted.length,
		attending: attending.size,
		members: vote.members,
		quorumMet,
		closedAt,
		closedBy,
	};
}
