import { findDate } from "./date-parse.js";
import { isDateline, issuerFromTitle, readHeader } from "./document-header.js";
import type { DraftSection, DraftSignatory, ImportDraft, LineAccount } from "./import-draft.js";
import { issuingBody } from "./issuing-body.js";
import { detectLanguage } from "./language-detect.js";
import { isBodyProse } from "./line-shape.js";
import { namesInProse } from "./prose-lists.js";
import { signersInProse } from "./prose-signers.js";
import { readSection } from "./section-reading.js";
import { findSectionStarts, isCandidate } from "./section-starts.js";
import { account, type Entry, entriesOf, joinBody, type Ledger } from "./statement-entries.js";
import { guessKind } from "./statement-kind.js";
import { fold, normalizeText, wordsOf } from "./text-normalize.js";

/** Turns a statement pasted from a web page, PDF or e-mail into a draft for an organizer to review. */
export function importStatement(text: string): ImportDraft {
	const lines = normalizeText(text).split("\n");
	const ledger: Ledger = new Map();
	const entries = entriesOf(lines, ledger);
	const header = readHeader(entries.slice(0, 8));
	let bodyStart = 0;
	while (bodyStart < entries.length && header.consumed.has(entries[bodyStart]?.index ?? -1)) bodyStart++;

	const starts = findSectionStarts(entries, bodyStart, header.consumed);
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
		const section = readSection(entries, start, end, ledger, { bodyLines, unrecognized }, header.consumed);
		if (section) sections.push(section);
	});
	// Where no list is printed, the signers named in sentences: those a signing phrase introduces, then the runs
	// of names in sentences that speak of signing.
	// A "list" of one entry ("Manifesto Eleição sem Lula é fraude" under "leia o manifesto e a lista de
	// signatários:", where the copy broke off) does not say the text prints its signers: the prose may name them.
	const printed = sections.reduce((sum, section) => sum + section.signatories.length, 0) > 1;
	const named = printed ? undefined : signersInProse(entries, ledger, unrecognized);
	const inProse =
		printed || (named?.signatories.length ?? 0) >= 5 ? undefined : namesInProse(bodyLines, ledger, named?.signatories);
	if (named && inProse) {
		// In the order the text names them.
		// A name not found as printed (">>> 0" makes -1 the largest) goes last.
		const at = (signatory: DraftSignatory) => text.indexOf(signatory.name) >>> 0;
		named.signatories = [...named.signatories, ...inProse.signatories].sort((a, b) => at(a) - at(b));
	}
	const proseSection = named ?? inProse;
	if (proseSection) sections.push(proseSection);
	const issuing = sections.length === 0 ? issuingBody(bodyLines) : undefined;
	if (issuing) sections.push(issuing);

	for (const line of bodyLines) account(ledger, line, "body");
	for (const entry of entries) if (header.consumed.has(entry.index)) account(ledger, entry, "header");
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
	const printedLines = new Map(
		entries
			.filter((entry) => entry.joined)
			.map((entry) => [entry.text, [entry.index, ...(entry.joined ?? [])].map((index) => (lines[index] ?? "").trim())]),
	);
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
		// A joined entry ("A todos los afiliados de / CCOO y UGT") is listed as the lines it was printed on.
		unrecognized: unrecognized
			.flatMap((line) => printedLines.get(line) ?? [line])
			.filter((line) => wordsOf(line).length > 0 || line.trim() !== ""),
		accounting,
		missingList,
	};
}
