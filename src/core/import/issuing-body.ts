import type { DraftSection } from "./import-draft.js";
import { organizationWord } from "./person-names.js";
import { parseSignatory } from "./signatory-line.js";
import type { Entry } from "./statement-entries.js";

// Verbs with which a body speaks in its own statement: "Unite Waitemata Community Branch stands in solidarity".
const speaks =
	/^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|des|du|of|the|and|for|y|e|et|di|da|do|dos|für|der))+)\s+(?:stands|expresses|condemns|supports|calls on|demands|se solidariza|expresa|condena|exige|repudia|rechaza|exprime|condamne|soutient|appelle|exige|manifesta|expressa|repudia|condena|erklärt|verurteilt|fordert|unterstützt|esprime|condanna|sostiene|chiede)\b/u;

/**
 * A statement with no list that a body issues in its own name ("Unite Waitemata Community Branch stands in
 * solidarity with …"): a person copying it would record that body as its one signatory.
 */
export function issuingBody(lines: readonly Entry[]): DraftSection | undefined {
	for (const line of lines) {
		const match = speaks.exec(line.text.trim());
		const name = match?.[1];
		if (!name || !organizationWord(name)) continue;
		const signatory = parseSignatory(name);
		if (!signatory) continue;
		signatory.kind = "organization";
		signatory.asWritten = line.text.trim();
		return { heading: null, listStyle: "plain", signatories: [signatory] };
	}
	return undefined;
}
