import { fold } from "./text-normalize.js";

export type StatementKind = "resolution" | "declaration" | "statement" | "call";

/** The kind a document names itself in its title or header ("ICOR resolution, 7 February 2023"). */
export function guessKind(headerText: string): StatementKind {
	const text = fold(headerText);
	if (/\b(resolution|resolucion|resolucao)\b/.test(text)) return "resolution";
	if (/\b(declaration|declaracion|declaracao)\b/.test(text)) return "declaration";
	if (
		/\b(call|appeal|llamado|llamamiento|convocatoria|appel|chamado|apelo|day of action|solidarity day|dia de|journee)\b/.test(
			text,
		)
	)
		return "call";
	return "statement";
}
