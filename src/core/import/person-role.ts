import { splitTopLevel } from "./brackets.js";
import { isRoleText, personTitle } from "./person-names.js";

export interface PersonRole {
	title: string | null;
	organization: string | null;
}

// Titles printed after a name: "Diane Abbott MP", "Ian Hamilton QC".
const suffixTitle = /\s+(MP|MEP|MdB|MdL|QC|KC|OBE|MBE|CBE|PhD|Ph\.D\.)$/u;

// The preposition that joins a function to the body it is held in: "président des Amis de la Terre".
const ofBody =
	/^(.+?)\s+(?:of the|of|at|for the|de la|de l'|de l’|del|de los|de las|des|du|de|da|do|dos|das|der|des|dell'|della|dello|dei|degli|di|vom|von der|von|beim|bei der)\s+(\p{Lu}.*|l['’]\p{Lu}.*|d['’]\p{Lu}.*)$/u;

/** "Prof. Dr. Gerhard Bäcker" → the name without its titles and the titles as printed. */
export function takePersonTitles(name: string): { name: string; titles: string[] } {
	const titles: string[] = [];
	let rest = name.trim();
	for (let guard = 0; guard < 3; guard++) {
		const prefix = personTitle.exec(rest);
		// A spelled-out "Professor" stays in the name: the seed documents print it so and their tests hold it.
		if (!prefix || /^(professor|professora|profesor|profesora|professeur|professeure)\s/i.test(prefix[0])) break;
		// "The Rev. Dr. Alvin Edwards": the article before an honorific is no part of it.
		titles.push(prefix[0].trim().replace(/^(?:the|el|la|le|il|lo|der|die|o|a)\s+/i, ""));
		rest = rest.slice(prefix[0].length).trim();
	}
	const suffix = suffixTitle.exec(rest);
	if (suffix?.[1] && rest.split(/\s+/).length >= 3) {
		titles.push(suffix[1]);
		rest = rest.slice(0, suffix.index).trim();
	}
	return { name: rest, titles };
}

/** A person's printed role split into the function ("secrétaire général") and the body it is held in ("CGT"). */
export function splitPersonRole(role: string | null, titles: readonly string[] = []): PersonRole {
	const prefix = titles.length > 0 ? titles.join(" ") : null;
	const join = (...parts: Array<string | null>) => parts.filter((part): part is string => !!part).join(", ") || null;
	if (!role) return { title: prefix, organization: null };
	const parts = splitTopLevel(role, /,/).filter((part) => part !== "");
	const functions: string[] = [];
	const bodies: string[] = [];
	for (const part of parts) {
		// "Dave Prentis of Unison": a body after "of" alone is where the person signs from, with no function.
		const bare = /^(?:of|of the|de|del|de la|da|do|di|della|du|des|von|vom|der)\s+(\p{Lu}.*)$/u.exec(part);
		if (bare?.[1] && functions.length === 0 && bodies.length === 0) {
			bodies.push(bare[1].trim());
			continue;
		}
		const of = ofBody.exec(part);
		if (isRoleText(part) && of?.[1] && of[2] && bodies.length === 0) {
			functions.push(of[1].trim());
			bodies.push(of[2].replace(/^[ld]['’]/, "").trim());
		} else if (isRoleText(part) && bodies.length === 0) functions.push(part);
		else bodies.push(part);
	}
	return { title: join(prefix, functions.join(", ") || null), organization: bodies.join(", ") || null };
}
