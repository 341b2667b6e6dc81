import { z } from "zod";
import { actorSchema, platformSchema } from "../adherences/adherence.js";
import { countryCodeSchema, statementIdSchema } from "../statements/statement.js";

/** "telegram:123": a platform user who may vote for an organization. */
export const representativeSchema = z
	.string()
	.regex(
		/^(telegram|discord|console):[\w-]{1,64}$/,
		'expected "telegram:<user id>", "discord:<user id>" or "console:local"',
	);

export const memberOrganizationSchema = z.strictObject({
	id: statementIdSchema,
	name: z.string().trim().min(1).max(200),
	abbreviation: z.string().trim().min(1).max(30).optional(),
	country: countryCodeSchema,
	representatives: z.array(representativeSchema).default([]),
});
export type MemberOrganization = z.infer<typeof memberOrganizationSchema>;

export const memberRollSchema = z.strictObject({ members: z.array(memberOrganizationSchema) });

/**
 * When a vote adopts: approvals compared with a share of the attending members (or of all
 * members), strictly more than it or at least it, with an optional attendance quorum.
 */
export const voteRuleSchema = z.strictObject({
	numerator: z.number().int().min(1),
	denominator: z.number().int().min(1),
	/** true: more than the share ("more than 50 percent"); false: at least it ("two thirds"). */
	strict: z.boolean(),
	base: z.enum(["attending", "members"]),
	/** Share of all members that must attend for the vote to count, e.g. 0.5. */
	quorum: z.number().min(0).max(1).nullable(),
});
export type VoteRule = z.infer<typeof voteRuleSchema>;

/** The rule the seed document states: adopted "if more than 50 percent of the attending member organizations approve". */
export const defaultVoteRule: VoteRule = {
	numerator: 1,
	denominator: 2,
	strict: true,
	base: "attending",
	quorum: null,
};

export const choiceSchema = z.enum(["approve", "reject", "abstain"]);
export type Choice = z.infer<typeof choiceSchema>;

export const ballotSchema = z.strictObject({
	organization: z.string(),
	choice: choiceSchema,
	platform: platformSchema,
	userId: z.string(),
	at: z.iso.datetime(),
});
export type Ballot = z.infer<typeof ballotSchema>;

export const voteResultSchema = z.strictObject({
	adopted: z.boolean(),
	approve: z.number().int(),
	reject: z.number().int(),
	abstain: z.number().int(),
	notVoted: z.number().int(),
	attending: z.number().int(),
	members: z.number().int(),
	quorumMet: z.boolean(),
	closedAt: z.iso.datetime(),
	closedBy: z.string(),
});
export type VoteResult = z.infer<typeof voteResultSchema>;

export const voteSchema = z.strictObject({
	statementId: z.string(),
	attending: z.array(z.string()).min(1),
	/** How many organizations were on the roll when the vote opened (the base of "of all members"). */
	members: z.number().int().min(1),
	rule: voteRuleSchema,
	deadline: z.iso.datetime().optional(),
	openedBy: actorSchema,
	openedAt: z.iso.datetime(),
	/** closing: counting has begun and no ballot is taken any more; the count is being written. */
	status: z.enum(["open", "closing", "closed"]),
	result: voteResultSchema.optional(),
});
export type Vote = z.infer<typeof voteSchema>;
