import { splitTopLevel } from "./brackets.js";
import { givenNameCased, isGivenName, startsWithGivenName } from "./given-names.js";
import {
	isPersonLike,
	isRoleText,
	mentionsRole,
	opensWithRoleWord,
	organizationWord,
	startsWithRole,
} from "./person-names.js";
import type { Parts } from "./signatory-parts.js";
import { wordsOf } from "./text-normalize.js";

const particle = /^(de|da|do|dos|das|del|della|dei|di|van|von|der|den|le|la|du|y|e)$/i;
// Words that go on with a body's name ("Comunidad Cristiana de Base", "Madres Contra la Represión").
const joiner =
	/^(de|da|do|dos|das|del|della|delle|dei|degli|di|la|le|les|los|las|el|lo|y|e|et|and|of|the|for|für|fur|von|van|der|den|du|des|al|en|in|on|a|o|per|pour|para|por|zu|zur|zum|und|i|to|at|with|su|sur|am|im|an|aus|bei|beim|vom|sans|sin|sem|senza|ohne)$/i;
// "McCluskey", "O'Grady", "MacDonald": a surname may carry a second capital after its prefix.
const nameWord = /^\p{Lu}(?:\p{Ll}{1,2}|['’])?\p{Lu}?[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$|^\p{Lu}\.$/u;

/**
 * "Sergio Nobre – Presidente da CUT", "Gianluca Galimberti - Cremona": a person's name, a dash, then their
 * function or their town. Read before the country and bracket steps, which would take the dash for an
 * abbreviation's. A place is only taken after a name that opens with a given name, or in a list of people
 * (`amongPeople`), where "Jo Marshall – University of St. Andrews" reads like the names around it.
 */
export function takeDashedPerson(parts: Parts, amongPeople = false): boolean {
	// "President ,CONEP -Biswanath Pyakurel", "Member, WFTU Presidential Council-Premal Khanal": the office and its
	// body first, then a dash and the person.
	const roleFirst = /^(.*\S)\s*[-–—]\s*([^-–—,()]+)$/u.exec(parts.rest);
	const [held = "", person = ""] = [roleFirst?.[1]?.trim(), roleFirst?.[2]?.trim()];
	const heldRole = startsWithRole(held) || isRoleText(held.split(",")[0] ?? "");
	if (roleFirst && isPersonLike(person) && heldRole) {
		parts.rest = person;
		parts.role = held.replace(/\s+,/g, ",");
		parts.individual = true;
		return true;
	}
	// "Svetlana Boincean -Moldova": a dash spaced before it only parts the name from what follows too.
	const match = /^([^-–—()]+?)\s+[-–—]\s*(\S.*)$/u.exec(parts.rest);
	const name = match?.[1]?.trim() ?? "";
	const after = match?.[2]?.trim() ?? "";
	if (!match || !isPersonLike(name) || /[-–—]\s/.test(after)) return false;
	// After a person's name and a dash, "Presidente Arci Servizio Civile" is an office, though out of that place
	// a role word before capitalized words may be a title before a name.
	if (isRoleText(after) || startsWithRole(after) || opensWithRoleWord(after)) {
		parts.rest = name;
		parts.role = after;
		parts.individual = true;
		return true;
	}
	if ((!amongPeople && !startsWithGivenName(name)) || wordsOf(after).length > 12) return false;
	// "Piero Marrese - Montalbano e presidente della Provincia di Matera": the town, then a second office.
	const office = /^(.+?)\s+(?:e|y|et|and|und|ed)\s+(\p{Ll}.*)$/u.exec(after);
	parts.rest = name;
	parts.individual = true;
	if (office?.[1] && office[2] && isRoleText(office[2])) {
		parts.country = office[1];
		parts.role = office[2];
	} else parts.country = after;
	return true;
}

/**
 * "Loic Caballero sindicalista UGT enseñanza", "Markus Stockert IGM Betriebsrat thyssenkrupp Steel": a
 * given name and a surname, then the function and body with no comma before them. Returns the name's
 * length in words, or 0 when the line does not read so.
 */
export function runOnNameLength(text: string): number {
	const words = givenNameCased(text.trim()).split(/\s+/);
	if (words.length < 3) return 0;
	// "Unjum Mirza political officer …", "Len McCluskey General secretary, Unite": a name the given-name
	// table does not know, then a role: a lower-case word that is no particle, a role word or an acronym.
	if (!isGivenName(words[0] ?? "")) {
		const [first = "", second = "", ...rest] = words;
		const opener = rest[0] ?? "";
		const opensRole =
			(/^\p{Ll}[\p{Ll}-]+$/u.test(opener) && !joiner.test(opener)) ||
			opensWithRoleWord(rest.join(" ")) ||
			// "Jude Kirton-Darling Labour MEP, NE England": a party or body's word, then the role.
			(/^\p{Lu}/u.test(opener) && rest.length >= 2 && opensWithRoleWord(rest.slice(1).join(" "))) ||
			(/^\p{Lu}{2,}$/u.test(opener) && rest.length >= 2);
		return nameWord.test(first) && nameWord.test(second) && isPersonLike(`${first} ${second}`) && opensRole ? 2 : 0;
	}
	let at = 1;
	if (isGivenName(words[1] ?? "") && words.length > 3 && nameWord.test(words[2] ?? "")) at = 2;
	while (at < words.length - 1 && (particle.test(words[at] ?? "") || /^\p{Lu}\.$/u.test(words[at] ?? ""))) at++;
	if (!nameWord.test(words[at] ?? "") || /^\p{Lu}\.$/u.test(words[at] ?? "")) return 0;
	const length = at + 1;
	const rest = words.slice(length);
	const first = rest[0] ?? "";
	if (rest.length === 0 || !isPersonLike(words.slice(0, length).join(" "))) return 0;
	// What follows must not go on with the name: a lower-case word, an acronym or code, or several words.
	const opensRole = /^\p{Ll}/u.test(first) || /^[\p{Lu}\d/]{2,}/u.test(first) || /\d/.test(first);
	return opensRole || rest.length >= 2 ? length : 0;
}

// "Djelloul BENHENNI, ouvrier du BTP", "Bertrand BIANIC Conseiller municipal …": a given name, then the surname
// in capitals, as French lists print a person, then what they do.
const givenThenCapitals =
	/^(\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)?\s+\p{Lu}{2,}(?:[-'’\s]\p{Lu}{2,}){0,2})(?=$|[\s,;:–-])[\s,;:–-]*(.*)$/u;

/** The person a "Prénom NOM role" entry opens with, and the role after the name; undefined for any other entry. */
function capitalSurnamePerson(text: string): { name: string; role: string } | undefined {
	const match = givenThenCapitals.exec(text.trim());
	const [name = "", role = ""] = [match?.[1], match?.[2]?.trim()];
	const surname = name.split(/\s+/).slice(1).join("");
	// "Fédération CGT", "Union SNES": a body's word before an acronym; a short capital word may be one too.
	if (!match || organizationWord(name) || (surname.length < 4 && !startsWithGivenName(name))) return undefined;
	return role === "" || /^[\p{Ll}\p{Lu}]/u.test(role) ? { name, role } : undefined;
}

export function takeRunOnPerson(parts: Parts): boolean {
	if (parts.individual) return false;
	const capitals = capitalSurnamePerson(parts.rest);
	if (capitals) {
		parts.role = [capitals.role, parts.role].filter(Boolean).join(", ") || null;
		parts.rest = capitals.name;
		parts.individual = true;
		return true;
	}
	const length = runOnNameLength(parts.rest);
	if (length === 0) return false;
	const words = parts.rest.trim().split(/\s+/);
	// "Marinette Bache conseillère de Paris, militante …": the role run on after the name comes first.
	parts.role = [words.slice(length).join(" "), parts.role].filter(Boolean).join(", ");
	parts.rest = words.slice(0, length).join(" ");
	parts.individual = true;
	return true;
}

/** A name that probably ran a title, a body and a person together: an organizer should read it twice. */
export function looksRunTogether(name: string): boolean {
	const words = wordsOf(name).length;
	return words > 12 || (words >= 4 && mentionsRole(name)) || (words > 6 && startsWithGivenName(name));
}

// "Marinette Bache conseillère de Paris (75)", "Maria Rosa Barazza (Cappella Maggiore)": a name of two to four
// capitalized words, then a role in lower case, a bracket, or nothing.
const nameThenRole =
	/^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|della|di|do|dos|das|van|von|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s+\p{Ll}|\s*\(|$)/u;

/**
 * "Farida Atigui militante … à Melun (77), Marinette Bache conseillère de Paris, militante … (75), …": people
 * run together with commas, each name followed by its roles. Read as a list when three in four pieces open
 * that way and at least two with a known given name; a piece that opens otherwise goes on the role before it.
 */
export function peopleWithRoles(text: string): string[] | undefined {
	const parts = splitTopLevel(text, /,/)
		// "Emmanuel Vire (…) Natacha Grelot (…)": a comma the page forgot between two bracketed entries.
		.flatMap((part) => part.split(/(?<=\))\s+(?=\p{Lu}[^()]*\()/u))
		.map((part) => part.trim())
		.filter((part) => part !== "");
	if (parts.length < 4) return undefined;
	// ",élisabeth Hervouet": a bare name whose capital the copy lost opens an entry too.
	const opens = (part: string) =>
		isPersonLike(nameThenRole.exec(part)?.[1] ?? "") ||
		(/^\p{Ll}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(part) &&
			isPersonLike(part.replace(/^\p{Ll}/u, (first) => first.toUpperCase())));
	const opening = parts.filter(opens);
	// The list opens with a name: "Unterzeichnet von A, B, …" is a sentence, read as one.
	if (
		opening[0] !== parts[0] ||
		opening.length < 0.75 * parts.length ||
		opening.filter((part) => startsWithGivenName(part)).length < 2
	)
		return undefined;
	if (!parts.some((part) => /[\s(]\p{Ll}{3,}/u.test(part))) return undefined;
	const people: string[] = [];
	for (const part of parts) {
		if (opening.includes(part) || people.length === 0) people.push(part);
		else people[people.length - 1] = `${people[people.length - 1]}, ${part}`;
	}
	return people;
}
