import { findDate } from "./date-parse.js";
import { isDateline, issuerFromTitle, readHeader } from "./document-header.js";
import type { DraftSection, DraftSignatory, ImportDraft } from "./import-draft.js";
import { isJunkLine } from "./junk-lines.js";
import { detectLanguage } from "./language-detect.js";
import { isBodyProse, isListLine, isProse } from "./line-shape.js";
import { type ListStyle, stripListMarker } from "./list-markers.js";
import { isPersonLike, isRoleText } from "./person-names.js";
import { introducesSignatories, matchSectionHeading, type SectionHeading } from "./section-headings.js";
import { parseSignatory, splitSignatoryEntry } from "./signatory-line.js";
import { guessKind } from "./statement-kind.js";
import { normalizeText, wordsOf } from "./text-normalize.js";

interface Entry {
	index: number;
	text: string;
	/** A blank line stands between this entry and the previous one. */
	gapBefore: boolean;
}

interface SectionStart {
	position: number;
	heading: SectionHeading;
	/** The start is the heading line itself, which is not an item. */
	headingLine: boolean;
}

function entriesOf(text: string): Entry[] {
	const entries: Entry[] = [];
	let gap = false;
	normalizeText(text)
		.split("\n")
		.forEach((raw, index) => {
			const line = raw.trim();
			if (line === "") {
				gap = true;
				return;
			}
			if (isJunkLine(line)) return;
			entries.push({ index, text: line.replace(/\s{3,}/g, " "), gapBefore: gap });
			gap = false;
		});
	return entries;
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

const styleOrder: readonly ListStyle[] = ["numbered", "bulleted", "plain"];

/** Turns a statement pasted from a web page, PDF or e-mail into a draft for an organizer to review. */
export function importStatement(text: string): ImportDraft {
	const entries = entriesOf(text);
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
		const read = (entry: Entry, item: string, style: ListStyle) => {
			if (
				previous &&
				previousPositional &&
				!entry.gapBefore === !previousPositional.gapBefore &&
				isRoleText(item) &&
				(previous.kind === "individual" || isPersonLike(previous.name)) &&
				(previous.role === null || /\p{Ll}/u.test(item.charAt(0)))
			) {
				const role = item.replace(/[\s;,]+$/, "");
				previous.role = previous.role ? `${previous.role} ${role}` : role;
				previous.kind = "individual";
				previous.asWritten = `${previous.asWritten}\n${item}`;
				return;
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
		};
		if (start.heading.inline) {
			const entry = entries[start.position];
			if (entry) read(entry, start.heading.inline, "plain");
		}
		for (let position = start.position + (start.headingLine ? 1 : 0); position < end; position++) {
			const entry = entries[position];
			if (!entry) continue;
			const { text: item, style } = stripListMarker(entry.text);
			if (isProse(item) || isDateline(item)) {
				pendingProse.push(entry);
				continue;
			}
			if (pendingProse.length > 0) {
				unrecognized.push(...pendingProse.map((line) => line.text));
				pendingProse = [];
			}
			read(entry, item, style);
			previousPositional = entry;
		}
		bodyLines.push(...pendingProse);
		if (signatories.length === 0) {
			const line = entries[start.position];
			// A heading with no list under it ("Aluvión de adhesiones …") is a sentence of the text.
			if (start.headingLine && line) bodyLines.push(line);
			return;
		}
		// In a list of people, a bare name ("Hervé Heurtebize") is a person too.
		const people = signatories.filter((signatory) => signatory.kind === "individual").length;
		if (people >= 0.6 * signatories.length)
			for (const signatory of signatories)
				if (!signatory.abbreviation && !signatory.country && looksLikeBareName(signatory.name))
					signatory.kind = "individual";
		const listStyle = styleOrder.reduce((best, style) =>
			(styles.get(style) ?? 0) > (styles.get(best) ?? 0) ? style : best,
		);
		sections.push({ heading: start.heading.heading, listStyle, signatories });
	});

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
	};
}
