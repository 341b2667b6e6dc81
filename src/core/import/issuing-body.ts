import type { DraftSection } from "./import-draft.js";
import { organizationWord } from "./person-names.js";
import { parseSignatory } from "./signatory-line.js";
import type { Entry } from "./statement-entries.js";

// Verbs with which a body speaks in its own statement: "Unite Waitemata Community Branch stands in solidarity", "La
// Comisión Colombiana de Juristas se suma a más de 180 entidades …".
// "Troy Area Labor Council, AFL-CIO echoes …": the name may end in its federation's acronym after a comma.
const speaks =
	/^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|des|du|of|the|and|for|y|e|et|di|da|do|dos|für|der))+(?:,\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?)?)\s+(?:stands|expresses|condemns|supports|calls on|demands|echoes|endorses|urges|commits|encourages|reaffirms|se solidariza|expresa|condena|exige|repudia|rechaza|exprime|condamne|soutient|appelle|exige|manifesta|expressa|repudia|condena|erklärt|verurteilt|fordert|unterstützt|esprime|condanna|sostiene|chiede|se suma|se une|se adhiere|s'associe|rejoint|si unisce|aderisce|se junta|adere|schließt sich)\b/u;

/**
 * A statement with no list that a body issues in its own name ("Unite Waitemata Community Branch stands in
 * solidarity with …"): a person copying it would record that body as its one signatory.
 */
export function issuingBody(lines: readonly Entry[]): DraftSection | undefined {
	for (const line of lines) {
		// "… Resolved, that the Troy Area Labor Council, AFL-CIO echoes …": a resolution's operative clauses, which
		// a copied page may run together with its "Whereas" clauses.
		const clauses = line.text
			.trim()
			.split(/(?=\bresolved,?\s+that\s)/iu)
			.map((clause) => clause.replace(/^resolved,?\s+that\s+(?:the\s+)?/iu, ""));
		const match = clauses.map((clause) => speaks.exec(clause)).find((found) => found?.[1]);
		const name = match?.[1];
		if (!name || !organizationWord(name)) continue;
		// "La Comisión Colombiana de Juristas se suma a …": the article opens the sentence, not the name.
		const signatory = parseSignatory(
			name.replace(/^(?:La|El|Los|Las|Le|Les|The|Il|Lo|Gli|A|O|Os|As|Der|Die|Das)\s+/u, ""),
		);
		if (!signatory) continue;
		signatory.kind = "organization";
		signatory.asWritten = line.text.trim();
		return { heading: null, listStyle: "plain", signatories: [signatory] };
	}
	return undefined;
}
