import { findDate } from "./date-parse.js";
import { isDateline, issuerFromTitle, readHeader } from "./document-header.js";
import type { DraftSection, DraftSignatory, ImportDraft, LineAccount } from "./import-draft.js";
import { junkRule } from "./junk-lines.js";
import { detectLanguage } from "./language-detect.js";
import { isBodyProse, isListLine, isProse } from "./line-shape.js";
import { type ListStyle, stripListMarker } from "./list-markers.js";
import { isPersonLike, isRoleText, personTitle } from "./person-names.js";
import { splitPersonRole, takePersonTitles } from "./person-role.js";
import { introducesSignatories, matchSectionHeading, type SectionHeading } from "./section-headings.js";
import { signersInSentence } from "./sentence-list.js";
import { parseSignatory, splitSignatoryEntry } from "./signatory-line.js";
import { guessKind } from "./statement-kind.js";
import { fold, normalizeText, wordsOf } from "./text-normalize.js";

interface Entry {
	index: number;
	text: string;
	/** A blank line stands between this entry and the previous one. */
	gapBefore: boolean;
	/** Further line indexes this entry was joined from (a name broken over two lines). */
	joined?: number[];
}

interface SectionStart {
	position: number;
	heading: SectionHeading;
	/** The start is the heading line itself, which is not an item. */
	headingLine: boolean;
}

// A name never ends in "de" or "of": the line was broken by a PDF or a narrow column.
const joiningWord =
	/\s(de|del|des|du|da|do|dos|das|di|della|degli|of|the|and|for|y|e|et|und|für|fur|von|der|la|le|los|las|en|pour|para|per|contra|entre)$/i;

function continuesOnNextLine(line: string, next: string): boolean {
	if (/\p{Ll}-$/u.test(line) && /^\p{Ll}/u.test(next)) return true;
	// A sentence broken mid-way: no closing punctuation, and the next line goes on in lower case.
	if (!/[.,;:!?)]$/.test(line) && /^\p{Ll}/u.test(next) && wordsOf(line).length >= 6) return true;
	return joiningWord.test(line) && /^[\p{L}(]/u.test(next) && line.length < 120;
}

/** What became of each line, by line index; filled as the import reads the text. */
type Ledger = Map<number, { as: LineAccount["as"]; rule: string | null }>;

function entriesOf(lines: readonly string[], ledger: Ledger): Entry[] {
	const entries: Entry[] = [];
	let gap = false;
	lines.forEach((raw, index) => {
		const line = raw.trim();
		if (line === "") {
			gap = true;
			return;
		}
		const rule = junkRule(line);
		if (rule) {
			ledger.set(index, { as: "furniture", rule });
			return;
		}
		const previous = entries[entries.length - 1];
		const text = line.replace(/\s{3,}/g, " ");
		if (previous && !gap && continuesOnNextLine(previous.text, text)) {
			// Both lines share one entry; the ledger sends the second line wherever the first one goes.
			previous.text = /\p{Ll}-$/u.test(previous.text)
				? `${previous.text.slice(0, -1)}${text}`
				: `${previous.text} ${text}`;
			previous.joined = [...(previous.joined ?? []), index];
			return;
		}
		entries.push({ index, text, gapBefore: gap });
		gap = false;
	});
	return entries;
}

/** "VÌCTOR FLORES PAILLACHEO" reads as a name too: two to four words, capitalized or all capitals. */
function looksLikePersonLine(text: string): boolean {
	// "Executive Secretary-Treasurer" is capitalized like a name but is a function.
	if (isRoleText(text) && !personTitle.test(text)) return false;
	const titled = takePersonTitles(text).name;
	if (isPersonLike(titled) || (personTitle.test(text) && wordsOf(titled).length >= 2 && !/[,;]/.test(titled)))
		return true;
	const words = titled.split(/\s+/);
	return (
		words.length >= 2 &&
		words.length <= 4 &&
		/^[\p{Lu}\s.'’-]+$/u.test(titled) &&
		isPersonLike(titled.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (first) => first.toUpperCase()))
	);
}

function isCandidate(text: string): boolean {
	const item = stripListMarker(text).text;
	if (isDateline(item)) return false;
	return !isBodyProse(item) && (item.length <= 300 || isListLine(item)) && /\p{L}{2,}/u.test(item);
}

function signatoryCount(text: string): number {
	return splitSignatoryEntry(stripListMarker(text).text).length;
}

/** The last run of name-like lines after the body has begun: a signatory list printed without a heading. */
function findHeadlessList(entries: readonly Entry[], from: number, to: number): number | undefined {
	let sawProse = false;
	let runStart: number | undefined;
	let best: number | undefined;
	const close = (end: number) => {
		if (runStart === undefined) return;
		const count = entries.slice(runStart, end).reduce((sum, entry) => sum + signatoryCount(entry.text), 0);
		const intro = entries[runStart - 1];
		const introducesBodyList = intro && /:\s*$/.test(intro.text) && !introducesSignatories(intro.text);
		if (count >= 3 && !introducesBodyList) best = runStart;
		runStart = undefined;
	};
	for (let position = from; position < to; position++) {
		const entry = entries[position];
		if (!entry) continue;
		if (isCandidate(entry.text) && (sawProse || position > from)) {
			if (runStart === undefined && sawProse) runStart = position;
		} else {
			close(position);
			if (isBodyProse(entry.text)) sawProse = true;
		}
	}
	close(to);
	// "Pilar del Rio, presidente da Fundação Saramago" closing the text: one signature, no heading.
	// A bracketed note under the signature ("(aqui a título pessoal …)") does not end the search.
	const note = entries[to - 1] && /^\(.*\)$/.test(entries[to - 1]?.text ?? "") ? 1 : 0;
	const last = entries[to - 1 - note];
	const lastName = last ? (stripListMarker(last.text).text.split(",")[0] ?? "") : "";
	if (best === undefined && runStart !== undefined) best = runStart;
	if (
		best === undefined &&
		to === entries.length &&
		last &&
		sawProse &&
		isCandidate(last.text) &&
		isPersonLike(lastName)
	)
		return to - 1 - note;
	if (best === undefined && !entries.slice(from, to).some((entry) => isBodyProse(entry.text))) {
		const count = entries.slice(from, to).reduce((sum, entry) => sum + signatoryCount(entry.text), 0);
		if (count >= 2) return from;
	}
	return best;
}

function joinBody(lines: readonly Entry[]): string {
	let body = "";
	let previous: Entry | undefined;
	for (const line of lines) {
		if (previous === undefined) body = line.text;
		else if (!line.gapBefore && !/[.!?:;]$/.test(previous.text) && /^\p{Ll}/u.test(line.text)) body += ` ${line.text}`;
		else body += `\n\n${line.text}`;
		previous = line;
	}
	return body;
}

function looksLikeBareName(name: string): boolean {
	const words = name.split(/\s+/);
	return (
		words.length >= 2 && words.length <= 4 && isPersonLike(name.replace(/^\p{Ll}/u, (first) => first.toUpperCase()))
	);
}

/** "Jordi Pedret (PSC)": for a person, the acronym in brackets is the body they belong to, not their own. */
function movePersonAcronym(signatory: DraftSignatory): void {
	if (signatory.kind !== "individual" || !signatory.abbreviation) return;
	signatory.organization = signatory.organization ?? signatory.abbreviation;
	signatory.abbreviation = null;
}

const styleOrder: readonly ListStyle[] = ["numbered", "bulleted", "plain"];

/** Turns a statement pasted from a web page, PDF or e-mail into a draft for an organizer to review. */
export function importStatement(text: string): ImportDraft {
	const lines = normalizeText(text).split("\n");
	const ledger: Ledger = new Map();
	const entries = entriesOf(lines, ledger);
	const account = (entry: Entry | undefined, as: LineAccount["as"]) => {
		if (entry && !ledger.has(entry.index)) ledger.set(entry.index, { as, rule: null });
	};
	const header = readHeader(entries.slice(0, 8));
	let bodyStart = 0;
	while (bodyStart < entries.length && header.consumed.has(entries[bodyStart]?.index ?? -1)) bodyStart++;

	const starts: SectionStart[] = [];
	for (let position = bodyStart; position < entries.length; position++) {
		const entry = entries[position];
		if (!entry || header.consumed.has(entry.index)) continue;
		const heading = matchSectionHeading(entry.text);
		if (heading) starts.push({ position, heading, headingLine: true });
	}
	const firstHeading = starts[0]?.position ?? entries.length;
	const headless = findHeadlessList(entries, bodyStart, firstHeading);
	if (headless !== undefined)
		starts.unshift({
			position: headless,
			heading: { heading: null, inline: null, individuals: false },
			headingLine: false,
		});

	const bodyLines: Entry[] = [];
	const unrecognized: string[] = [];
	const sections: DraftSection[] = [];
	const listStart = starts[0]?.position ?? entries.length;
	for (let position = bodyStart; position < listStart; position++) {
		const entry = entries[position];
		if (entry && !header.consumed.has(entry.index)) bodyLines.push(entry);
	}

	starts.forEach((start, number) => {
		const end = starts[number + 1]?.position ?? entries.length;
		const signatories: DraftSignatory[] = [];
		const styles = new Map<ListStyle, number>();
		let pendingProse: Entry[] = [];
		let previous: DraftSignatory | undefined;
		let previousPositional: Entry | undefined;
		const individuals = start.heading.individuals;
		const read = (entry: Entry, item: string, style: ListStyle): boolean => {
			if (
				previous &&
				previousPositional &&
				!entry.gapBefore === !previousPositional.gapBefore &&
				isRoleText(item) &&
				!isListLine(item) &&
				wordsOf(item).length <= 14 &&
				(previous.kind === "individual" || isPersonLike(previous.name)) &&
				(previous.role === null || /\p{Ll}/u.test(item.charAt(0)))
			) {
				const role = item.replace(/[\s;,]+$/, "");
				previous.role = previous.role ? `${previous.role} ${role}` : role;
				previous.kind = "individual";
				Object.assign(previous, splitPersonRole(previous.role, previous.title ? [previous.title] : []));
				previous.asWritten = `${previous.asWritten}\n${item}`;
				return true;
			}
			let found = 0;
			for (const part of splitSignatoryEntry(item)) {
				const signatory = parseSignatory(part, individuals);
				if (!signatory) continue;
				signatories.push(signatory);
				previous = signatory;
				found++;
			}
			if (found === 0) unrecognized.push(entry.text);
			else styles.set(style, (styles.get(style) ?? 0) + found);
			return found > 0;
		};
		if (start.heading.inline) {
			const entry = entries[start.position];
			if (entry) read(entry, start.heading.inline, "plain");
		}
		if (start.headingLine) account(entries[start.position], "heading");
		for (let position = start.position + (start.headingLine ? 1 : 0); position < end; position++) {
			const entry = entries[position];
			if (!entry) continue;
			const { text: item, style } = stripListMarker(entry.text);
			const note = /^\(.*\)$/.test(item) && wordsOf(item).length >= 4;
			if (isProse(item) || isDateline(item) || note || (/:\s*$/.test(item) && wordsOf(item).length >= 2)) {
				pendingProse.push(entry);
				continue;
			}
			if (pendingProse.length > 0) {
				unrecognized.push(...pendingProse.map((line) => line.text));
				for (const line of pendingProse) account(line, "unrecognized");
				pendingProse = [];
			}
			// A signature block: a name line, then one to three lines of function and organization, then a gap.
			const block: Entry[] = [];
			for (let next = position + 1; next < end && block.length < 3; next++) {
				const line = entries[next];
				if (!line || line.gapBefore || looksLikePersonLine(stripListMarker(line.text).text)) break;
				block.push(line);
			}
			const afterBlock = entries[position + block.length + 1];
			const closesBlock = !afterBlock || afterBlock.gapBefore || position + block.length + 1 >= end;
			const twoColumnPeople = block.length === 1 && looksLikePersonLine(stripListMarker(afterBlock?.text ?? "").text);
			if (block.length > 0 && looksLikePersonLine(item) && (closesBlock || twoColumnPeople)) {
				const person = parseSignatory(item, true);
				if (person) {
					const role = block.map((line) => stripListMarker(line.text).text.replace(/[,;]\s*$/, "")).join(", ");
					person.kind = "individual";
					person.role = role;
					Object.assign(person, splitPersonRole(role, person.title ? [person.title] : []));
					person.asWritten = [entry, ...block].map((line) => line.text).join("\n");
					signatories.push(person);
					previous = person;
					styles.set(style, (styles.get(style) ?? 0) + 1);
					for (const line of [entry, ...block]) account(line, "signatory");
					position += block.length;
					previousPositional = block[block.length - 1];
					continue;
				}
			}
			account(entry, read(entry, item, style) ? "signatory" : "unrecognized");
			previousPositional = entry;
		}
		bodyLines.push(...pendingProse);
		if (signatories.length === 0) {
			const line = entries[start.position];
			// A heading with no list under it ("Aluvión de adhesiones …") is a sentence of the text.
			if (start.headingLine && line) {
				bodyLines.push(line);
				ledger.set(line.index, { as: "body", rule: null });
			}
			return;
		}
		// In a list of people, a bare name ("Hervé Heurtebize") is a person too.
		const people = signatories.filter((signatory) => signatory.kind === "individual").length;
		const bareNames = signatories.filter(
			(signatory) => !signatory.abbreviation && !signatory.country && looksLikeBareName(signatory.name),
		).length;
		if (people >= 0.6 * signatories.length || bareNames >= 0.7 * signatories.length)
			// In a list of people, "Marie-Laurence Bertrand (CGT)" is a person of the CGT.
			for (const signatory of signatories)
				if (!signatory.country && looksLikeBareName(signatory.name)) signatory.kind = "individual";
		for (const signatory of signatories) movePersonAcronym(signatory);
		const listStyle = styleOrder.reduce((best, style) =>
			(styles.get(style) ?? 0) > (styles.get(best) ?? 0) ? style : best,
		);
		sections.push({ heading: start.heading.heading, listStyle, signatories });
	});

	// Signers named in a sentence ("La nota è firmata da …: A, B, C"), each once even if a list repeats them.
	const known = new Set(sections.flatMap((section) => section.signatories.map((signatory) => fold(signatory.name))));
	const named: DraftSignatory[] = [];
	const proseLines = entries.filter((entry) => {
		const use = ledger.get(entry.index)?.as;
		return use === undefined || use === "unrecognized" || use === "body";
	});
	for (const line of proseLines) {
		const items = signersInSentence(line.text);
		if (!items) continue;
		const parsed = items.map((item) => parseSignatory(item)).filter((item): item is DraftSignatory => !!item);
		const persons = parsed.filter(
			(item) => looksLikeBareName(item.name.split(",")[0] ?? "") || item.kind === "individual",
		);
		const mostlyPeople = persons.length >= 0.6 * parsed.length;
		for (const signatory of parsed) {
			if (known.has(fold(signatory.name))) continue;
			if (mostlyPeople && (!signatory.abbreviation || looksLikeBareName(signatory.name)) && /\s/.test(signatory.name))
				signatory.kind = "individual";
			if (signatory.kind === "individual") {
				const titled = takePersonTitles(signatory.name);
				signatory.name = titled.name || signatory.name;
				Object.assign(signatory, splitPersonRole(signatory.role, titled.titles));
			}
			movePersonAcronym(signatory);
			known.add(fold(signatory.name));
			named.push(signatory);
		}
		ledger.set(line.index, { as: "signatory", rule: null });
		const listed = unrecognized.indexOf(line.text);
		if (listed >= 0) unrecognized.splice(listed, 1);
	}
	if (named.length > 0) sections.push({ heading: null, listStyle: "plain", signatories: named });

	for (const line of bodyLines) account(line, "body");
	for (const entry of entries) if (header.consumed.has(entry.index)) account(entry, "header");
	// Whatever no step claimed is shown as unrecognized: a line is never dropped without a word.
	for (const entry of entries)
		if (!ledger.has(entry.index)) {
			ledger.set(entry.index, { as: "unrecognized", rule: null });
			unrecognized.push(entry.text);
		}
	for (const entry of entries)
		for (const index of entry.joined ?? []) {
			const use = ledger.get(entry.index);
			if (use) ledger.set(index, use);
		}
	const accounting: LineAccount[] = [...ledger.entries()]
		.sort(([a], [b]) => a - b)
		.map(([index, use]) => ({ line: index + 1, text: (lines[index] ?? "").trim(), as: use.as, rule: use.rule }));
	const expectsList =
		/\b(sign|firm|signat|assin|unterzeichn|unterschr|aderi|adhe|subscr|suscri|endors|undersigned)/.test(fold(text));
	const missingList =
		sections.length === 0 && expectsList
			? {
					candidates: bodyLines
						.filter((line) => isCandidate(line.text) && !isBodyProse(line.text))
						.map((line) => line.text)
						.slice(0, 12),
				}
			: null;

	const body = joinBody(bodyLines);
	// A short title that is only a byline and a date ("Resumen Latinoamericano, 14 abril 2020") dates the text.
	const datelineDate = entries.find(
		(entry) => isDateline(entry.text) && (entry.text !== header.title || wordsOf(entry.text).length <= 6),
	)?.text;
	const issuer = header.issuer ?? issuerFromTitle(header.title) ?? sections[0]?.signatories[0]?.name ?? "";
	return {
		title: header.title,
		date: header.date ?? (datelineDate ? (findDate(datelineDate) ?? null) : null),
		language: detectLanguage(
			[header.title, body, ...sections.flatMap((section) => section.signatories.map((s) => s.asWritten))].join("\n"),
		),
		issuer,
		kind: guessKind(
			entries
				.filter((entry) => header.consumed.has(entry.index))
				.map((entry) => entry.text)
				.join("\n") || header.title,
		),
		body,
		sections,
		unrecognized: unrecognized.filter((line) => wordsOf(line).length > 0 || line.trim() !== ""),
		accounting,
		missingList,
	};
}
