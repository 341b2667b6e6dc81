import { loadPublishedList } from "../adherences/load-published-list.js";
import { formatDate } from "../i18n/messages.js";
import { type Block, heading, item, paragraph, span } from "../reply.js";
import { titleFor } from "../statements/language-version.js";
import { defineCommand, noParameters } from "./command.js";

export const statementsCommand = defineCommand({
	name: "statements",
	aliases: ["declaraciones"],
	description: {
		en: "List the statements you can read and sign",
		es: "Lista las declaraciones que puedes leer y firmar",
	},
	parameters: noParameters,
	role: "member",
	async run(_args, context) {
		const text = context.text.statements;
		const published = (await context.deps.statements.list()).filter((statement) => statement.status !== "draft");
		if (published.length === 0) return { blocks: [paragraph(span(text.none))] };
		// Open statements first: they are the ones a member can still act on.
		const order = { open: 0, voting: 1, closed: 2, draft: 3 } as const;
		published.sort((a, b) => order[a.status] - order[b.status] || (b.date ?? "").localeCompare(a.date ?? ""));
		const blocks: Block[] = [heading(text.heading)];
		const counts = await Promise.all(
			published.map(async (statement) => (await loadPublishedList(context.deps, statement)).count),
		);
		for (const [index, statement] of published.entries()) {
			const date = statement.date ? formatDate(statement.date, context.locale) : text.undated;
			blocks.push(
				item(
					"•",
					span(statement.id, { code: true }),
					span(" — "),
					span(titleFor(statement, context.locale), { bold: true }),
					span(`. ${text.kind[statement.kind]}, ${statement.issuer}, ${date}. `),
					span(`${text.signatoryCount(counts[index] ?? 0)} · ${text.status[statement.status]}`),
				),
			);
		}
		blocks.push(paragraph(span(text.readHint("/statement <id>"), { italic: true })));
		return { blocks };
	},
});
