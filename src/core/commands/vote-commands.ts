import { z } from "zod";
import { checkCalendarDate } from "../calendar-date.js";
import { organizesCampaign } from "../campaigns/access.js";
import { campaignOfStatement } from "../campaigns/statement-campaign.js";
import type { CommandContext } from "../context.js";
import { actorOf, requesterKey } from "../context.js";
import { type Block, heading, item, paragraph, type Reply, span } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import { isUserError, type UserError, userError } from "../user-error.js";
import { closeVote, resultReply } from "../votes/close-vote.js";
import { choiceSchema, defaultVoteRule, type MemberOrganization, type VoteRule } from "../votes/vote.js";
import { countVote, parseRule } from "../votes/vote-rule.js";
import { defineCommand, noParameters, parameter } from "./command.js";
import { statementIdParameter } from "./parameters.js";

const nameOf = (member: MemberOrganization) =>
	member.abbreviation && member.abbreviation !== member.name ? `${member.abbreviation} ${member.name}` : member.name;

function ruleText(rule: VoteRule, context: CommandContext): string {
	const share = `${rule.numerator}/${rule.denominator}`;
	return context.text.vote.rule(share === "1/2" ? "50%" : share, rule.strict, rule.base === "members", rule.quorum);
}

const isoDateTimeWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** "90m", "2h", "3d", or an ISO date-time with its zone; it must lie in the future. */
function parseDeadline(word: string, now: Date): Date | undefined {
	const duration = /^(\d{1,5})(m|h|d)$/.exec(word);
	if (duration) {
		const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[duration[2] as "m" | "h" | "d"];
		return new Date(now.getTime() + Number(duration[1]) * unit);
	}
	// Date would roll 30 February over into March: the day must be on the calendar.
	if (!isoDateTimeWithZone.test(word) || isUserError(checkCalendarDate(word.slice(0, 10)))) return undefined;
	const date = new Date(word);
	return Number.isNaN(date.getTime()) || date <= now ? undefined : date;
}

export const voteOpenCommand = defineCommand({
	name: "voteopen",
	aliases: ["abrirvotacion"],
	description: {
		en: "Put a draft to the vote of the attending member organizations",
		es: "Somete un borrador a la votación de las organizaciones miembro presentes",
	},
	parameters: z.object({
		id: statementIdParameter,
		members: parameter(z.string().min(1).max(2000), {
			type: "string",
			description: {
				en: "Attending member ids separated by commas, or all",
				es: "Identificadores de los miembros presentes separados por comas, o all",
			},
		}),
		options: parameter(z.string().max(200).optional(), {
			type: "text",
			rest: true,
			description: {
				en: "Deadline (90m, 2h, 2026-12-01T18:00Z) and rule (majority, two-thirds, …-of-members, quorum=0.5)",
				es: "Plazo (90m, 2h, 2026-12-01T18:00Z) y regla (majority, two-thirds, …-of-members, quorum=0.5)",
			},
		}),
	}),
	role: "organizer",
	campaignOf: campaignOfStatement,
	async run(args, context) {
		// Drafts are what votes are about, so they are found here, unlike in the member commands.
		const statement = await findStatement(context.deps.statements, args.id, "with-drafts", context);
		if (isUserError(statement)) return statement;
		const title = titleFor(statement, context.locale);
		if (statement.status !== "draft") return userError("voteNotDraft", title);
		const roll = await context.deps.roll.list();
		const wanted = args.members.toLowerCase();
		const ids =
			wanted === "all"
				? roll.map((member) => member.id)
				: wanted
						.split(",")
						.map((id) => id.trim())
						.filter(Boolean);
		const unknown = ids.filter((id) => !roll.some((member) => member.id === id));
		if (unknown.length > 0 || ids.length === 0)
			return userError("unknownMembers", unknown.join(", ").slice(0, 300) || wanted.slice(0, 60));
		const now = context.deps.now();
		const words = args.options?.split(/\s+/).filter(Boolean) ?? [];
		let deadline: Date | undefined;
		const ruleWords: string[] = [];
		for (const word of words) {
			if (/^\d/.test(word)) {
				deadline = parseDeadline(word, now);
				if (!deadline) return userError("deadlineInvalid");
			} else ruleWords.push(word);
		}
		const rule = parseRule(ruleWords, defaultVoteRule);
		if (!rule) return userError("ruleInvalid");
		const openedAt = now.toISOString();
		const outcome = await context.deps.votes.open(
			{
				statementId: statement.id,
				attending: [...new Set(ids)],
				members: roll.length,
				rule,
				...(deadline ? { deadline: deadline.toISOString() } : {}),
				openedBy: actorOf(context),
				openedAt,
				status: "open",
			},
			{ who: requesterKey(context), at: openedAt },
		);
		if (outcome === "already-open") return userError("voteAlreadyOpen", title);
		await context.deps.statementState.setStatus(statement.id, "voting", { who: requesterKey(context), at: openedAt });
		if (deadline) await context.deps.voteDeadlines.schedule(statement.id, openedAt, deadline);
		const text = context.text.vote;
		const blocks = [paragraph(span(text.opened(title, new Set(ids).size, ruleText(rule, context)), { bold: true }))];
		if (deadline) blocks.push(paragraph(span(text.deadline(deadline.toISOString().slice(0, 16).replace("T", " ")))));
		blocks.push(paragraph(span(text.howToVote(statement.id))));
		return { blocks };
	},
});

export const voteCommand = defineCommand({
	name: "vote",
	aliases: ["votar"],
	description: {
		en: "Vote for your member organization: approve, reject or abstain",
		es: "Vota por tu organización miembro: approve, reject o abstain",
	},
	parameters: z.object({
		id: statementIdParameter,
		choice: parameter(
			z
				.string()
				.transform(
					(word) =>
						({
							a: "approve",
							si: "approve",
							sí: "approve",
							r: "reject",
							no: "reject",
							abstencion: "abstain",
							abstención: "abstain",
						})[word.toLowerCase()] ?? word.toLowerCase(),
				)
				.pipe(choiceSchema),
			{ type: "string", description: { en: "approve, reject or abstain", es: "approve, reject o abstain" } },
		),
		organization: parameter(z.string().max(48).optional(), {
			type: "string",
			description: {
				en: "Which organization, if you represent several",
				es: "Qué organización, si representas a varias",
			},
		}),
	}),
	role: "member",
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "with-drafts", context);
		if (isUserError(statement)) return statement;
		const title = titleFor(statement, context.locale);
		const vote = await context.deps.votes.get(statement.id);
		if (vote?.status !== "open") return userError("voteNotOpen", title);
		const me = requesterKey(context);
		const represented = (await context.deps.roll.list()).filter(
			(member) => vote.attending.includes(member.id) && member.representatives.includes(me),
		);
		const named = args.organization?.toLowerCase();
		const candidates = named ? represented.filter((member) => member.id === named) : represented;
		if (candidates.length === 0) return userError("notARepresentative");
		const [organization] = candidates;
		if (candidates.length > 1 || !organization)
			return userError("severalOrganizations", candidates.map((m) => m.id).join(", "));
		const { choice } = args;
		const outcome = await context.deps.votes.cast(statement.id, {
			organization: organization.id,
			choice,
			platform: context.origin.platform,
			userId: context.origin.userId,
			at: context.deps.now().toISOString(),
		});
		if (outcome === "not-open" || outcome === "no-vote") return userError("voteNotOpen", title);
		const text = context.text.vote;
		const say = outcome === "replaced" ? text.replaced : text.cast;
		return { blocks: [paragraph(span(say(nameOf(organization), text.choices[choice], title)))] };
	},
});

export const voteStatusCommand = defineCommand({
	name: "votestatus",
	aliases: ["estadovotacion"],
	description: { en: "The running count of a vote", es: "El recuento en curso de una votación" },
	parameters: z.object({ id: statementIdParameter }),
	role: "member",
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "with-drafts", context);
		if (isUserError(statement)) return statement;
		const title = titleFor(statement, context.locale);
		const vote = await context.deps.votes.get(statement.id);
		if (!vote) return userError("voteNotOpen", title);
		if (vote.status === "closed" && vote.result) return resultReply(title, vote.result, context.locale);
		const ballots = await context.deps.votes.ballots(statement.id);
		const count = countVote(vote, ballots, "", context.deps.now().toISOString());
		const text = context.text.vote;
		const blocks: Block[] = [
			paragraph(
				span(text.status(title, count.approve, count.reject, count.abstain, count.notVoted, count.attending), {
					bold: true,
				}),
			),
		];
		// Who has voted is for organizers: members see the count only.
		if (organizesCampaign(await context.access(), statement.campaign)) {
			const roll = await context.deps.roll.list();
			const label = (id: string) => {
				const member = roll.find((candidate) => candidate.id === id);
				return member ? nameOf(member) : id;
			};
			const votedIds = new Set(ballots.map((ballot) => ballot.organization));
			const voted = vote.attending.filter((id) => votedIds.has(id)).map(label);
			const waiting = vote.attending.filter((id) => !votedIds.has(id)).map(label);
			blocks.push(
				paragraph(span(text.voted(voted.join(", ") || text.nobody))),
				paragraph(span(text.notVoted(waiting.join(", ") || text.nobody))),
			);
		}
		return { blocks };
	},
});

export const voteCloseCommand = defineCommand({
	name: "voteclose",
	aliases: ["cerrarvotacion"],
	description: {
		en: "Close a vote now and announce the result",
		es: "Cierra una votación ahora y anuncia el resultado",
	},
	parameters: z.object({ id: statementIdParameter }),
	role: "organizer",
	campaignOf: campaignOfStatement,
	async run(args, context): Promise<Reply | UserError> {
		const statement = await findStatement(context.deps.statements, args.id, "with-drafts", context);
		if (isUserError(statement)) return statement;
		const title = titleFor(statement, context.locale);
		const outcome = await closeVote(context.deps, statement.id, requesterKey(context));
		if (outcome.kind === "no-vote") return userError("voteNotOpen", title);
		if (outcome.kind === "already-closed") return { blocks: [paragraph(span(context.text.vote.closed(title)))] };
		return resultReply(title, outcome.result, context.locale);
	},
});

export const rollCommand = defineCommand({
	name: "roll",
	aliases: ["miembros"],
	description: {
		en: "The member organizations that vote on resolutions",
		es: "Las organizaciones miembro que votan las resoluciones",
	},
	parameters: noParameters,
	role: "member",
	async run(_args, context) {
		const roll = await context.deps.roll.list();
		const text = context.text.vote;
		if (roll.length === 0) return { blocks: [paragraph(span(text.rollEmpty))] };
		return {
			blocks: [
				heading(text.rollHeading),
				...roll.map((member) =>
					item(
						"•",
						span(member.id, { code: true }),
						span(` — ${nameOf(member)} (${member.country}), ${text.representatives(member.representatives.length)}`),
					),
				),
			],
		};
	},
});
