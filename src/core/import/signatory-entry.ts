import { splitTopLevel } from "./brackets.js";
import { entrySentences, entryStop, splitAtEntryStops } from "./entry-stops.js";
import { isGivenName, startsWithGivenName } from "./given-names.js";
import { peopleWithRoles, runOnNameLength } from "./person-cues.js";
import {
	isPersonLike,
	mentionsRole,
	opensWithRoleWord,
	organizationWord,
	personTitle,
	startsWithRole,
} from "./person-names.js";
import { looksLikeBareName } from "./person-signatories.js";
import { isCountry, usStates } from "./signatory-parts.js";
import { wordsOf } from "./text-normalize.js";

const labelSeparator = /:\s+|\s+(?:como|such as|comme|tels que|tales como|tais como)\s+/;

function splitList(text: string, separator: RegExp, minimum: number): string[] | undefined {
	const parts = splitTopLevel(text, separator).filter((part) => part !== "");
	return parts.length >= minimum ? parts : undefined;
}

function commaListParts(text: string): string[] | undefined {
	// "Emmanuel Vire (…) Natacha Grelot (…)": a comma the page forgot between two bracketed entries.
	const parts = splitList(text, /,/, 3)
		?.flatMap((part) => part.split(/(?<=\))\s+(?=\p{Lu}[^()]*\()/u))
		// "Loic Caballero sindicalista UGT enseñanza. Cesar Serrano sindicalista …": a full stop between people.
		.flatMap((part) => {
			const pieces = splitAtEntryStops(part);
			return pieces.length > 1 && pieces.every((piece) => runOnNameLength(piece) > 0) ? pieces : [part];
		})
		// "…, Pocan, and Yarmuth": the list's conjunction before its last entry.
		.map((part) => part.replace(/^(?:&|and|y|e|et|und|ed)\s+(?=\p{Lu})/u, ""));
	if (!parts) return undefined;
	// "…, Cherry Hill, NJ": one body, then its town and state.
	if (usStates.has(parts[parts.length - 1] ?? "")) return undefined;
	// "Cédric Moreau de Bellaing, Maître de conférences à l’Ecole normale supérieure, LIER-FYT": one person, then
	// where they work.
	if (isPersonLike(parts[0] ?? "") && !parts.slice(1).some((part) => isPersonLike(part))) return undefined;
	// A long piece is a clause of a sentence, unless it names a body ("Association pour la taxation des transactions
	// financières et l’aide aux citoyens (ATTAC)").
	const clause = (part: string) =>
		wordsOf(part.replace(/\([^()]*\)/g, " ")).length > (organizationWord(part) ? 16 : 10);
	if (parts.some((part) => isCountry(part) || clause(part))) return undefined;
	if (parts.filter((part) => /^\p{Ll}/u.test(part) && !personTitle.test(part)).length > (parts.length >= 5 ? 1 : 0))
		return undefined;
	// "Alizé Oswald, Xavier Michel, Musiciens (Aliose)": one role printed after the people who share it.
	const shared = parts[parts.length - 1] ?? "";
	const named = parts.slice(0, -1);
	// "John Smith, General Secretary, Musicians’ Union" is one person: an office is no name, a union no role.
	if (
		named.length >= 2 &&
		startsWithRole(shared) &&
		!isPersonLike(shared) &&
		!organizationWord(shared) &&
		named.every((part) => isPersonLike(part) && !opensWithRoleWord(part))
	)
		return named.map((part) => `${part}, ${shared}`);
	const outsideBrackets = parts.slice(1).map((part) => part.replace(/\([^()]*\)/g, " "));
	if (
		outsideBrackets.some(
			(part) => (!/^\p{Ll}/u.test(part) && (startsWithRole(part) || opensWithRoleWord(part))) || mentionsRole(part),
		)
	)
		return undefined;
	return parts;
}

/**
 * One printed entry may hold several signatories: "A; B; C", "A - B - C", "A, B, C" or
 * "Organizaciones agrarias: COAG, UPA". Returns the texts to read one by one.
 */
export function splitSignatoryEntry(text: string): string[] {
	const trimmed = text
		.trim()
		.replace(/[;,]\s*$/, "")
		// "… et Philippe Askénazy (économiste)": a list's second line may open with its conjunction.
		.replace(/^(?:et|and|y|e|und|ed|&)\s+(?=\p{Lu})/u, "");
	// "Soziale Bewegung und Kultur: • A • B • C": bullets run together on one line, after a group label.
	// "* A (SIGLA) * B * C": stars for bullets, as a copy that lost its line breaks prints them.
	const dotted = (trimmed.match(/\s•\s/g) ?? []).length >= 2;
	if (dotted || (trimmed.match(/(?:^|\s)\*\s/g) ?? []).length >= 3) {
		const bullets = trimmed
			.split(dotted ? /\s*•\s*/ : /(?:^|\s+)\*\s+/)
			.map((part) => part.trim())
			.filter((part) => part !== "");
		if (bullets[0] && /:$/.test(bullets[0])) bullets.shift();
		return bullets.map((part) =>
			part.replace(/^[^:]{2,60}:\s+(?=\S)/, (label) => (wordsOf(label).length <= 5 ? "" : label)),
		);
	}
	const semicolons = splitList(trimmed, /;/, 2);
	if (semicolons) {
		// "ACADEMIA: A; B; C": the label names the group, not a signatory.
		const label = /^([^:;()]{2,40}):\s+/.exec(semicolons[0] ?? "");
		if (label?.[1] && wordsOf(label[1]).length <= 4 && !isCountry(label[1]))
			semicolons[0] = (semicolons[0] ?? "").slice(label[0].length);
		const last = semicolons.length - 1;
		// "…; Ökumenische … e.V. und Pro Asyl.": the last item may carry the list's conjunction.
		// "… San Luis Potosí y el Dr. José de Jesús Williams, Rector …": or a titled person after its article.
		const lastParts = splitTopLevel(semicolons[last] ?? "", /\s+(?:und|and|y|e|et)\s+(?=\p{Lu}|\p{Ll}{1,3}\s+\p{Lu})/u);
		const titledAfter = (part: string) => /^\p{Lu}/u.test(part) || personTitle.test(part);
		if (
			lastParts.length === 2 &&
			lastParts.every((part) => wordsOf(part).length >= 1) &&
			titledAfter(lastParts[1] ?? "")
		)
			semicolons.splice(last, 1, ...lastParts);
		return semicolons.flatMap((part) => splitLabel(part) ?? commaListParts(part) ?? [part]);
	}
	// "SAMAE–SATEB", "SYNTAS–SYNTRAPOST– SYNAPAGER": acronyms of four letters or more joined by dashes are several
	// bodies; "ANDES–SN", "SINDJUF–PA/AP" are one, a short part naming a section or a place.
	const chain = trimmed.split(/\s*[–—-]\s*/);
	if (chain.length >= 2 && chain.every((part) => /^\p{Lu}{4,}$/u.test(part))) return chain;
	const acronymLed = acronymLedEntries(trimmed);
	if (acronymLed) return acronymLed;
	const titled = titledPeople(trimmed);
	if (titled) return titled;
	// "Walter Fabian Thomas Zwiebler": two people printed side by side, as a signature block in two columns.
	const side = sideBySide(trimmed);
	if (side) return side;
	// "Sérgio Nobre, Central Única dos Trabalhadores. Miguel Torres, Força Sindical.": people with their body,
	// one sentence each.
	const sentences = entrySentences(trimmed);
	if (sentences.length >= 2 && sentences.every((part) => /,/.test(part) && isPersonLike(part.split(",")[0] ?? ""))) {
		// "Pamela Biermann, Wolf Biermann. Burghart Klaußner, Ulrich Schreiber": what follows each comma is another
		// person, not a body, when every piece reads as a name and one after a comma opens with a given name.
		const pieces = sentences.map((part) => splitTopLevel(part, /,/).map((piece) => piece.trim()));
		const people = pieces.flat();
		const afterComma = pieces.flatMap((piece) => piece.slice(1));
		return people.every((piece) => isPersonLike(piece)) && afterComma.some((piece) => startsWithGivenName(piece))
			? people
			: sentences;
	}
	const labelled = splitLabel(trimmed);
	if (labelled) return labelled;
	// "Jane Smith | Unison | Leeds": a table's row, a person's name in its first cell and where they sign from
	// in the others, is one entry.
	const cells = splitList(trimmed, /\s+\|\s+/, 2);
	if (cells && isPersonLike(cells[0] ?? "") && !cells.slice(1).some((cell) => isPersonLike(cell)))
		return [cells.join(", ")];
	// "- Asociación Amigos de la Cornisa Este- Asociación Casa del Pumarejo- …": a bulleted list run together on one
	// line, each dash after the entry it closes.
	// Where most dashes are spaced on both sides, those part the list, read below.
	const unbulleted = trimmed.replace(/^[-–—]\s+/, "");
	const glued = !/[-–—]\s/.test(unbulleted)
		? []
		: splitTopLevel(unbulleted, /(?<=[\p{L}\d.)"”»])[-–—]\s+(?=[\p{Lu}"“«])/u);
	const spaced = (unbulleted.match(/\s[-–—]\s/g) ?? []).length;
	if (glued.length >= 3 && spaced < glued.length - 1) return glued;
	// "Manuel Alegre - deputado e escritor / Isabel Magalhães - professora universitária / …": slashes part the
	// entries, and a dash in most of them parts a name from its role.
	const slashed = splitList(trimmed, /\s+\/\s+/, 3);
	if (slashed && slashed.filter((part) => /\s[-–—]\s/.test(part)).length * 2 > slashed.length) return slashed;
	// "… – SIPES – SMATA- UOCRA- UPCN – …": in a list parted by dashes, a dash spaced on one side only parts too.
	const dashes = splitList(trimmed, /\s+[-–—|•·/]\s+/, 3)?.flatMap((part) =>
		part.split(/(?<=[\p{L}\d.)])[-–—]\s+(?=\p{Lu})|(?<=[\p{L}\d.)])\s+[-–—](?=\p{Lu})/u),
	);
	if (dashes && !isCountry(dashes[0] ?? "") && !isCountry(dashes[dashes.length - 1] ?? "")) {
		// "Andreas Bernig – MdL (DGB Bezirksvorstand)": a title after the dash belongs to the name before it.
		const merged: string[] = [];
		for (const part of dashes) {
			const previous = merged[merged.length - 1];
			if (previous !== undefined && opensWithRoleWord(part) && isPersonLike(previous.replace(/\s*\(.*$/, "")))
				merged[merged.length - 1] = `${previous}, ${part}`;
			else merged.push(part);
		}
		return merged;
	}
	// "Giulietto Chiesa, Massimo Mazzucco": two names and no more, the second opening with a given name, are two
	// people; a person's body or office after the comma is no name.
	const pair = splitList(trimmed, /,/, 2);
	if (
		pair?.length === 2 &&
		pair.every((part) => isPersonLike(part) && wordsOf(part).length <= 4 && !organizationWord(part)) &&
		startsWithGivenName(pair[1]?.trim() ?? "")
	)
		return pair.map((part) => part.trim());
	// "Loic Caballero sindicalista UGT. Cesar Serrano sindicalista …": people parted by full stops are the comma list's.
	const peopleStops = splitTopLevel(trimmed, /,/).some((part) => part.split(entryStop).length > 1);
	return ((peopleStops ? undefined : peopleWithRoles(trimmed)) ?? commaListParts(trimmed) ?? [trimmed]).flatMap(
		joinedPeople,
	);
}

// "SINDUEPA –Sindicato dos Docentes …", "SINDJUF–PA/AP –Sindicato …": an acronym, then a dash and the name it stands for.
const acronymDash = /(?<=^|\s)\p{Lu}{2,}[\p{Lu}\d]*(?:[–-]\p{Lu}{2,}(?:\/\p{Lu}{2,})?)?\s*[–—-](?=\s*\p{Lu}\p{Ll})/gu;

/**
 * "ANDES–SN –Sindicato Nacional … ADUFPA –Associação dos Docentes … SINDUEPA –Sindicato …": bodies run together
 * on one line, each printed as its acronym, a dash and its name; parted before each acronym, three or more.
 */
function acronymLedEntries(text: string): string[] | undefined {
	if (!/^\p{Lu}{2,}\S*\s*[–—-]/u.test(text)) return undefined;
	const starts = [...text.matchAll(acronymDash)].map((match) => match.index);
	if (starts.length < 3 || starts[0] !== 0) return undefined;
	// Read as "Name (ACRONYM)", the shape the entry parser takes an acronym from whatever its inner dashes.
	return starts.map((start, index) =>
		text
			.slice(start, starts[index + 1])
			.trim()
			.replace(/^(\S+?)\s*[–—-]\s*(\p{Lu}\p{Ll}.*)$/u, "$2 ($1)"),
	);
}

/**
 * "Reps. Beatty, Bishop (GA), Boyle", "Rep. Alan Lowenthal, Rep. Judy Chu, and Rep. Sylvia R. Garcia": people a
 * title in the plural opens, or each opened by their own title, parted by commas.
 */
function titledPeople(text: string): string[] | undefined {
	const plural =
		/^(?:reps|sens|drs|profs|cllrs|councillors|councilors|senators|representatives)\.?\s+(?=\p{Lu})/iu.exec(text);
	if (!plural && !personTitle.test(text)) return undefined;
	const parts = splitTopLevel(plural ? text.slice(plural[0].length) : text, /,\s*(?:and\s+|&\s+)?|\s+and\s+(?=\p{Lu})/u)
		.map((part) => part.trim())
		.filter((part) => part !== "");
	if (parts.length < 2) return undefined;
	if (plural) return parts.every((part) => wordsOf(part.replace(/\([^()]*\)/g, " ")).length <= 4) ? parts : undefined;
	return parts.length >= 3 && parts.every((part) => personTitle.test(part) && isPersonLike(part)) ? parts : undefined;
}

function splitLabel(text: string): string[] | undefined {
	const match = labelSeparator.exec(text);
	if (!match || match.index === 0) return undefined;
	const label = text.slice(0, match.index);
	const list = text.slice(match.index + match[0].length);
	if (isCountry(label) || wordsOf(label).length > 12 || /[()]/.test(label)) return undefined;
	const parts = splitList(list, /[,;]/, 2);
	if (!parts || parts.some((part) => wordsOf(part).length > 12)) return undefined;
	return parts;
}

/**
 * Two names on one line: a given name and a surname, then another given name opening a second name. Over a
 * line of roles (`underRoles`), a surname that is also a given name ("Walter Fabian") does not stop it.
 */
export function sideBySide(text: string, underRoles = false): string[] | undefined {
	const words = text.split(/\s+/);
	if (words.length < 4 || words.length > 5 || !isPersonLike(text.replace(/\s+\S+$/, ""))) return undefined;
	const [first = "", second = "", third = ""] = words;
	const left = `${first} ${second}`;
	const right = words.slice(2).join(" ");
	if (!isGivenName(first) || (isGivenName(second) && !underRoles) || !isGivenName(third)) return undefined;
	return isPersonLike(left) && isPersonLike(right) ? [left, right] : undefined;
}

/**
 * "Alessia Petraglia e Filippo Fossati (senatrice e deputato)", "Sabine Kramer und Friedrich Kramer,
 * Studentenpfarrer/in": two people joined, with the role they share, which neither takes alone (a role given to
 * a group is not given to each).
 */
function joinedPeople(entry: string): string[] {
	const match = /^([^,;()]+?)\s+(?:e|y|et|and|und|ed|&)\s+([^,;()]+?)(?:\s*\([^()]*\)|,\s*[^,;()]+)?$/u.exec(
		entry.trim(),
	);
	const [left = "", right = ""] = [match?.[1]?.trim(), match?.[2]?.trim()];
	const person = (name: string) => wordsOf(name).length >= 2 && wordsOf(name).length <= 4 && isPersonLike(name);
	if (!match || !person(left) || !person(right) || !(startsWithGivenName(left) || startsWithGivenName(right)))
		return [entry];
	return organizationWord(left) || organizationWord(right) ? [entry] : [left, right];
}

/** "Firmas de militantes de 17 países: Alemania, Austria, …": where the signers come from, not who they are. */
export function mostlyCountries(text: string): boolean {
	const parts = text.replace(/^[^:]{0,120}:\s+/, "").split(/[,;]|\s(?:y|and|et|e|und)\s/);
	return (
		parts.length >= 3 && parts.filter((part) => isCountry(part.trim().replace(/\.$/, ""))).length >= 0.6 * parts.length
	);
}

/** "A (direttrice di Left), B (giornalista), C": three or more entries, most of them people's names. */
export function namesFollow(text: string): boolean {
	const parts = splitSignatoryEntry(text);
	const names = parts.filter((part) => looksLikeBareName(part.replace(/\s*\([^()]*\)\s*$/, "").trim())).length;
	return parts.length >= 3 && names >= 0.7 * parts.length;
}
