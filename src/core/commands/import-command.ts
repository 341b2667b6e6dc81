import { z } from "zod";
import { campaignArgument } from "../campaigns/find-campaign.js";
import { importMessages } from "../import/import-messages.js";
import { paragraph, span } from "../reply.js";
import { isUserError } from "../user-error.js";
import { defineCommand, parameter } from "./command.js";
import { campaignParameter } from "./parameters.js";

const capitalised = (sentence: string) => `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;

/** /import <text>: an organizer pastes a statement; the bot saves it as a draft and shows what it read. */
export const importCommand = defineCommand({
	name: "import",
	aliases: ["importar"],
	description: {
		en: "Import a pasted statement with its signatories as a draft of a campaign",
		es: "Importa como borrador de una campaña una declaración pegada, con sus firmantes",
	},
	parameters: z.object({
		campaign: campaignParameter,
		// Optional, so that no text gets the import's own answer rather than a generic "give the text".
		text: parameter(z.string().optional(), {
			type: "text",
			rest: true,
			description: {
				en: "The statement's text, signatory lists included",
				es: "El texto de la declaración, con sus listas de firmantes",
			},
		}),
	}),
	role: "organizer",
	campaignOf: campaignArgument,
	// A statement with its lists is longer than a chat line; organizers only, and the importer is fast.
	maxInputLength: 200_000,
	async run(args, context) {
		const text = importMessages[context.locale];
		const pasted = args.text ?? "";
		if (pasted.trim() === "") return { blocks: [paragraph(span(text.nothingToImport))], private: true };
		const campaign = await campaignArgument(args, context);
		if (isUserError(campaign)) return campaign;
		// The importer is loaded by the first import, not at start (see /draft).
		const [
			{ draftListingBlocks },
			{ draftSummaryBlocks },
			{ draftToStatement, freeStatementId },
			{ checkImportText },
			{ importStatement },
		] = await Promise.all([
			import("../drafts/draft-listing.js"),
			import("../import/draft-summary.js"),
			import("../import/draft-to-statement.js"),
			import("../import/import-input.js"),
			import("../import/import-statement.js"),
		]);
		const checked = checkImportText(pasted);
		if ("problem" in checked)
			return { blocks: [paragraph(span(capitalised(text.inputProblem(checked.problem))))], private: true };
		const draft = importStatement(checked.text);
		// A taken id gets a number, so an import never replaces a statement that is already there.
		const statement = draftToStatement(
			draft,
			await freeStatementId(draft.title, async (id) => (await context.deps.statements.get(id)) !== undefined),
			campaign,
		);
		await context.deps.statements.upsert(statement);
		return {
			blocks: [
				paragraph(span(text.draftSaved(statement.id), { bold: true })),
				...draftSummaryBlocks(draft, context.locale),
				// Numbered as /draft takes them, so a wrong line is corrected by its number.
				paragraph(span(context.text.draft.listing(statement.id), { bold: true })),
				...draftListingBlocks(statement, context.text.draft),
			],
		};
	},
});
