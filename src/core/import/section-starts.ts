import { isDateline } from "./document-header.js";
import { notASignatory } from "./entry-filters.js";
import { isPeopleInSentences } from "./entry-stops.js";
import { isBodyProse, isListLine } from "./line-shape.js";
import { stripListMarker } from "./list-markers.js";
import { isPersonLike, isRoleText, opensWithPerson, organizationWord } from "./person-names.js";
import {
	introducesDemands,
	introducesSignatories,
	matchSectionHeading,
	type SectionHeading,
	speaksOfPeople,
} from "./section-headings.js";
import { splitSignatoryEntry } from "./signatory-entry.js";
import type { Entry } from "./statement-entries.js";

export interface SectionStart {
	position: number;
	heading: SectionHeading;
	/** The start is the heading line itself, which is not an item. */
	headingLine: boolean;
}

// "La readmisión de los despedidos", "L'arrêt immédiat des expulsions": an article, then a common noun, opens a
// demand or a heading; a body's name goes on with a capital after its article. A line that runs a list on after
// a colon ("The following 20 unions have endorsed …: USW, UAW, …") is judged by its list.
const articleThenNoun =
	/^(?:(?:le|la|les|un|une|des|el|los|las|una|il|lo|gli|the|a|an|der|die|das|ein|eine|o|os|as|um|uma)\s+|l['’])\p{Ll}/u;
// "Parce que la réforme est injuste", "Because wages are falling": a reason, a clause of the text.
const reasonClause = /^(?:because|since|parce que|parce qu['’]|porque|perche|perché|poiche|poiché|weil|denn|pois)\s/u;

export function isCandidate(text: string): boolean {
	const item = stripListMarker(text).text;
	const lowered = item.replace(/^\p{Lu}/u, (first) => first.toLowerCase());
	const demandLike = (!/[,;:]/.test(item) && articleThenNoun.test(lowered)) || reasonClause.test(lowered);
	if (isDateline(item) || demandLike || notASignatory(item) || (/:\s*$/.test(item) && introducesDemands(item)))
		return false;
	return !isBodyProse(item) && (item.length <= 300 || isListLine(item)) && /\p{L}{2,}/u.test(item);
}

const documentWord =
	/\b(?:statement|declaration|letter|appeal|resolution|communiqu[eé]|manifest[oe]?|petition|d[eé]claration|lettre|appel|declaraci[oó]n|carta|comunicado|manifiesto|erkl[aä]rung|aufruf|brief|appello|lettera|comunicato|dichiarazione|apelo|nota)\b/iu;

/** Three or more bodies' acronyms joined by dashes, most of them in capitals: "CGT – FO – Solidaires – FSU". */
function isAcronymMasthead(text: string): boolean {
	const parts = text.trim().split(/\s*[–—]\s*|\s+-\s+/);
	if (parts.length < 3 || !parts.every((part) => /^\p{Lu}[\p{L}\p{N}&/'’-]{1,14}$/u.test(part))) return false;
	return parts.filter((part) => /^[\p{Lu}\p{N}&/'’-]+$/u.test(part)).length * 2 >= parts.length;
}

function signatoryCount(text: string): number {
	return splitSignatoryEntry(stripListMarker(text).text).length;
}

/** The last run of name-like lines after the body has begun: a signatory list printed without a heading. */
function findHeadlessList(entries: readonly Entry[], from: number, to: number): number | undefined {
	let sawProse = false;
	let runStart: number | undefined;
	let best: number | undefined;
	// A run right after a sentence that speaks of signing ("We, the undersigned, urge …") is the list, though
	// headlines or a menu printed after the closing paragraph make a later run.
	let announced: number | undefined;
	const close = (end: number) => {
		if (runStart === undefined) return;
		const run = entries.slice(runStart, end);
		const count = run.reduce((sum, entry) => sum + signatoryCount(entry.text), 0);
		// "Diese Wahnsinnstat Einzelner darf" / "nicht zu einem Bündnisfall militärischer" / "werden.": a sentence
		// broken into short lines, a third or more of the run's entries on lines that open in lower case, as names
		// and bodies do not. A role under a person's name ("Vagner Freitas," / "presidente da CUT") is no fragment.
		const lowerOpened = run
			.filter(
				(entry, index) =>
					/^\p{Ll}/u.test(stripListMarker(entry.text).text) &&
					!isPersonLike(stripListMarker(run[index - 1]?.text ?? "").text.replace(/[,;:]\s*$/, "")),
			)
			.reduce((sum, entry) => sum + signatoryCount(entry.text), 0);
		const intro = entries[runStart - 1];
		const introducesBodyList =
			intro && /:\s*$/.test(intro.text) && (!introducesSignatories(intro.text) || introducesDemands(intro.text));
		if (count >= 3 && !introducesBodyList && lowerOpened * 3 < count) {
			best = runStart;
			if (intro && isBodyProse(intro.text) && !/:\s*$/.test(intro.text) && introducesSignatories(intro.text))
				announced = runStart;
		}
		runStart = undefined;
	};
	for (let position = from; position < to; position++) {
		const entry = entries[position];
		if (!entry) continue;
		// "… ha visto finora le seguenti adesioni:" over one long paragraph of entries: the paragraph is the list,
		// however long, when it parts into three or more.
		const intro = entries[position - 1]?.text ?? "";
		const announcedList =
			/:\s*$/.test(intro) &&
			introducesSignatories(intro) &&
			!introducesDemands(intro) &&
			!isDateline(entry.text) &&
			signatoryCount(entry.text) >= 3;
		if (
			(isCandidate(entry.text) || announcedList || isPeopleInSentences(entry.text)) &&
			(sawProse || position > from)
		) {
			if (runStart === undefined && sawProse) runStart = position;
		} else {
			close(position);
			if (isBodyProse(entry.text)) sawProse = true;
		}
	}
	close(to);
	if (announced !== undefined) best = announced;
	// "Elke Dieter, Braunschweig", "Kurt Dockhorn. Braunschweig" …: five or more people printed before the text
	// begins are its signatories, when no list follows it.
	// A paragraph of people, one sentence each, before the text: its signatories.
	if (best === undefined && isPeopleInSentences(entries[from]?.text ?? "")) return from;
	if (best === undefined) {
		let lead = from;
		while (lead < to && isCandidate(entries[lead]?.text ?? "") && !isBodyProse(entries[lead]?.text ?? "")) lead++;
		const leading = entries.slice(from, lead);
		const people = leading.filter((entry) => opensWithPerson(stripListMarker(entry.text).text));
		if (leading.length >= 5 && people.length >= 0.8 * leading.length) return from;
	}
	// "A. Philip Randolph Institute" / "Asian Pacific American Labor Alliance" / … over the text's first paragraph:
	// four or more lines, most of them naming a body, printed right before the text begins are its signers. A line
	// naming a document ("Inter-Union statement of 8 November") is a headline, however many unions it names.
	const textAt = entries.findIndex((entry, position) => position >= from && isBodyProse(entry.text));
	if (best === undefined && textAt > from) {
		const body = (position: number) => {
			const text = stripListMarker(entries[position]?.text ?? "").text;
			return organizationWord(text) && !documentWord.test(text) && !/:\s*$/.test(text);
		};
		let lead = textAt;
		while (lead > from && isCandidate(entries[lead - 1]?.text ?? "")) lead--;
		while (lead < textAt && !body(lead)) lead++;
		const run = entries.slice(lead, textAt);
		const bodies = run.filter((_, offset) => body(lead + offset)).length;
		const repeated = new Set(run.map((entry) => entry.text)).size < run.length;
		if (run.length >= 4 && bodies >= 0.75 * run.length && !repeated) return lead;
	}
	// "Pilar del Rio, presidente da Fundação Saramago" closing the text: one signature, no heading.
	// A bracketed note under the signature ("(aqui a título pessoal …)") does not end the search.
	const note = entries[to - 1] && /^\(.*\)$/.test(entries[to - 1]?.text ?? "") ? 1 : 0;
	const last = entries[to - 1 - note];
	const lastName = last ? (stripListMarker(last.text).text.split(",")[0] ?? "") : "";
	if (best === undefined && runStart !== undefined) best = runStart;
	// "CFDT – CFE-CGC – CFTC – CGT – FSU – SOLIDAIRES – UNSA" over a joint communiqué: its signers, printed as a
	// masthead before the text begins.
	if (best === undefined) {
		const masthead = entries.slice(from, to).findIndex((entry) => isAcronymMasthead(entry.text));
		if (masthead >= 0 && !entries.slice(from, from + masthead).some((entry) => isBodyProse(entry.text)))
			return from + masthead;
	}
	// "Lloyd Cameron" / "Secretary, AFSCME 209", "Catherine Lebrun" / "Union syndicale Solidaires": a closing
	// signature whose role or body line stands apart.
	const nameAbove = entries[to - 2 - note];
	const lastText = stripListMarker(last?.text ?? "").text;
	// "Elke Ferner" / "Vorsitzende UN Women Deutschland" over "Mitunterzeichnerinnen": the text's own signature
	// closes it, before the list of those who signed with her as at its end.
	if (
		best === undefined &&
		(to === entries.length || isRoleText(lastText)) &&
		last &&
		nameAbove &&
		sawProse &&
		(isRoleText(lastText) || (organizationWord(lastText) && !isBodyProse(lastText) && !/[.:]$/.test(lastText))) &&
		!/,/.test(nameAbove.text) &&
		isPersonLike(stripListMarker(nameAbove.text).text)
	)
		return to - 2 - note;
	if (
		best === undefined &&
		to === entries.length &&
		last &&
		sawProse &&
		isCandidate(last.text) &&
		isPersonLike(lastName)
	) {
		// "Vagner Freitas, presidente da CUT" over "Ricardo Patah, presidente da UGT": the signatures before the last
		// one, each a person, are the closing's too.
		let first = to - 1 - note;
		const personAt = (position: number) =>
			isCandidate(entries[position]?.text ?? "") &&
			isPersonLike(stripListMarker(entries[position]?.text ?? "").text.split(",")[0] ?? "");
		while (first - 1 >= from && personAt(first - 1)) first--;
		return first;
	}
	// A text that is only a list: with no prose and no heading, its lines are the signatories. Short lines with no
	// prose above a heading ("Trade unions call for a ceasefire", "Published by the TUC") are the page's subtitle.
	if (
		best === undefined &&
		to === entries.length &&
		!entries.slice(from, to).some((entry) => isBodyProse(entry.text))
	) {
		const count = entries.slice(from, to).reduce((sum, entry) => sum + signatoryCount(entry.text), 0);
		if (count >= 2) return from;
	}
	return best;
}

/**
 * "Estas son las 21 entidades ciudadanas que … han expresado su apoyo a la manifestación:- A- B- …": a sentence that
 * speaks of signing or support, a colon, and three or more entries run on after it on the same line, bulleted or
 * parted by dashes.
 */
function inlineListHeading(text: string): SectionHeading | undefined {
	const match = /^([^:]{10,240}):\s*(\S.*)$/u.exec(text.trim());
	const [head = "", list = ""] = [match?.[1]?.trim(), match?.[2]];
	if (!match || !introducesSignatories(head) || introducesDemands(`${head}:`)) return undefined;
	// Names parted by commas after a sentence's colon are the sentence's, read with the prose around it; bullets
	// or dashes run on after it are a list printed on the same line.
	// "dirigeant·e·s": a middle dot inside a word is French inclusive writing, not a bullet.
	if (!/(?:^|\s)[•·]\s|(?:^|\S)[-–—]\s/u.test(list) || splitSignatoryEntry(list).length < 3) return undefined;
	return { heading: head, inline: list, individuals: speaksOfPeople(head) };
}

/** Where each list begins: every section heading, and before the first one a list printed without a heading. */
export function findSectionStarts(
	entries: readonly Entry[],
	bodyStart: number,
	consumed: ReadonlySet<number>,
): SectionStart[] {
	const starts: SectionStart[] = [];
	const proseAt = entries.findIndex((entry) => isBodyProse(entry.text));
	const firstProse = proseAt < 0 ? entries.length : proseAt;
	for (let position = bodyStart; position < entries.length; position++) {
		const entry = entries[position];
		if (!entry || consumed.has(entry.index)) continue;
		const heading = matchSectionHeading(entry.text) ?? inlineListHeading(entry.text);
		if (!heading) continue;
		// A page that prints its headline twice ("Carta … já soma quase 700 mil assinaturas", then the same over
		// the article) speaks of signatures in a headline, not over a list.
		const printedTwice = [-2, -1, 1, 2].some((step) => entries[position + step]?.text === entry.text);
		// "Home / The letter / Signatories / Sign": a menu above the text names the page's list as a link; the
		// heading that heads it comes again after the text has begun.
		const menuLink = position < firstProse && entries.slice(position + 1).some((after) => after.text === entry.text);
		if (printedTwice || menuLink) continue;
		starts.push({ position, heading, headingLine: true });
	}
	const firstHeading = starts[0]?.position ?? entries.length;
	const headless = findHeadlessList(entries, bodyStart, firstHeading);
	if (headless !== undefined)
		starts.unshift({
			position: headless,
			heading: { heading: null, inline: null, individuals: false },
			headingLine: false,
		});
	return starts;
}
