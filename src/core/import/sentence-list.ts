import { splitTopLevel } from "./brackets.js";
import { startsWithGivenName } from "./given-names.js";
import { isPersonLike, isRoleText, opensWithRoleWord, personTitle } from "./person-names.js";
import { namesInClause } from "./role-clauses.js";
import { nameFirst } from "./role-first-names.js";
import { foldInPlace, sentenceEnd, trimListEdges } from "./sentence-text.js";
import {
	clauseGoesOn,
	leadingArticle,
	strictTriggers,
	trailingRemark,
	triggers,
	triggersAfter,
} from "./sentence-triggers.js";

const withoutBrackets = (text: string) => text.replace(/\s*\([^()]*\)/g, "").trim();

/** "A, B sowie der C": the list's last joint, when the text names it, is the only one split at its end. */
const listJoint = /\s+(?:sowie|as well as|así como|asi como|ainsi que|assim como|nonché|nonche)\s+/u;

// "As Centrais Sindicais CUT, Força Sindical, …": the kind of body the list names, printed before its first name.
const groupLabel =
	/^["“„«]?(?:(?:[Tt]he|[Aa]s|[Oo]s|[Ll]as|[Ll]os|[Ll]es|[Ii]|[Gg]li|[Dd]ie|[Ll]e|[Ll]a)\s+)?(?:[Cc]entrais [Ss]indicais|(?:[Tt]rade )?[Uu]nions|[Ss]indicatos|[Ss]yndicats|[Ss]indacati|[Gg]ewerkschaften|[Cc]entrales [Ss]indicales|[Cc]onfédérations|[Cc]onfederaciones|[Oo]rganisations syndicales|[Oo]rganizaciones sindicales|[Oo]rganizzazioni sindacali|[Oo]rganizações sindicais)\s+(?=\p{Lu})/u;

function splitItems(list: string): string[] {
	// "CGT/FO/FSU/UNSA/CFTC/Solidaires": bodies' names parted by slashes, each one word.
	const unlabelled = list.replace(groupLabel, "");
	const slashed = unlabelled.trim();
	if (/^\p{Lu}[\p{L}\d-]*(?:\s*\/\s*\p{Lu}[\p{L}\d-]*){2,}$/u.test(slashed)) return slashed.split(/\s*\/\s*/);
	const bySemicolon = splitTopLevel(unlabelled, /;/).filter((part) => part.trim() !== "");
	const byComma = bySemicolon.length >= 3 ? bySemicolon : splitTopLevel(unlabelled, /[,;]/);
	const lastPart = byComma[byComma.length - 1] ?? "";
	const joint = splitTopLevel(lastPart, listJoint);
	if (joint.length === 2) return splitParts([...byComma.slice(0, -1), ...joint], bySemicolon.length >= 3, true);
	return splitParts(byComma, bySemicolon.length >= 3, false);
}

function splitParts(parts: string[], semicolons: boolean, jointed: boolean): string[] {
	// "Sociedade Brasileira Para o Progresso da Ciência": after a preposition, "o" is an article, not "or".
	const conjunction =
		/(?<!\b(?:[Pp]ara|[Dd]e|[Pp]or|[Cc]om|[Ee]m|[Cc]ontra|[Ss]obre|[Ee]ntre|[Ss]em|[Ss]ob|[Dd]esde|[Aa]))\s+(?:and|y|e|et|und|o|or|ou)\s+(?=\p{Lu}|["“„«]|(?:el|la|los|las|il|lo|the|le|les|der|die|das)\s|(?:a|o|os|as|gli|pelo|pela|pelos|pelas)\s+\p{Lu}|(?:a|o|os|as|l['’])\s*(?:\p{Ll}[\p{L}'’-]+\s+){1,3}\p{Lu}\p{Ll}|\p{Ll}[\p{L}'’-]+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u;
	const items: string[] = [];
	parts.forEach((part, index) => {
		// "and" joins the last two items; elsewhere it is part of a name ("Libertà e Giustizia") unless it
		// joins two people ("Pilar Bardem o Willy Toledo").
		const last = index === parts.length - 1;
		const joined = jointed && index >= parts.length - 2 ? [part] : splitTopLevel(part, conjunction);
		// "… Unión de Pequeños Autónomos del Transporte y las Comunicaciones": a lone common noun after an article
		// ends a body's name; a signer of its own has a name.
		const split =
			joined.length === 2 &&
			/^(?:el|la|los|las|le|les|il|lo|the|der|die|das|o|a|os|as)\s+\p{Lu}\p{Ll}+$/u.test(joined[1]?.trim() ?? "")
				? [part]
				: joined;
		const personal = (piece: string) => isPersonLike(withoutBrackets((nameFirst(piece) ?? piece).split(",")[0] ?? ""));
		// "… leader of the Iona Community and Dr Duncan Morrow": a titled person after the "and" is a new entry.
		const titled = split.length === 2 && personTitle.test(split[1]?.trim() ?? "") && personal(split[1] ?? "");
		const people = titled || split.every(personal);
		if (semicolons) {
			// "Chico Buarque, Roberto Setúbal e Ellen Gracie, alguns dos primeiros …", "a escritora A, a atriz B":
			// several people inside one clause, each read on their own.
			const pieces = splitTopLevel(part, /,/)
				.flatMap((piece) => splitTopLevel(piece, conjunction))
				.map((piece) => piece.trim())
				.filter((piece) => piece !== "");
			const people = pieces.map(nameFirst).filter((entry): entry is string => personal(entry ?? ""));
			if (pieces.length >= 3 && people.length >= 2) {
				items.push(...people);
				return;
			}
			// "los directores A, B y C", "el director del Centro …, D": a role, then the people who hold it.
			const clause = namesInClause(part);
			if (clause) {
				items.push(...clause);
				return;
			}
			// "Murielle Guilbert et Simon Duteil, co-porte-paroles de Solidaires": two people, one role.
			// "…; e Pedro Passos e Guilherme Leal, do grupo Natura": the list's last joint opens the last part.
			const [names = "", ...role] = splitTopLevel(part.replace(/^(?:and|y|e|et|und|ou)\s+(?=\p{Lu})/u, ""), /,/);
			const pair = splitTopLevel(names, conjunction);
			const shared = pair.length === 2 && pair.every((piece) => isPersonLike(piece)) && role.length > 0;
			for (const piece of shared ? pair.map((name) => [name, ...role].join(",")) : [part])
				if (piece.trim() !== "") items.push(piece.trim());
			return;
		}
		const beforeArticle =
			/\s(?:and|y|e|et|und|o|or|ou)\s+(?:(?:el|la|los|las|il|lo|the|le|les|der|die|das)\s|(?:a|o|os|as|gli)\s+\p{Lu})/u.test(
				part,
			);
		const pieces = last || people || beforeArticle ? split : [part];
		for (const piece of pieces) if (piece.trim() !== "") items.push(piece.trim().replace(/^&\s+/, ""));
	});
	// "Roberto Terzi, ex Sindaco di Camorino": a role after a comma belongs to the name before it.
	const merged: string[] = [];
	for (const item of items) {
		const previous = merged[merged.length - 1];
		const lower = /^\p{Ll}/u.test(item) && !leadingArticle.test(item);
		// "der Zentralrat der Muslime": an article, then a capitalized name, opens an item of its own.
		const ownItem = leadingArticle.test(item) && /^\p{Lu}/u.test(item.replace(leadingArticle, ""));
		// "Dr Dan van her Horst, University of Edinburgh": the university a person signs from; "Jacques Toubon,
		// Défenseur des droits de 2014 à 2020": an office dated by its years.
		const affiliation =
			/^(University|Universidad|Université|Universität|Universidade|Università|Institut[eo]?)\b/u.test(item) ||
			(/\b(?:19|20)\d{2}\b/.test(item) && !/^\p{Lu}{2,}\b/u.test(item));
		// "il cantautore Franco Battiato", "don Luigi Ciotti": a role, then a name of its own.
		const lead = /^(?:\p{Ll}[\p{L}'’.-]*\s+){1,4}/u.exec(item.replace(leadingArticle, ""))?.[0] ?? "";
		const tail = item.replace(leadingArticle, "").slice(lead.length);
		// "sindaca di Roma Capitale": after a preposition the capitalized words are the office's place or body.
		// "il neosindaco di Milano Giuliano Pisapia" may still end in the person's name: a place or body and a name
		// are three words or more.
		const endsWithName = tail.split(/\s+/).length > 2;
		const officeOf =
			/\b(?:di|de|del|della|dello|dei|degli|delle|da|do|dos|das|du|des|of|von|der|for|at|in|a|à|al|en)\s+$/u.test(
				lead,
			) && !endsWithName;
		if (
			previous !== undefined &&
			!ownItem &&
			(lower || affiliation || (isRoleText(item) && !isPersonLike(item))) &&
			// "ex Sindaco di Camorino": after the lower-case words, an office, however capitalized, is no name.
			(!isPersonLike(tail) || opensWithRoleWord(tail) || officeOf) &&
			// "Dr Dan van her Horst": a title says a person, whatever the name's spelling.
			(isPersonLike(previous.split(",")[0] ?? "") || personTitle.test(previous))
		)
			merged[merged.length - 1] = `${previous}, ${item}`;
		else merged.push(item);
	}
	// "el premio Nobel de la Paz, Adolfo Pérez Esquivel": a role printed before the name it belongs to.
	const ordered: string[] = [];
	for (let index = 0; index < merged.length; index++) {
		const item = merged[index] ?? "";
		const next = merged[index + 1];
		const bare = item.replace(leadingArticle, "");
		const ownName = bare.replace(/^(?:\p{Ll}[\p{L}'’.-]*\s+){1,4}/u, "");
		// "os presidentes da A, Name, da B, Name": a body after "da", "of", "di" is the office of the name after it.
		const officeOf =
			/^(?:(?:e|y|and|et|ed|und)\s+)?(?:da|do|das|dos|de|del|della|delle|dei|degli|di|of|des|du)\s+\p{Lu}/u.test(item);
		if (
			next !== undefined &&
			(officeOf || /^\p{Ll}/u.test(bare)) &&
			!isPersonLike(bare) &&
			!isPersonLike(ownName) &&
			isPersonLike(next.split(",")[0] ?? "")
		) {
			ordered.push(`${next}, ${bare}`);
			index++;
		} else ordered.push(item);
	}
	return ordered;
}

/**
 * The signers a sentence names ("La nota è firmata da … : A, B, C."), as entries to read one by one, or
 * undefined when the sentence names no list.
 */
export function signersInSentence(sentence: string): string[] | undefined {
	const folded = foldInPlace(sentence);
	const found: string[] = [];
	let lastTrigger = 0;
	// "Anche A, B, C e D hanno firmato l'appello": the list printed before the verb.
	for (const trigger of triggersAfter) {
		const match = trigger.exec(folded);
		if (!match) continue;
		const before = sentence.slice(0, match.index);
		// The sentence opens after the last full stop that ends a word ("Jorge G. Castañeda" keeps its initial).
		// "… en Madrid.Los ensayistas A, B": a copy may lose the space after a full stop.
		const stops = [...before.matchAll(/(?<=\p{Ll}{2}|["“”»›’)])[.!?]\s|:\s|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu)];
		const start = (stops[stops.length - 1]?.index ?? -1) + 1;
		const list = before
			.slice(start)
			// "… Redim y Reinserta son algunos de los nombres que firman la carta": the list ends at its verb.
			.replace(/\s+(?:son|sont|are|sind|sono|sao|são|were|eran|furono)\s+(?:\p{Ll}+\s*){0,8}$/u, "")
			.replace(/^\s*\p{Lu}{2,}[\p{Lu}\s]*\s+[-–—]\s+/u, "")
			.replace(/^\s*(anche|también|tambien|also|aussi|auch|ainda|inoltre|pure|ebenfalls)\s+/iu, "")
			// "Nomes como os infectologistas A e B, …": the names after "names such as".
			.replace(/^\s*(?:nomes|nombres|names|noms|nomi|namen)\s+(?:como|such as|like|comme|come|wie)\s+/iu, "")
			// "Thousands of stars including A, B and C have signed": the names after "including".
			.replace(
				/^[^,]{0,60}?\b(?:including|incluidos|incluidas|incluyendo|incluindo|dont|darunter|tra cui|tra i quali|among them)\s+(?=\p{Lu})/u,
				"",
			);
		const items = splitItems(list.trim())
			.map(nameFirst)
			.filter((item): item is string => item !== null && /\p{Lu}/u.test(item));
		if (items.length >= 2 && items.every((item) => isPersonLike(item.split(",")[0] ?? "") || /^\p{Lu}/u.test(item)))
			found.push(...items);
	}
	for (const [strict, list] of [
		[false, triggers],
		[true, strictTriggers],
	] as const)
		for (const trigger of list) {
			const global = new RegExp(trigger.source, "g");
			for (let match = global.exec(folded); match; match = global.exec(folded)) {
				lastTrigger = Math.max(lastTrigger, match.index + match[0].length);
				for (const item of listAfter(sentence, match.index + match[0].length, strict) ?? [])
					if (!found.includes(item)) found.push(item);
			}
		}
	// "… en sont signataires : A, … Tout comme les dirigeants des associations : B, fonction ; C, fonction."
	// Once a sentence has named signers, a later colon opening a list of people in it names more of them.
	// "Molti gli accademici tra cui A, B": once the text has named signers, "among them" names more.
	if (found.length >= 2) {
		const among = /\b(?:tra cui|among them|entre ellos|entre os quais|parmi lesquels|darunter)\s+(?=\p{Lu})/gu;
		among.lastIndex = lastTrigger;
		for (let match = among.exec(sentence); match; match = among.exec(sentence))
			for (const entry of listAfter(sentence, match.index + match[0].length, true) ?? [])
				if (!found.includes(entry) && isPersonLike(entry.split(",")[0] ?? "")) found.push(entry);
	}
	if (found.length >= 2)
		for (let colon = sentence.indexOf(": ", lastTrigger); colon >= 0; colon = sentence.indexOf(": ", colon + 2)) {
			const more = listAfter(sentence, colon + 1, true) ?? [];
			const people = more.filter((entry) => startsWithGivenName(entry) || isPersonLike(entry.split(",")[0] ?? ""));
			if (more.length >= 3 && people.length >= 0.8 * more.length)
				for (const entry of more) if (!found.includes(entry)) found.push(entry);
		}
	// "Além da UGT, vão aderir ao manifesto a CSB, …": the body named with "besides" signs too.
	const besides =
		/^(?:alem d[aoe]s?|ademas de(?:l| la| los| las)?|oltre (?:a|al|alla|ai|agli)|outre (?:la|le|les)?|neben (?:der|dem|den)|besides(?: the)?|in addition to(?: the)?)\s+([^,;:()]{1,60}),/u.exec(
			foldInPlace(sentence.trimStart()),
		);
	if (found.length >= 2 && besides?.[1]) {
		const offset = sentence.length - sentence.trimStart().length + besides[0].lastIndexOf(besides[1]);
		const name = sentence.slice(offset, offset + besides[1].length).trim();
		if (/^\p{Lu}/u.test(name) && !found.includes(name)) found.unshift(name);
	}
	return found.length >= 2 ? found : undefined;
}

function listAfter(sentence: string, from: number, strict: boolean): string[] | undefined {
	let start = from;
	const colon = sentence.indexOf(":", start);
	if (colon >= 0 && colon - start < 80) start = colon + 1;
	// "assinada pelos mais expressivos intelectuais …, tais como A, B": the list starts after "such as".
	const such =
		/^[^.:;()]{0,150}?\b(?:tais como|tales como|such as|including|tels que|come|wie|por exemplo,?|por ejemplo,?|par exemple,?|per esempio,?|zum beispiel,?|for example,?|tra cui|tra i quali|among them|entre ellos|entre ellas|entre os quais|parmi lesquels|darunter|liderad[oa]s por|encabezad[oa]s por|como)\s+(?=(?:(?:el|la|los|las|o|a|os|as)\s+)?(?:\p{Ll}+\s+){0,3}\p{Lu})/u.exec(
			sentence.slice(start),
		);
	if (such) start += such[0].length;
	// "les sept organisations de salariés (FO, CGT, … et FIDL) qui …": a group named, its members in brackets.
	const bracketed = /^[^.:;()]{0,100}?\(([^()]+)\)/u.exec(sentence.slice(start));
	if (!such && bracketed?.[1] && !/^\s*\p{Lu}/u.test(sentence.slice(start))) {
		const members = splitItems(bracketed[1]).filter((item) => /^\p{Lu}/u.test(item));
		if (members.length >= 3) return members;
	}
	// "los Diputados Jordi Pedret (PSC), …": a list starts with a name, or with a role and then a name.
	const opening = strict
		? /^\s*\p{Lu}/u
		: /^\s*(\(|["“„«]|(?:(?:el|la|los|las|the|o|a|os|as|der|die|das|il|lo|gli|i|le|les|l['’])\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Lu})/u;
	// "signed by, among others, A and B", "firmata, tra gli altri, da A e B": the phrase opens the list.
	start +=
		/^[\s,]*(?:(?:among others|entre otr[oa]s|entre autres|tra gli altri|unter anderem|u\.\s?a\.|entre outr[oa]s)[\s,]+)?/u.exec(
			sentence.slice(start),
		)?.[0].length ?? 0;
	if (!opening.test(sentence.slice(start))) return undefined;
	const end = sentenceEnd(sentence, start);
	const list = sentence
		.slice(start, end)
		// "The letter, signed by A, B and C, was sent to Prime Minister …": the list ends where the sentence's own
		// verb comes back after a comma; the people after it are addressed, not signing.
		.replace(clauseGoesOn, "")
		// "… and sent to Prime Minister …", "… y enviada al presidente …", "…, urges Keir Starmer to act", "…,
		// according to …": the sentence goes on with a verb of its own; the people after it did not sign.
		.replace(
			/\s(?:and|y|e|et|und|puis|ed|then)\s+(?:then\s+|luego\s+|depois\s+|poi\s+|ensuite\s+)?\p{Ll}{3,}\s+(?:to|al|a|à|ao|aos|an|au|aux|alla|ai|agli|for|por|para|per|pour|zu|by|with|con|avec|com|through|during)\s.*$/su,
			"",
		)
		.replace(
			/,\s+(?:urges?|calls? on|asks?|demands?|tells?|warns?|says|insists?|according to|pide|piden|exige|exigen|reclama|reclaman|pede|pedem|chiede|chiedono|fordert|fordern|appelle|demande|exhorta|segun|selon|secondo|laut|segundo)\b.*$/su,
			"",
		)
		// "…, entre otros que defienden que …": after "among others" the sentence says what they think; "hanno
		// firmato, tra gli altri, A e B": before the names, "among others" only opens the list.
		.replace(
			/^(.*?)[,\s]*\b(?:entre otr[oa]s|among others|entre autres|tra gli altri|unter anderem|entre outr[oa]s)\b,?(.*)$/su,
			(_, before: string, after: string) => (/\p{L}/u.test(before) ? before : after),
		)
		// "– darunter A, B … und viele regionale Organisationen – wollen …": the dash closes the list.
		.replace(/\s[–—]\s+\p{Ll}[^–—]*$/u, "")
		.replace(trailingRemark, "");
	const split = splitItems(trimListEdges(list));
	// "… von Verdi und der GEW und am Montag Bundeskanzler Olaf Scholz übergeben": an item that opens with a lower-case
	// preposition and ends with a lower-case verb is the sentence going on; the list ends before it.
	const clause = split.findIndex((item) => /^\p{Ll}+\s/u.test(item) && /\s\p{Ll}{4,}$/u.test(item) && !/,/.test(item));
	const items = (clause > 0 ? split.slice(0, clause) : split)
		.map((item) => item.replace(trailingRemark, ""))
		.map(nameFirst)
		.filter((item): item is string => item !== null && /\p{Lu}/u.test(item));
	return items.length >= 2 ? items : undefined;
}
