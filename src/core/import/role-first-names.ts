import { isGivenName, startsWithGivenName } from "./given-names.js";
import { isPersonLike, organizationWord } from "./person-names.js";
import { leadingArticle } from "./sentence-triggers.js";

const anyQuote = /["“”„«»]/u;

/**
 * A quote at either end with no other quote in the item goes. Tested without a lookbehind over the whole item,
 * which took time growing with the square of a long item's length.
 */
function withoutLoneQuote(text: string): string {
	const leading = /^["“„«]/u.test(text) && !anyQuote.test(text.slice(1));
	const trailing = /["”“»]$/u.test(text) && !anyQuote.test(text.slice(0, -1));
	return text.slice(leading ? 1 : 0, trailing ? -1 : undefined);
}

/** "the writer José Luis Sampedro" → "José Luis Sampedro, writer"; a bare role ("el premio Nobel de la Paz") → null. */
export function nameFirst(item: string): string | null {
	const unquoted = item
		.replace(/^\p{L}+\s+(?:wie|such as|como|comme|come|tels que|tais como)\s+(?=\p{Lu})/u, "")
		.replace(leadingArticle, "")
		// A quote around the whole item goes, a lone one at either end too; "Bürgerinitiative „Rettet …“" keeps its pair.
		.replace(/^["“„«]([^"“”„«»]*)["”“»]$/u, "$1");
	const text = withoutLoneQuote(unquoted).trim();
	const lead = /^((?:\p{Ll}[\p{L}'’-]*\s+){1,4})(\p{Lu}.*)$/u.exec(text);
	const leadRole = lead?.[1] && lead[2] && !/^(de|da|do|del|di|van|von)\s/.test(lead[1]) ? lead[1].trim() : null;
	const named = leadRole && lead?.[2] ? peelRoleNoun(lead[2]) : undefined;
	if (named && startsWithGivenName(named.name))
		return `${named.name}, ${[leadRole, named.role].filter(Boolean).join(" ")}`;
	// "el catedrático de economía y exrector de la Complutense Carlos Berzosa": a long role, then the name.
	const tail = /^\p{Ll}/u.test(text) ? tailPerson(text) : undefined;
	if (tail) return `${tail.name}, ${tail.role}`;
	// "el catedrático de Políticas Sociales de la Pompeu Fabra Vicenç Navarro": with a body's name inside the role
	// and a given name the table does not know, the name is the last two words.
	const words = text.split(/\s+/);
	const lastTwo = words.slice(-2).join(" ");
	if (/^\p{Ll}/u.test(text) && words.length >= 6 && / (?:de|del|di|da|of|des|du) /.test(text) && isPersonLike(lastTwo))
		return `${lastTwo}, ${words.slice(0, -2).join(" ")}`;
	if (named) return `${named.name}, ${[leadRole, named.role].filter(Boolean).join(" ")}`;
	if (/^\p{Ll}/u.test(text)) return null;
	const peeled = peelRoleNoun(text);
	return peeled.role ? `${peeled.name}, ${peeled.role}` : text;
}

/** "Schauspielerin Julia Jentsch", "Ex-Minister Franz Müntefering (SPD)": a capitalized role noun, then the name. */
function peelRoleNoun(text: string): { name: string; role: string | null } {
	if (startsWithGivenName(text)) return { name: text, role: null };
	// "Trabajo Valeriano Gómez" (after "el exministro de"): one or two capitalized words before the given name.
	for (const words of [1, 2]) {
		const match = new RegExp(`^(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){${words - 1}})\\s+(\\p{Lu}.*)$`, "u").exec(
			text,
		);
		const name = match?.[2] ?? "";
		const bare = name.replace(/\s*\([^()]*\)\s*/g, " ").trim();
		// "Gian Carlo Caselli", "Fondazione Giovanni Michelucci": a given name or a body's word opens a name.
		const head = match?.[1] ?? "";
		// A short word before a given name ("Gian Carlo", "Don Antonio") is more likely a name or an honorific.
		if (head.split(/\s+/).some((word) => isGivenName(word) || word.length < 5) || organizationWord(head)) break;
		if (match?.[1] && startsWithGivenName(bare) && isPersonLike(bare)) return { name, role: match[1] };
	}
	return { name: text, role: null };
}

/** The person that ends a role-first item: a given name and the capitalized words after it, to the item's end. */
function tailPerson(text: string): { name: string; role: string } | undefined {
	const words = text.split(/\s+/);
	for (let at = Math.max(1, words.length - 4); at < words.length - 1; at++) {
		const name = words.slice(at).join(" ");
		if (/^\p{Lu}/u.test(name) && startsWithGivenName(name) && isPersonLike(name))
			return { name, role: words.slice(0, at).join(" ") };
	}
	return undefined;
}
