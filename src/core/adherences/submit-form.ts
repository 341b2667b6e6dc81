import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { type CoreDependencies, commandContext } from "../context.js";
import type { Locale } from "../i18n/locale.js";
import { countryName, messages } from "../i18n/messages.js";
import type { RequestOrigin } from "../request.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import { signatoryLine } from "../statements/signatory-list.js";
import { describeUserError, isUserError, type UserError } from "../user-error.js";
import type { Adherence } from "./adherence.js";
import type { AdherenceConversation } from "./adherence-flow.js";
import { checkAbbreviation, checkCountry, checkEmail, checkKind, checkName } from "./submission-fields.js";
import { alreadyListedReply, type SentAdherence, sendAdherence } from "./submit-adherence.js";

/**
 * The sign form as a browser posts it. Every field is a string of any length here: the length and
 * content rules are the chat's own (submission-fields.ts), so that both say the same thing.
 */
export const signFormSchema = z.object({
	kind: z.string().default(""),
	name: z.string().default(""),
	abbreviation: z.string().default(""),
	country: z.string().default(""),
	contactEmail: z.string().default(""),
	attest: z.string().optional(),
});
export type SignForm = z.infer<typeof signFormSchema>;
export type SignFormField = "kind" | "name" | "abbreviation" | "country" | "contactEmail" | "attest";

export type FormOutcome =
	/** The statement cannot be signed (unknown, closed, a draft) or the store is unreachable. */
	| { kind: "refused"; message: string }
	/** What is wrong, next to the field it concerns. */
	| { kind: "invalid"; problems: Partial<Record<SignFormField, string>> }
	| (SentAdherence & { message: string; statusToken?: string });

/** A web signer has no chat account: the status token is who they are, kept only as its hash. */
export const statusTokenHash = (token: string): string => createHash("sha256").update(token).digest("hex").slice(0, 40);

const webOrigin = (userId: string, displayName: string, locale: Locale): RequestOrigin => ({
	platform: "web",
	chatId: "web",
	userId,
	displayName,
	userLocale: locale,
	isChatAdmin: false,
});

/**
 * A signature from the web form, through the same checks, duplicate detection, moderation and
 * atomic write as a chat adherence. `proofOfWork` false holds it for the organizers even where the
 * statement approves adherences at once.
 */
export async function submitSignForm(
	deps: CoreDependencies,
	statementId: string,
	form: SignForm,
	options: { locale: Locale; proofOfWork: boolean },
): Promise<FormOutcome> {
	const { locale } = options;
	const text = messages(locale);
	const token = randomBytes(24).toString("base64url");
	const origin = webOrigin(statusTokenHash(token), form.name.trim().slice(0, 200), locale);
	const context = commandContext(origin, locale, deps);
	const statement = await findStatement(deps.statements, statementId, "taking-adherences", context);
	if (isUserError(statement)) return { kind: "refused", message: describeUserError(statement, locale) };

	const problems: Partial<Record<SignFormField, string>> = {};
	const take = <T>(field: SignFormField, result: T | UserError): T | undefined => {
		if (!isUserError(result)) return result;
		problems[field] = describeUserError(result, locale);
		return undefined;
	};
	const kind = take("kind", checkKind(form.kind));
	const name = take("name", checkName(form.name));
	const abbreviation = take("abbreviation", checkAbbreviation(form.abbreviation));
	const country = take(
		"country",
		checkCountry(form.country, (code) => countryName(code, locale)),
	);
	const contactEmail = take("contactEmail", checkEmail(form.contactEmail));
	if (form.attest !== "yes") problems.attest = text.web.attestMissing;
	if (Object.keys(problems).length > 0 || !kind || !name || abbreviation === undefined || !country)
		return { kind: "invalid", problems };

	const signatory = { name, abbreviation: abbreviation ?? undefined, country };
	const listed = await alreadyListedReply(statement, signatory, context);
	const conversation: AdherenceConversation = {
		statementId: statement.id,
		mode: "one-line",
		name,
		abbreviation,
		country,
		kind,
		contactEmail: contactEmail ?? null,
	};
	const sent = listed
		? ({ kind: "already-signed", reply: listed } as const)
		: await sendAdherence(statement, conversation, context, { forceModeration: !options.proofOfWork });
	if (isUserError(sent)) return { kind: "refused", message: describeUserError(sent, locale) };
	// The chat's "I will tell you the outcome" is the status page here.
	const message =
		sent.kind === "received"
			? text.web.receivedMessage(
					signatoryLine(submissionOf(conversation), locale),
					titleFor(statement, locale),
					sent.number,
				)
			: sent.reply.blocks.flatMap((block) => block.spans.map((part) => part.text)).join(" ");
	return sent.kind === "received" || sent.kind === "signed"
		? { ...sent, message, statusToken: token }
		: { ...sent, message };
}

const submissionOf = (conversation: AdherenceConversation) => ({
	name: conversation.name ?? "",
	abbreviation: conversation.abbreviation ?? undefined,
	country: conversation.country,
	kind: conversation.kind ?? ("organization" as const),
});

/** The adherence a status link stands for, when its token is the one it was sent with. */
export async function adherenceForStatusToken(
	deps: Pick<CoreDependencies, "adherences">,
	statementId: string,
	number: number,
	token: string,
): Promise<Adherence | undefined> {
	const adherence = await deps.adherences.get(statementId, number);
	if (!adherence || adherence.submittedBy.platform !== "web") return undefined;
	return adherence.submittedBy.userId === statusTokenHash(token) ? adherence : undefined;
}
