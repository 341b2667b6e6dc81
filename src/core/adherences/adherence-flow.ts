import { z } from "zod";
import type { CommandContext } from "../context.js";
import { countryName } from "../i18n/messages.js";
import { type Block, type Button, item, paragraph, type Reply, span } from "../reply.js";
import type { RequestOrigin } from "../request.js";
import { titleFor } from "../statements/language-version.js";
import type { Statement } from "../statements/statement.js";
import { describeUserError, isUserError, type UserError } from "../user-error.js";
import {
	checkAbbreviation,
	checkCountry,
	checkEmail,
	checkKind,
	checkName,
	type FieldResult,
} from "./submission-fields.js";

/** How long an unfinished adherence waits for its next answer. */
export const conversationTtlSeconds = 30 * 60;

type Step = "name" | "abbreviation" | "country" | "kind" | "email" | "confirm";

/** An adherence being collected, one answer at a time; kept in Redis between messages. */
export const adherenceConversationSchema = z.object({
	statementId: z.string(),
	/** guided: every field is asked; one-line: only what the line left out. */
	mode: z.enum(["guided", "one-line"]),
	name: z.string().optional(),
	abbreviation: z.string().nullable().optional(),
	country: z.string().optional(),
	kind: z.enum(["organization", "individual"]).optional(),
	contactEmail: z.string().nullable().optional(),
});
export type AdherenceConversation = z.infer<typeof adherenceConversationSchema>;

export function conversationKey(origin: RequestOrigin): string {
	return `${origin.platform}:${origin.chatId}:${origin.userId}`;
}

export function nextStep(conversation: AdherenceConversation): Step {
	if (conversation.name === undefined) return "name";
	if (conversation.abbreviation === undefined) return "abbreviation";
	if (conversation.country === undefined) return "country";
	if (conversation.kind === undefined) return "kind";
	if (conversation.contactEmail === undefined) return "email";
	return "confirm";
}

/** Takes one answer for the current step; an unusable answer leaves the conversation as it was. */
export function answer(
	conversation: AdherenceConversation,
	text: string,
	context: CommandContext,
): AdherenceConversation | UserError {
	const step = nextStep(conversation);
	const apply = <T>(result: FieldResult<T>, update: (value: T) => AdherenceConversation) =>
		isUserError(result) ? result : update(result);
	switch (step) {
		case "name":
			return apply(checkName(text), (name) => ({ ...conversation, name }));
		case "abbreviation":
			return apply(checkAbbreviation(text), (abbreviation) => ({ ...conversation, abbreviation }));
		case "country":
			return apply(
				checkCountry(text, (code) => countryName(code, context.locale)),
				(country) => ({
					...conversation,
					country,
				}),
			);
		case "kind":
			return apply(checkKind(text), (kind) => ({ ...conversation, kind }));
		case "email":
			return apply(checkEmail(text), (contactEmail) => ({ ...conversation, contactEmail }));
		case "confirm":
			return conversation;
	}
}

/** The one-line form fills what it gives; what it leaves out is asked, except the optional fields. */
export function oneLineDefaults(conversation: AdherenceConversation): AdherenceConversation {
	return {
		...conversation,
		abbreviation: conversation.abbreviation === undefined ? null : conversation.abbreviation,
		kind: conversation.kind ?? "organization",
		contactEmail: conversation.contactEmail === undefined ? null : conversation.contactEmail,
	};
}

/** The question for the next step, or the summary to confirm; `problem` says why an answer was refused. */
export function prompt(
	conversation: AdherenceConversation,
	statement: Statement,
	context: CommandContext,
	problem?: UserError,
): Reply {
	const text = context.text.adherence;
	const blocks: Block[] = [];
	if (problem) blocks.push(paragraph(span(describeUserError(problem, context.locale))));
	const step = nextStep(conversation);
	const title = titleFor(statement, context.locale);
	const questions: Record<Exclude<Step, "confirm">, string> = {
		name: text.askName(title),
		abbreviation: text.askAbbreviation,
		country: text.askCountry,
		kind: text.askKind,
		email: text.askEmail,
	};
	if (step !== "confirm") {
		blocks.push(paragraph(span(questions[step])));
		return { blocks, private: Boolean(problem), asks: true };
	}
	const field = (label: string, value: string) => item("•", span(`${label}: `, { bold: true }), span(value));
	blocks.push(
		paragraph(span(text.summary, { bold: true })),
		field(text.fieldName, conversation.name ?? ""),
		field(text.fieldAbbreviation, conversation.abbreviation ?? text.none),
		field(text.fieldCountry, conversation.country ? countryName(conversation.country, context.locale) : ""),
		field(text.fieldKind, conversation.kind === "individual" ? text.kindIndividual : text.kindOrganization),
		field(text.fieldEmail, conversation.contactEmail ?? text.none),
		paragraph(span(text.confirmQuestion(title))),
	);
	const buttons: Button[] = [
		{ label: text.confirmButton, action: "confirm" },
		{ label: text.cancelButton, action: "cancel" },
	];
	return { blocks, buttons, confirm: "confirm" };
}
