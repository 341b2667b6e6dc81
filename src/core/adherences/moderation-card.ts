import type { CommandContext } from "../context.js";
import { formatDate } from "../i18n/messages.js";
import type { Reply } from "../reply.js";
import { paragraph, span } from "../reply.js";
import { titleFor } from "../statements/language-version.js";
import { signatoryLine } from "../statements/signatory-list.js";
import type { Statement } from "../statements/statement.js";
import type { Adherence } from "./adherence.js";

export const adherenceLine = (adherence: Pick<Adherence, "submission">, context: Pick<CommandContext, "locale">) =>
	signatoryLine(adherence.submission, context.locale);

/** The card organizers moderate with: what was sent, by whom, a possible duplicate, and the two buttons. */
export function moderationCard(
	adherence: Adherence,
	statement: Statement,
	context: Pick<CommandContext, "locale" | "text">,
): Reply {
	const text = context.text.adherence;
	const blocks = [
		paragraph(
			span(
				text.organizerCard(titleFor(statement, context.locale), adherence.number, adherenceLine(adherence, context)),
				{ bold: true },
			),
		),
		paragraph(
			span(
				text.submittedBy(
					adherence.submittedBy.displayName ?? `${adherence.submittedBy.platform} ${adherence.submittedBy.userId}`,
					formatDate(adherence.submittedAt.slice(0, 10), context.locale),
				),
			),
		),
	];
	if (adherence.possibleDuplicateOf)
		blocks.push(paragraph(span(text.possibleDuplicate(adherence.possibleDuplicateOf), { italic: true })));
	return {
		blocks,
		buttons: [
			{ label: text.approveButton(adherence.number), action: `approve ${statement.id} ${adherence.number}` },
			{ label: text.rejectButton(adherence.number), action: `reject ${statement.id} ${adherence.number}` },
		],
	};
}
