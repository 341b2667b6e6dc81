import { z } from "zod";
import { campaignOfStatement } from "../campaigns/statement-campaign.js";
import { requesterKey } from "../context.js";
import type { DraftChange } from "../drafts/draft-edits.js";
import { countryName } from "../i18n/messages.js";
import { paragraph, span } from "../reply.js";
import { findStatement } from "../statements/find-statement.js";
import { titleFor } from "../statements/language-version.js";
import { describeUserError, isUserError, type UserError, userError } from "../user-error.js";
import { defineCommand, parameter } from "./command.js";
import { statementIdParameter } from "./parameters.js";

const actions = ["edit", "kind", "remove", "add", "move"] as const;
type Action = (typeof actions)[number];
/** Spanish speakers may type the action in their language, as they do the command aliases. */
const actionWords: Record<string, Action> = {
	edit: "edit",
	editar: "edit",
	kind: "kind",
	tipo: "kind",
	remove: "remove",
	quitar: "remove",
	add: "add",
	agregar: "add",
	move: "move",
	mover: "move",
};

/** "12 rest of the line": the signatory's number, then what follows it. */
function numberFirst(details: string): { number: number; rest: string } | UserError {
	const match = /^(\d{1,7})(?:\s+([\s\S]*))?$/.exec(details.trim());
	if (!match) return userError("draftNumberMissing");
	return { number: Number(match[1]), rest: (match[2] ?? "").trim() };
}

/** /draft <id> [action] [details]: an organizer reads and corrects an imported draft before /open. */
export const draftCommand = defineCommand({
	name: "draft",
	aliases: ["borrador"],
	description: {
		en: "Read a draft's numbered signatories and correct them: edit, kind, remove, add, move",
		es: "Lee los firmantes numerados de un borrador y corrígelos: editar, tipo, quitar, agregar, mover",
	},
	parameters: z.object({
		id: statementIdParameter,
		action: parameter(
			z
				.string()
				.transform((word) => actionWords[word.toLowerCase()])
				.pipe(z.enum(actions))
				.optional(),
			{
				type: "string",
				description: {
					en: "edit, kind, remove, add or move; nothing lists the draft",
					es: "editar, tipo, quitar, agregar o mover; sin acción muestra el borrador",
				},
			},
		),
		// Several signatories, one per line, for add: the command's input limit bounds it.
		details: parameter(z.string().optional(), {
			type: "text",
			rest: true,
			description: {
				en: "The number (remove takes several: 3 5 8-12), then name; abbreviation; country, kind or section",
				es: "El número (quitar acepta varios: 3 5 8-12), y luego nombre; sigla; país, el tipo o la sección",
			},
		}),
	}),
	role: "organizer",
	linesForm: {
		parameter: "details",
		when: (raw) => actionWords[String(raw.action ?? "").toLowerCase()] === "add",
		label: { en: "One signatory a line: name; abbr.; country", es: "Un firmante por línea: nombre; sigla; país" },
	},
	campaignOf: campaignOfStatement,
	async run(args, context) {
		const statement = await findStatement(context.deps.statements, args.id, "with-drafts", context);
		if (isUserError(statement)) return statement;
		const text = context.text.draft;
		if (statement.status !== "draft") return userError("draftNotDraft", titleFor(statement, context.locale));
		// The importer's line reading, which the listing flags doubts with, is loaded by the first
		// draft, not at start: most processes never read one, and it is a good part of the core.
		const [
			{ addSignatories, editSignatory, moveSignatory, parseDetailLines, parseDetails, removeSignatories, setKind },
			{ draftListingBlocks },
		] = await Promise.all([import("../drafts/draft-edits.js"), import("../drafts/draft-listing.js")]);
		if (!args.action) {
			if (args.details) return userError("draftActionUnknown");
			return {
				blocks: [paragraph(span(text.listing(statement.id), { bold: true })), ...draftListingBlocks(statement, text)],
			};
		}
		const details = args.details ?? "";
		const displayName = (code: string) => countryName(code, context.locale);
		let change: DraftChange | UserError;
		if (args.action === "add") {
			const added = parseDetailLines(details, displayName);
			if ("problem" in added)
				return userError("draftLineInvalid", added.line, describeUserError(added.problem, context.locale));
			change = isUserError(added) ? added : addSignatories(statement, added);
		} else if (args.action === "remove") {
			change = removeSignatories(statement, details);
		} else {
			const target = numberFirst(details);
			if (isUserError(target)) return target;
			if (args.action === "kind") change = setKind(statement, target.number, target.rest);
			else if (args.action === "move") change = moveSignatory(statement, target.number, target.rest);
			else {
				const fields = parseDetails(target.rest, displayName);
				change = isUserError(fields) ? fields : editSignatory(statement, target.number, fields);
			}
		}
		if (isUserError(change)) return change;
		const who = requesterKey(context);
		const at = context.deps.now().toISOString();
		await context.deps.statements.replaceDraft(
			change.statement,
			change.changes.map(({ before, after }) => ({ who, at, action: `draft-${args.action}`, before, after })),
		);
		const names = change.changes.map(({ before, after }) => after?.name ?? before?.name ?? "");
		return {
			blocks: [
				paragraph(span(text.changed[args.action](names), { bold: true })),
				...draftListingBlocks(change.statement, text),
			],
		};
	},
});
