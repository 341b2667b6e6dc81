import { z } from "zod";
import { type Adherence, type AdherenceStatus, actorKey, fieldLimits } from "../adherences/adherence.js";
import type { TransitionOutcome } from "../adherences/adherence-outcomes.js";
import { loadPublishedList, prepareListAfterChange } from "../adherences/load-published-list.js";
import { adherenceLine, moderationCard } from "../adherences/moderation-card.js";
import { identityKeys } from "../adherences/normalize-name.js";
import { checkCalendarDate } from "../calendar-date.js";
import { organizesCampaign } from "../campaigns/access.js";
import { campaignOfStatement } from "../campaigns/statement-campaign.js";
import { actorOf, type CommandContext, requesterKey } from "../context.js";
import { formatDate } from "../i18n/messages.js";
import { deliverLeased } from "../notices/deliver-notice.js";
import type { DecisionNotice } from "../notices/notice.js";
import { type Block, type Button, heading, item, paragraph, type Reply, span } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import type { Statement } from "../statements/statement.js";
import { isUserError, type UserError, userError } from "../user-error.js";
import { defineCommand, parameter } from "./command.js";
import { adherenceNumberParameter, statementIdParameter } from "./parameters.js";

const adherenceParameters = z.object({ id: statementIdParameter, number: adherenceNumberParameter });

/** Moderation cards with buttons, at most this many in one reply: chat keyboards have limits. */
const maxCardsWithButtons = 5;

type Decision = {
	to: DecisionNotice["decision"];
	from: readonly AdherenceStatus[];
	action: string;
	reason?: string;
	/** Whether the submitter is told: written to the outbox with the change, delivered right after. */
	tell?: (current: Adherence) => boolean;
};

async function decide(
	args: { id: string; number: number },
	context: CommandContext,
	decision: Decision,
	check?: (current: Adherence, statement: Statement) => UserError | undefined,
): Promise<{ statement: Statement; before: Adherence; after: Adherence } | UserError> {
	const { number } = args;
	const { adherences } = context.deps;
	// The record as this process last had it, or else read beside the statement: either way a
	// request waits on one round trip before its write at most. The write checks it is current.
	const copy = adherences.recent(args.id, number);
	const [statement, known] = await Promise.all([
		findStatement(context.deps.statements, args.id, "published", context),
		copy ?? adherences.get(args.id, number),
	]);
	if (isUserError(statement)) return statement;
	const title = titleFor(statement, context.locale);
	let current = known;
	// Only a write checks a copy: a refusal made from one ("already approved") is checked first.
	let fromCopy = copy !== undefined;
	// Each retry starts from the stored record the write answered with; two organizers (or a
	// record changed behind a stale copy) settle within a few.
	for (let attempt = 0; ; attempt++) {
		if (!current) return userError("adherenceNotFound", number, title);
		const refusal = check?.(current, statement);
		const outcome = refusal ?? (await transitionTo(statement, current, decision, context));
		if (fromCopy && (isUserError(outcome) || outcome.kind === "conflict")) {
			current = await adherences.get(args.id, number);
			fromCopy = false;
			continue;
		}
		if (isUserError(outcome)) return outcome;
		if (outcome.kind === "stale" && attempt < MAX_STALE_RETRIES) {
			current = outcome.current;
			fromCopy = false;
			continue;
		}
		if (outcome.kind === "not-found") return userError("adherenceNotFound", number, title);
		if (outcome.kind === "conflict" || outcome.kind === "stale") {
			return userError("adherenceAlreadyDecided", number, context.text.adherence.status[outcome.current.status]);
		}
		prepareListAfterChange(context.deps, statement);
		// Sent as the reply is: the organizer does not wait on the message to the submitter (see sendAdherence).
		if (outcome.notice) void deliverLeased(outcome.notice, context.deps, { adherence: outcome.after, statement });
		return { statement, before: outcome.before, after: outcome.after };
	}
}

const MAX_STALE_RETRIES = 3;

/** One attempt at the decision, made from `current`; the notice it owes comes back with it. */
async function transitionTo(
	statement: Statement,
	current: Adherence,
	decision: Decision,
	context: CommandContext,
): Promise<TransitionOutcome & { notice?: DecisionNotice }> {
	const now = context.deps.now().toISOString();
	const actor = actorOf(context);
	const notice: DecisionNotice | undefined =
		(decision.tell?.(current) ?? true)
			? {
					kind: "decision",
					statementId: statement.id,
					number: current.number,
					decision: decision.to,
					...(decision.reason ? { reason: decision.reason } : {}),
				}
			: undefined;
	const outcome = await context.deps.adherences.transition(
		statement.id,
		current.number,
		decision.from,
		(adherence) =>
			decision.to === "withdrawn"
				? { ...adherence, status: "withdrawn", withdrawnAt: now, withdrawnBy: actor }
				: {
						...adherence,
						status: decision.to,
						decidedAt: now,
						decidedBy: actor,
						...(decision.reason ? { rejectionReason: decision.reason } : {}),
					},
		{ who: requesterKey(context), action: decision.action, at: now },
		identityKeys(current.submission),
		notice,
		current,
	);
	return { ...outcome, notice };
}

export const pendingCommand = defineCommand({
	name: "pending",
	aliases: ["pendientes"],
	description: { en: "Adherences waiting for review", es: "Adhesiones pendientes de revisión" },
	parameters: z.object({ id: statementIdParameter }),
	role: "organizer",
	campaignOf: campaignOfStatement,
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "published", context);
		if (isUserError(statement)) return statement;
		const text = context.text.adherence;
		const title = titleFor(statement, context.locale);
		const pending = (await context.deps.adherences.list(statement.id)).filter((a) => a.status === "pending");
		if (pending.length === 0) return { blocks: [paragraph(span(text.noPending(title)))] };
		const blocks: Block[] = [heading(text.pendingHeading(title))];
		const buttons: Button[] = [];
		for (const adherence of pending) {
			const card = moderationCard(adherence, statement, context);
			const details = card.blocks.slice(1).flatMap((block) => block.spans.map((part) => part.text));
			blocks.push(
				item(
					`#${adherence.number}`,
					span(adherenceLine(adherence, context), { bold: true }),
					span(` — ${details.join(" ")}`),
				),
			);
			if (buttons.length < maxCardsWithButtons * 2) buttons.push(...(card.buttons ?? []));
		}
		blocks.push(paragraph(span(text.pendingHint(statement.id), { italic: true })));
		return { blocks, buttons };
	},
});

export const approveCommand = defineCommand({
	name: "approve",
	aliases: ["aprobar"],
	description: { en: "Approve an adherence: it joins the list", es: "Aprueba una adhesión: entra en la lista" },
	parameters: adherenceParameters,
	role: "organizer",
	campaignOf: campaignOfStatement,
	async run(args, context) {
		const result = await decide(args, context, { to: "approved", from: ["pending"], action: "approve" });
		if (isUserError(result)) return result;
		const { statement, after } = result;
		return {
			blocks: [
				paragraph(
					span(
						context.text.adherence.approved(
							after.number,
							adherenceLine(after, context),
							titleFor(statement, context.locale),
						),
					),
				),
			],
		};
	},
});

export const rejectCommand = defineCommand({
	name: "reject",
	aliases: ["rechazar"],
	description: {
		en: "Reject an adherence, with a reason for the submitter",
		es: "Rechaza una adhesión, con un motivo para quien la envió",
	},
	parameters: z.object({
		id: statementIdParameter,
		number: adherenceNumberParameter,
		reason: parameter(z.string().trim().min(1).max(fieldLimits.reason).optional(), {
			type: "text",
			rest: true,
			description: {
				en: "Why, in a sentence the submitter will read",
				es: "Por qué, en una frase que leerá quien la envió",
			},
		}),
	}),
	role: "organizer",
	campaignOf: campaignOfStatement,
	async run(args, context) {
		const { reason } = args;
		const result = await decide(args, context, { to: "rejected", from: ["pending"], action: "reject", reason });
		if (isUserError(result)) return result;
		const { after } = result;
		return { blocks: [paragraph(span(context.text.adherence.rejected(after.number, adherenceLine(after, context))))] };
	},
});

export const withdrawCommand = defineCommand({
	name: "withdraw",
	aliases: ["retirar"],
	description: {
		en: "Withdraw an adherence (your own; organizers: any)",
		es: "Retira una adhesión (la tuya; los organizadores, cualquiera)",
	},
	parameters: adherenceParameters,
	role: "member",
	async run(args, context) {
		// The person's linked accounts count as theirs: an adherence sent from Telegram is withdrawn from Discord.
		const access = await context.access();
		const isOwn = (adherence: Adherence) => access.accounts.includes(actorKey(adherence.submittedBy));
		const result = await decide(
			args,
			context,
			{ to: "withdrawn", from: ["pending", "approved"], action: "withdraw", tell: (current) => !isOwn(current) },
			(current, statement) =>
				organizesCampaign(access, statement.campaign) || isOwn(current) ? undefined : userError("notYourAdherence"),
		);
		if (isUserError(result)) return result;
		const { statement, after } = result;
		return {
			blocks: [
				paragraph(
					span(
						context.text.adherence.withdrawn(
							after.number,
							adherenceLine(after, context),
							titleFor(statement, context.locale),
						),
					),
				),
			],
		};
	},
});

export const publishCommand = defineCommand({
	name: "publish",
	aliases: ["publicar"],
	description: {
		en: "Publish the list as of a date (default today): later signatures become subsequent signatories",
		es: "Publica la lista a una fecha (por defecto hoy): las firmas posteriores pasan a firmantes posteriores",
	},
	parameters: z.object({
		id: statementIdParameter,
		// Any word: a wrong date gets its own explanation (no such day, out of range), not the usage line.
		date: parameter(z.string().max(40).optional(), {
			type: "string",
			description: { en: "YYYY-MM-DD", es: "AAAA-MM-DD" },
		}),
	}),
	role: "organizer",
	campaignOf: campaignOfStatement,
	async run(args, context): Promise<Reply | UserError> {
		const statement = await findStatement(context.deps.statements, args.id, "published", context);
		if (isUserError(statement)) return statement;
		const today = context.deps.now().toISOString().slice(0, 10);
		const date = args.date === undefined ? today : checkCalendarDate(args.date);
		if (isUserError(date)) return date;
		if (date > today) return userError("dateInFuture", date);
		const before = (await context.deps.statementState.asOf(statement.id)) ?? statement.asOf;
		await context.deps.statementState.setAsOf(statement.id, date, {
			who: requesterKey(context),
			at: context.deps.now().toISOString(),
			before,
		});
		const list = await loadPublishedList(context.deps, statement);
		return {
			blocks: [
				paragraph(
					span(
						context.text.adherence.published(
							titleFor(statement, context.locale),
							formatDate(date, context.locale),
							list.count,
						),
					),
				),
			],
		};
	},
});
