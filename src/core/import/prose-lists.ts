import { splitTopLevel } from "./brackets.js";
import { addDoubt, type DraftSection, type DraftSignatory } from "./import-draft.js";
import { isPersonLike, isRoleText, opensWithRoleWord } from "./person-names.js";
import { looksLikeBareName, movePersonAcronym } from "./person-signatories.js";
import { nameFirst } from "./role-first-names.js";
import { parseSignatory } from "./signatory-line.js";
import { isCountry } from "./signatory-parts.js";
import type { Entry, Ledger } from "./statement-entries.js";
import { fold, wordsOf } from "./text-normalize.js";

// Words that say a text is signed, issued, backed or called by someone, in the six languages; a list of names
// in prose counts only in a sentence, or after one, that says so.
const signingCue =
	/\b(sign|firm|signat|assin|subscri|suscri|sottoscri|unterzeichn|unterschr|aderi|adhe|adesi|endors|undersigned|issued|emitid|emis|promo|promuev|initiat|iniciat|iniziat|initiier|convoc|llam|call|appel|aufruf|support|apoy|apoi|appui|sosten|unterstutz|backed|joint|conjunt|commun|gemeinsam|congiunt|statement|declara|dichiara|erklar|letter|lettre|lettera|carta|brief|manifest|manifiest|respald|aval|comunicad|communiqu|comunicat|nota|texte|texto|testo)/;

// Words that may stand inside a body's name in lower case ("Confédération générale du travail" aside, the
// capitalized words carry the name): articles, prepositions, conjunctions.
const joiner =
	/^(de|da|do|dos|das|del|della|delle|dei|degli|di|la|le|les|los|las|el|lo|y|e|et|and|of|the|for|für|von|van|der|den|die|das|dem|du|des|al|en|in|on|a|per|pour|para|por|zu|zur|zum|und|ohne|mit|gegen|über|with|without|against|sans|avec|contre|sur|sin|con|contra|sem|com|senza|contro|pela|pelo|pelos|pelas|nel|nella|sul|sulla|am|im|beim|vom|d['’]\S+|l['’]\S+)$/iu;
const leadingArticle = /^(?:(?:the|el|la|los|las|le|les|l['’]|il|lo|gli|i|der|die|das|o|a|os|as)\s+)(?=\p{Lu})/iu;
const finalJoint = /\s+(?:and|y|e|et|und|ed|&|as well as|sowie|así como|ainsi que|assim como)\s+/u;
// "and the Electrical Workers (UE)", "y el ex diputado …": the list's joint opening its last piece.
const openingJoint = /^(?:and|y|e|et|und|ou|or|o)\s+/u;

const UNCUED_RUN = 5;

/** A name as prose prints it in a list: capitalized words, acronyms and numbers, with joiners between. */
function nameLike(text: string): boolean {
	const words = text
		.replace(/\([^()]*\)/g, " ")
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	if (words.length === 0 || words.length > 9 || !/^[\p{Lu}\d"“«„]/u.test(words[0] ?? "")) return false;
	return words.every((word) => /^[\p{Lu}\d"“«„]/u.test(word) || joiner.test(word));
}

/** The end of the first piece that reads as a name: "… issued by the Central Trade Unions – INTUC" → "INTUC". */
function nameAtEnd(text: string): string | undefined {
	// "… Maria Paola Morittu (presidentessa di Italia Nostra)": the bracket holds the person's role.
	const words = text
		.replace(/\s*\([^()]*\)\s*$/, "")
		.trim()
		.split(/\s+/);
	let start = words.length;
	while (
		start > 0 &&
		(/^[\p{Lu}\d]/u.test(words[start - 1] ?? "") || (start < words.length && joiner.test(words[start - 1] ?? "")))
	)
		start--;
	while (start < words.length && joiner.test(words[start] ?? "")) start++;
	// "Along with Rellinger and Kenny, signers … included A": a sentence's opening words are no part of a name.
	const name = words
		.slice(start)
		.join(" ")
		.replace(
			/^(?:along with|together with|in addition to|as well as|besides|junto a|junto con|además de|ainsi que|en plus de|assim como|além de|insieme a|oltre a|zusammen mit|neben)\s+/iu,
			"",
		);
	// "el ex secretario general de Confederación Sindical …, Ignacio Fernández Toxo": after an office and its
	// preposition the name is the office's body, and the person follows.
	const before = words.slice(0, start).join(" ");
	if (/\s(?:de|del|della|di|da|do|of|du|des|der|von)$/u.test(before) && isRoleText(before)) return undefined;
	return name !== "" && nameLike(name) && !isRoleText(name) ? name : undefined;
}

/** The start of the last piece that reads as a name: "UTUC and LPF. IT has been …" → ["UTUC", "LPF"]. */
function namesAtStart(text: string): string[] {
	const sentence = (text.split(/(?<=\p{Ll}{2}|\p{Lu}{2,}|\))[.!?;:](?:\s|$)/u)[0] ?? "").replace(openingJoint, "");
	const joint = splitTopLevel(sentence.trim(), finalJoint);
	const names: string[] = [];
	for (const piece of joint.slice(0, 2)) {
		const words = piece.trim().replace(leadingArticle, "").split(/\s+/);
		let end = 0;
		while (
			end < words.length &&
			(/^[\p{Lu}\d"“«„(]/u.test(words[end] ?? "") || (end > 0 && joiner.test(words[end] ?? "")))
		)
			end++;
		while (end > 0 && joiner.test(words[end - 1] ?? "")) end--;
		const name = words
			.slice(0, end)
			.join(" ")
			.replace(/[\s,.;:]+$/, "")
			// A bracket closes the name only when the name opened it: "Electrical Workers (UE)".
			.replace(/\)$/, (close, at, whole: string) => (whole.slice(0, at).includes("(") ? close : ""));
		if (name === "" || !nameLike(name) || isRoleText(name)) break;
		names.push(name);
		if (end < words.length) break;
	}
	return names;
}

/** The names of a run of three or more, cut at commas or semicolons, in one stretch of prose. */
function runsIn(printed: string): string[][] {
	// "presentes hoy:Julen Tellería, …": a copy may lose the space after a colon.
	const text = printed.replace(/:(?=\p{Lu})/gu, ": ");
	const runs: string[][] = [];
	// "7 des 8 organisations syndicales (CFDT, CFE-CGC, CFTC, …)": a list in brackets.
	for (const match of text.matchAll(/\(([^()]{6,})\)/g)) runs.push(...runsIn((match[1] ?? "").trim()));
	// "Universidad de Concepción, Sergio Lavanda; Universidad …": where semicolons part the entries, a comma is
	// inside one.
	const bySemicolon = splitTopLevel(text, /;\s*/);
	// "… : Isabelle Adjani, actrice – Paul Alliès, professeur – …": dashes part the entries, commas a name from its role.
	const byDash = splitTopLevel(
		text.replace(/^[^:]{0,200}:\s+(?=\p{Lu})/u, ""),
		/\s[–—]\s?|[–—]\s|(?<=\p{Ll})[–—](?=\p{Lu})/u,
	);
	const dashedEntries =
		byDash.length >= 4 &&
		byDash.filter((piece) => isPersonLike(piece.split(",")[0]?.trim() ?? "")).length >= 0.75 * byDash.length;
	if (dashedEntries)
		return [byDash.map((piece) => piece.trim()).filter((piece) => isPersonLike(piece.split(",")[0] ?? ""))];
	const pieces = bySemicolon.length >= 3 ? bySemicolon : splitTopLevel(text, /[,;]\s*/);
	let run: string[] = [];
	const close = (tail?: string) => {
		const last = tail === undefined ? [] : namesAtStart(tail);
		if (run.length + last.length >= 3) runs.push([...run, ...last]);
		run = [];
	};
	pieces.forEach((piece, index) => {
		const trimmed = piece.trim().replace(openingJoint, "").replace(leadingArticle, "");
		// "el ex europarlamentario de Izquierda Unida Willy Meyer": a role, then the person who holds it; "Luca
		// Lepore - sindaco di Aiello Calabro": the person, a dash, their office.
		const person = nameLike(trimmed) ? undefined : (roleFirstPerson(trimmed) ?? dashedPerson(piece));
		if (person && index < pieces.length - 1) {
			// "las actrices Gloria Vega y Violeta Pérez": two people share the role, which neither takes alone.
			const [names = "", ...role] = person.split(",");
			const pair = splitTopLevel(names, finalJoint).map((part) => part.trim());
			run.push(...(pair.length === 2 && pair.every((part) => isPersonLike(part)) && role.length > 0 ? pair : [person]));
			return;
		}
		// "Ulrich Lilie, Präsident der Diakonie": an office after a person is theirs, however capitalized.
		const last = run[run.length - 1];
		if (last && isRoleText(trimmed) && isPersonLike(last) && index < pieces.length - 1) {
			run[run.length - 1] = `${last}, ${trimmed}`;
			return;
		}
		if (run.length > 0 && nameLike(trimmed) && !isRoleText(trimmed) && index < pieces.length - 1) {
			// "… Siena e Sara Blu, Arezzo": the list's joint before a person whose town follows.
			const joint = splitTopLevel(trimmed, finalJoint).map((part) => part.trim());
			const [left = "", right = ""] = joint;
			const twoNames = joint.length === 2 && isPersonLike(right) && (isPersonLike(left) || !/\s/.test(left));
			run.push(...(twoNames ? joint : [trimmed]));
			return;
		}
		const lastPerson =
			index === pieces.length - 1 && run.length > 0
				? roleFirstPerson(trimmed.replace(/[.!?]\s*$/, "").split(/(?<=\p{Ll}{2})[.!?]\s/u)[0] ?? "")
				: undefined;
		if (lastPerson) {
			run.push(lastPerson);
			close();
			return;
		}
		if (run.length > 0) close(trimmed);
		const first = nameAtEnd(piece);
		if (first && index < pieces.length - 1) run = [first];
	});
	if (run.length >= 3) runs.push(run);
	return runs;
}

const continues =
	/^(?:tambien|ademas|asimismo|also|further|moreover|aussi|egalement|de meme|anche|inoltre|auch|ausserdem|zudem|tambem|ainda|alem disso|si tratta di|se trata de|il s'agit de|trata-se de|these are|they are|es handelt sich um|sono|son|sont|sao|unter ihnen|darunter|among them|among whom|entre ellos|entre ellas|entre eles|entre elas|parmi eux|parmi elles|tra loro|tra di loro|fra loro)\b/;

function dashedPerson(piece: string): string | undefined {
	const match = /^(.*?\S)\s+[-–—]\s+(\p{Ll}.*)$/u.exec(piece.trim());
	const name = match?.[1] ? nameAtEnd(match[1]) : undefined;
	return name && match?.[2] && isPersonLike(name) ? `${name}, ${match[2]}` : undefined;
}

/** "los actores Alberto San Juan" → "Alberto San Juan, actores"; undefined when the piece ends in no person. */
function roleFirstPerson(piece: string): string | undefined {
	if (!/^\p{Ll}/u.test(piece) || wordsOf(piece).length > 14) return undefined;
	const entry = nameFirst(piece);
	const [name = "", ...role] = (entry ?? "").split(",").map((part) => part.trim());
	// "sindaca di Roma Capitale": after the office's preposition comes its place, not a person.
	if (/\s(?:di|de|del|della|da|do|of|du|des|der|von|a|à|al|en|in)$/u.test(` ${role.join(" ")}`)) return undefined;
	return entry?.includes(",") && isPersonLike(name) && !isRoleText(name) && !opensWithRoleWord(name)
		? entry
		: undefined;
}

const acronym = /^[\p{Lu}\d][\p{Lu}\d&/.-]+$/u;
/** "Bari", "Lima", "Valdesi": one word that is no acronym, a place or a common noun as often as a signer. */
const isSingleWord = (name: string) => !/\s/.test(name.trim()) && !acronym.test(name.trim());

/**
 * A run of names is a list of signers when most of its names are acronyms or several words: single common
 * words ("Energie, Miete, Einkommen") are a sentence's enumeration, and a body's name may hold commas
 * ("Programa de Consolidação, Simplificação e …").
 */
function signerRun(names: readonly string[]): boolean {
	const bare = names.filter((name) => isSingleWord(name) && !isCountry(name));
	return bare.length < 0.33 * names.length;
}

/**
 * "Antonio Decaro, Bari, Michele De Pascale, Ravenna": people, each followed by their town; "Adolfo Pérez
 * Esquivel, Premio Nobel de la Paz": a person, then their office. Both go with the name before them.
 */
function entriesOf(names: readonly string[]): { name: string; place?: string }[] {
	const entries: { name: string; place?: string }[] = [];
	for (const name of names) {
		const previous = entries[entries.length - 1];
		const single = isSingleWord(name);
		if (previous && !previous.place && isPersonLike(previous.name) && /\s/.test(previous.name)) {
			if (single) {
				previous.place = name;
				continue;
			}
			if (isRoleText(name) || opensWithRoleWord(name)) {
				previous.name = `${previous.name}, ${name}`;
				continue;
			}
		}
		entries.push({ name });
	}
	return entries;
}

/**
 * "The statement issued by the Central Trade Unions (CTUs) – INTUC, AITUC, HMS … and LPF": where no list is
 * printed, every run of names in a sentence that says who signed, issued or backed the text, and in the
 * sentences that go on naming them; none of those in `known`. Each name is marked as cut at guessed
 * separators, for the organizer to check.
 */
export function namesInProse(
	bodyLines: readonly Entry[],
	ledger: Ledger,
	known: readonly DraftSignatory[] = [],
): DraftSection | undefined {
	const runs: string[][] = [];
	// A sentence after one that named signers, in the same paragraph or the next, names more of them ("El
	// documento también lo firman …", "Solo per citare i più noti: …").
	let goesOn = false;
	let spokeOfSigning = false;
	for (const line of bodyLines) {
		const sentences = line.text.split(/(?<=\p{Ll}{2}|\p{Lu}{2,}|[)"“”»›’])[.!?]\s+(?=\p{Lu})/u);
		// A new paragraph goes on naming signers only when it says it goes on ("También figuran …", "Si tratta di
		// …" after a paragraph about the signing).
		goesOn = (goesOn || spokeOfSigning) && continues.test(fold(line.text));
		spokeOfSigning = signingCue.test(fold(line.text));
		let named = false;
		sentences.forEach((sentence, index) => {
			const before = sentences[index - 1] ?? "";
			// Five or more names in a row need no cue: in a text with no list, such a run names its signers.
			const cued = goesOn || signingCue.test(fold(sentence)) || signingCue.test(fold(before));
			// Without one, a single word opening the run is the place the sentence starts from ("Reunidos … en Lima, el
			// Frente Amplio …"), not a signer.
			const uncued = (names: string[]) => (isSingleWord(names[0] ?? "") ? names.slice(1) : names);
			const found = runsIn(sentence)
				.filter(
					(names) =>
						(cued || uncued(names).length >= UNCUED_RUN) &&
						(names.length >= 3 || (names.length === 2 && names.every((name) => name.includes(",")))) &&
						(signerRun(names) || signerRun(entriesOf(names).map((entry) => entry.name))),
				)
				.map((names) => (cued ? names : uncued(names)));
			if (found.length === 0) return;
			runs.push(...found);
			named = true;
			goesOn = true;
			ledger.set(line.index, { as: "signatory", rule: null });
		});
		if (!named) goesOn = false;
	}
	if (runs.length === 0) return undefined;
	// "der Schriftsteller Martin Walser und der Wissenschaftsjournalist Ranga Yogeshwar": two people, each after an
	// article and a role noun; "Feministin Alice Schwarzer" is Alice Schwarzer, a feminist.
	const parsed = entriesOf(
		runs
			.flat()
			.flatMap((name) => name.split(/\s+(?:und|and|y|e|et)\s+(?:der|die|the|el|la|le|il|o|a)\s+(?=\p{Lu})/u))
			.map((name) => nameFirst(name) ?? name),
	)
		.map(({ name, place }) => {
			const signatory = parseSignatory(name);
			if (signatory && place && !signatory.country) signatory.country = place;
			return signatory;
		})
		.filter((item): item is DraftSignatory => !!item);
	const people = parsed.filter((item) => item.kind === "individual" || looksLikeBareName(item.name)).length;
	const signatories: DraftSignatory[] = [];
	const seen = new Set<string>(known.map((signatory) => fold(signatory.name)));
	// "Schauspielerin Julia Jentsch" is "Julia Jentsch", whom a signing phrase already named.
	const named = (name: string) => [...seen].some((other) => other === name || name.endsWith(` ${other}`));
	for (const signatory of parsed) {
		if (named(fold(signatory.name))) continue;
		seen.add(fold(signatory.name));
		if (people >= 0.6 * parsed.length && isPersonLike(signatory.name) && /\s/.test(signatory.name))
			signatory.kind = "individual";
		movePersonAcronym(signatory);
		addDoubt(signatory, "guessed-split");
		signatories.push(signatory);
	}
	if (signatories.length === 0) return undefined;
	return { heading: null, listStyle: "plain", signatories };
}
