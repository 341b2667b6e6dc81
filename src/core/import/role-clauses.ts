import { startsWithGivenName } from "./given-names.js";
import { isPersonLike } from "./person-names.js";

/** The longest end of a text that is a person's name, preferring one that opens with a given name. */
function trailingName(text: string, givenOnly: boolean): { name: string; before: string } | undefined {
	const words = text.trim().split(/\s+/);
	let fallback: number | undefined;
	for (let start = 0; start <= words.length - 2; start++) {
		const candidate = words.slice(start).join(" ");
		if (!isPersonLike(candidate)) continue;
		if (startsWithGivenName(candidate)) return { name: candidate, before: words.slice(0, start).join(" ") };
		if (fallback === undefined && words.length - start <= 3) fallback = start;
	}
	return fallback === undefined || givenOnly
		? undefined
		: { name: words.slice(fallback).join(" "), before: words.slice(0, fallback).join(" ") };
}

const article =
	/^(?:(?:y|e|o|ou|or|and|et)\s+)?(?:el|la|los|las|the|le|les|l['’]|o|a|os|as|il|lo|gli|i|der|die|das)\s+/iu;

/**
 * "los actores Antonio Resines, Alberto Ammann y José Sacristán", "el director del Centro …, Juan José
 * Badiola": a clause of a sentence that gives a role, then the people who hold it. Returns the people as
 * entries ("Name, role" when the role is one person's; a role shared by several is not given to each), or
 * undefined when the clause does not end in names.
 */
export function namesInClause(clause: string): string[] | undefined {
	const text = clause.trim().replace(/[.;,]+$/, "");
	// "Los ensayistas A, B y C", opening the sentence, reads as "los ensayistas …" does inside it.
	if (!/^\p{Ll}/u.test(text) && !/^(?:Los|Las|El|La|Les|Le|The|Il|I|Gli|Lo|Os|As|O|A|Die|Der|Das)\s+\p{Ll}/u.test(text))
		return undefined;
	const pieces = text.split(/,\s*|\s+(?:y|e|o|and|et|ou|or|und)\s+/u);
	const names: string[] = [];
	let rest = "";
	for (let index = pieces.length - 1; index >= 0; index--) {
		const piece = pieces[index]?.trim() ?? "";
		if (isPersonLike(piece)) {
			names.unshift(piece);
			continue;
		}
		// Once names are found, the piece before them ends in a name only if it opens with a given name ("los
		// actores Antonio Resines"); otherwise it is the role ("el presidente de Nueva Canarias").
		const tail = trailingName(piece, names.length > 0);
		if (tail) {
			names.unshift(tail.name);
			rest = [...pieces.slice(0, index), tail.before].join(", ");
		} else rest = pieces.slice(0, index + 1).join(", ");
		break;
	}
	// "concejales de las formaciones …, Espazo Común o Mutriku Berdeak": bodies, not people, when no name
	// opens with a given name.
	if (names.length === 0 || !names.some((name) => startsWithGivenName(name))) return undefined;
	const role = rest
		.replace(article, "")
		.replace(/[\s,]+$/, "")
		.trim();
	return names.length === 1 && role ? [`${names[0]}, ${role}`] : names;
}
