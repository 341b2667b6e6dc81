import { z } from "zod";
import {
	type AdherenceConversation,
	adherenceConversationSchema,
	answer,
	conversationKey,
	conversationTtlSeconds,
	nextStep,
	oneLineDefaults,
	prompt,
} from "../adherences/adherence-flow.js";
import {
	checkAbbreviation,
	checkCountry,
	checkEmail,
	checkKind,
	checkName,
	isKindWord,
} from "../adherences/submission-fields.js";
import { alreadyListedReply, sendAdherence } from "../adherences/submit-adherence.js";
import { confirmAnnouncement, dropAnnouncement } from "../announcements/pending-announcement.js";
import type { CommandContext } from "../context.js";
import { countryName } from "../i18n/messages.js";
import { paragraph, type Reply, span } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import type { Statement } from "../statements/statement.js";
import { isUserError, type UserError, userError, userErrorReply } from "../user-error.js";
import { defineCommand, noParameters, parameter } from "./command.js";
import { statementIdParameter } from "./parameters.js";
import { usage } from "./parse-arguments.js";

/**
 * "Red Dawn; RM; Netherlands[; individual][; contact@example.org]". Fields that check out are kept;
 * the first that does not is asked again, with the reason.
 */
function fromOneLine(
	statementId: string,
	details: string,
	context: CommandContext,
): { conversation: AdherenceConversation; problem?: UserError } {
	const parts = details.split(";").map((part) => part.trim());
	const [name = "", second, third, ...extras] = parts;
	let conversation: AdherenceConversation = { statementId, mode: "one-line" };
	let problem: UserError | undefined;
	const take = <T>(result: T | UserError, set: (value: T) => void) => {
		if (isUserError(result)) problem ??= result;
		else set(result);
	};
	const countryOf = (text: string) => checkCountry(text, (code) => countryName(code, context.locale));
	take(checkName(name), (value) => {
		conversation.name = value;
	});
	if (third === undefined && second !== undefined && !isUserError(countryOf(second))) {
		take(countryOf(second), (value) => {
			conversation.country = value;
		});
	} else {
		if (second !== undefined)
			take(checkAbbreviation(second), (value) => {
				conversation.abbreviation = value;
			});
		if (third !== undefined)
			take(countryOf(third), (value) => {
				conversation.country = value;
			});
	}
	for (const extra of extras) {
		if (extra.includes("@") && !extra.startsWith("@"))
			take(checkEmail(extra), (value) => {
				conversation.contactEmail = value;
			});
		else if (isKindWord(extra))
			take(checkKind(extra), (value) => {
				conversation.kind = value;
			});
		else if (extra !== "")
			problem ??= userError(
				"invalidArgument",
				context.text.argumentNames.details,
				usage("adhere", adhereCommand.parameters),
			);
	}
	conversation = oneLineDefaults(conversation);
	return { conversation, problem };
}

const adhereParameters = z.object({
	id: statementIdParameter,
	details: parameter(z.string().max(2000).optional(), {
		type: "text",
		rest: true,
		description: {
			en: "Name; abbreviation; country — or nothing, to be asked step by step",
			es: "Nombre; sigla; país — o nada, para que te pregunte paso a paso",
		},
	}),
});

export const adhereCommand = defineCommand({
	name: "adhere",
	aliases: ["sign", "adherir", "firmar"],
	description: {
		en: "Sign a statement for your organization (one line, or step by step)",
		es: "Firma una declaración en nombre de tu organización (en una línea o paso a paso)",
	},
	parameters: adhereParameters,
	role: "member",
	personal: true,
	form: "adherence",
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "taking-adherences", context);
		if (isUserError(statement)) return statement;
		const details = args.details?.trim() ?? "";
		const { conversation, problem } = details
			? fromOneLine(statement.id, details, context)
			: { conversation: { statementId: statement.id, mode: "guided" as const }, problem: undefined };
		return promptOrAlreadyListed(conversation, statement, context, problem);
	},
});

/**
 * Saves the conversation and asks the next question; an organization already on the list is told
 * so before it is asked to confirm, and the conversation ends.
 */
async function promptOrAlreadyListed(
	conversation: AdherenceConversation,
	statement: Statement,
	context: CommandContext,
	problem?: UserError,
): Promise<Reply> {
	const key = conversationKey(context.origin);
	if (!problem && nextStep(conversation) === "confirm" && conversation.name) {
		const listed = await alreadyListedReply(
			statement,
			{ name: conversation.name, abbreviation: conversation.abbreviation ?? undefined, country: conversation.country },
			context,
		);
		if (listed) {
			await context.deps.conversations.delete(key);
			return listed;
		}
	}
	await context.deps.conversations.set(key, conversation, conversationTtlSeconds);
	return prompt(conversation, statement, context, problem);
}

const asConversation = (value: unknown): AdherenceConversation | undefined => {
	const parsed = adherenceConversationSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
};

async function loadConversation(context: CommandContext): Promise<AdherenceConversation | undefined> {
	return asConversation(await context.deps.conversations.get(conversationKey(context.origin)));
}

/** The statement a conversation is about, while it takes adherences; otherwise the conversation ends. */
async function conversationStatement(
	conversation: AdherenceConversation,
	context: CommandContext,
): Promise<Statement | UserError> {
	const statement = await findStatement(
		context.deps.statements,
		conversation.statementId,
		"taking-adherences",
		context,
	);
	if (isUserError(statement)) await context.deps.conversations.delete(conversationKey(context.origin));
	return statement;
}

/** Sends again from the stored conversation when the copy a submission was made from was not current. */
const MAX_STALE_COPIES = 2;

export const confirmCommand = defineCommand({
	name: "confirm",
	aliases: ["confirmar"],
	description: { en: "Confirm and send your adherence", es: "Confirma y envía tu adhesión" },
	parameters: noParameters,
	role: "member",
	personal: true,
	async run(_args, context) {
		const key = conversationKey(context.origin);
		// The adherence as this process last wrote it, when it is ready to send, waits on no read: the
		// submission checks in its own write that the copy is current. Otherwise it is read, beside an
		// announcement an organizer has just previewed (which is what they confirm): one round trip.
		const copy = asConversation(context.deps.conversations.recent(key));
		const [announced, first] = await Promise.all([
			confirmAnnouncement(context),
			copy && nextStep(copy) === "confirm" ? copy : loadConversation(context),
		]);
		if (announced) return announced;
		let conversation = first;
		for (let attempt = 0; ; attempt++) {
			if (!conversation) return { blocks: [paragraph(span(context.text.adherence.nothingToConfirm))], private: true };
			const statement = await conversationStatement(conversation, context);
			if (isUserError(statement)) return statement;
			if (nextStep(conversation) !== "confirm") return prompt(conversation, statement, context);
			const sent = await sendAdherence(statement, conversation, context, { conversationId: key });
			if (sent !== "stale-conversation") return isUserError(sent) ? sent : sent.reply;
			conversation = attempt < MAX_STALE_COPIES ? await loadConversation(context) : undefined;
		}
	},
});

export const cancelCommand = defineCommand({
	name: "cancel",
	aliases: ["cancelar"],
	description: { en: "Stop an adherence you have started", es: "Deja una adhesión que has empezado" },
	parameters: noParameters,
	role: "member",
	personal: true,
	async run(_args, context) {
		if (await dropAnnouncement(context)) return { blocks: [paragraph(span(context.text.broadcasts.dropped))] };
		const key = conversationKey(context.origin);
		const had = (await context.deps.conversations.get(key)) !== undefined;
		await context.deps.conversations.delete(key);
		return {
			blocks: [paragraph(span(had ? context.text.adherence.cancelled : context.text.adherence.nothingToCancel))],
		};
	},
});

/** A message that is not a command, from someone in the middle of an adherence: their next answer. */
export async function continueAdherence(line: string, context: CommandContext): Promise<Reply | null> {
	const conversation = await loadConversation(context);
	if (!conversation) return null;
	const statement = await conversationStatement(conversation, context);
	if (isUserError(statement)) return userErrorReply(statement, context.locale);
	const result = answer(conversation, line, context);
	if (isUserError(result)) return prompt(conversation, statement, context, result);
	return promptOrAlreadyListed(result, statement, context);
}
