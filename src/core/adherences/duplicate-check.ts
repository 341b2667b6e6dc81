import { distance } from "fastest-levenshtein";
import { DuplicateMemo } from "./duplicate-memo.js";
import { ListedText } from "./listed-text.js";
import { normalizeName } from "./normalize-name.js";

export interface ListedSignatory {
	ref: string;
	label: string;
	name: string;
	abbreviation?: string;
	nameEn?: string;
	country?: string;
}

export type DuplicateVerdict =
	| { kind: "none" }
	| { kind: "duplicate"; match: ListedSignatory }
	| { kind: "near"; match: ListedSignatory };

interface Candidate {
	name: string;
	abbreviation?: string;
	country?: string;
}

/** A normalized form of the candidate's name, with what is needed to rule a listed name out cheaply. */
interface Form {
	text: string;
	counts: Int32Array;
	/** The buckets where counts is not zero, so that comparing skips the rest. */
	buckets: number[];
	/** One bit for each letter present, to rule out containment before counting. */
	mask: number;
	/** Whether similarity and containment count for this form, not only an exact match or a typo. */
	near: boolean;
}

type Strength = "duplicate" | "near" | "none";

// Below this a one-letter difference is another organization ("PCT" and "PCR"), not a typo.
const MIN_TYPO_LENGTH = 5;
const NEAR_SIMILARITY = 0.8;
const MIN_CONTAINED_LENGTH = 6;
const MAX_LEADING_ABBREVIATION_WORDS = 3;

/**
 * Is this organization already on the list? A duplicate is told "already signed"; a near match is accepted
 * as pending and flagged to the organizers.
 *
 * Each listed name is measured (normalized length, letters present) without building its normalized form,
 * and only names those measures cannot rule out are counted, normalized and compared. The measures are kept
 * in `memo` between calls; without one (a single check) they are made for this call.
 */
export function checkDuplicate(
	candidate: Candidate,
	listed: readonly ListedSignatory[],
	memo: DuplicateMemo = new DuplicateMemo(),
): DuplicateVerdict {
	const key = `${candidate.name}\u0000${candidate.abbreviation ?? ""}\u0000${candidate.country ?? ""}`;
	const kept = memo.verdict(listed, key);
	if (kept) return kept;
	const verdict = checkAgainstList(candidate, listed, memo);
	memo.keepVerdict(listed, key, verdict);
	return verdict;
}

function checkAgainstList(
	candidate: Candidate,
	listed: readonly ListedSignatory[],
	memo: DuplicateMemo,
): DuplicateVerdict {
	const name = normalizeName(candidate.name);
	const abbreviation = candidate.abbreviation === undefined ? "" : normalizeName(candidate.abbreviation);
	const folds = memo.folds;
	const candidateAbbreviations = [name, abbreviation].filter((text) => text !== "");
	const abbreviationLengths = candidateAbbreviations.map((text) => text.length);
	const forms: Form[] = [];
	const addForm = (text: string, near: boolean) => {
		if (text !== "" && !forms.some((form) => form.text === text)) {
			const measured = new ListedText(folds);
			measured.reset(text);
			const counts = measured.counts();
			const buckets = [...counts.keys()].filter((bucket) => counts[bucket] !== 0);
			forms.push({ text, counts, buckets, mask: measured.mask, near });
		}
	};
	addForm(name, true);
	for (const stripped of withoutLeadingAbbreviation(candidate.name, listed, memo)) addForm(stripped, true);
	// Only an exact match or a typo counts for the abbreviated form: names behind one abbreviation look alike.
	if (abbreviation !== "" && name !== "") addForm(abbreviation + name, false);
	if (forms.length === 0 && candidateAbbreviations.length === 0) return { kind: "none" };

	let near: ListedSignatory | undefined;
	for (const signatory of listed) {
		const measured = memo.of(signatory);
		const sameCountry = countriesAgree(candidate.country, signatory.country);
		let strength: Strength = "none";
		const acronym = measured.acronym;
		// Lists such as "PML Peru" give only the acronym; taken as a name it would make every party with
		// that acronym in any country a duplicate.
		const listedAbbreviation = measured.abbreviation ?? (acronym ? measured.name : undefined);
		if (
			listedAbbreviation !== undefined &&
			abbreviationLengths.includes(listedAbbreviation.length) &&
			candidateAbbreviations.includes(listedAbbreviation.value())
		) {
			// Parties in different countries share abbreviations ("PML" in Peru and elsewhere).
			strength = sameCountry ? "duplicate" : "near";
		}
		if (strength !== "duplicate" && !acronym) {
			strength = stronger(strength, compareName(forms, measured.name, near === undefined, sameCountry));
			if (strength !== "duplicate" && measured.abbreviation !== undefined)
				strength = stronger(strength, compareAbbreviatedName(forms, measured.abbreviation, measured.name, sameCountry));
		}
		if (strength !== "duplicate" && measured.nameEn !== undefined) {
			const wantNear = near === undefined && strength === "none";
			strength = stronger(strength, compareName(forms, measured.nameEn, wantNear, sameCountry));
		}
		// Entries are visited in list order, so the first duplicate is the answer.
		if (strength === "duplicate") return { kind: "duplicate", match: signatory };
		if (strength === "near" && near === undefined) near = signatory;
	}
	return near === undefined ? { kind: "none" } : { kind: "near", match: near };
}

function compareName(forms: readonly Form[], listed: ListedText, wantNear: boolean, sameCountry: boolean): Strength {
	if (listed.length === 0) return "none";
	let strength: Strength = "none";
	for (const form of forms) {
		const shorter = Math.min(form.text.length, listed.length);
		const longer = Math.max(form.text.length, listed.length);
		const gap = longer - shorter;
		const typoLimit = shorter >= 12 ? 2 : shorter >= MIN_TYPO_LENGTH ? 1 : 0;
		const nearLimit = Math.floor(longer * (1 - NEAR_SIMILARITY) + 1e-9);
		const checkNear = wantNear && form.near && strength === "none";
		let maybeTypo = gap <= typoLimit;
		let maybeSimilar = checkNear && gap <= nearLimit;
		let maybeContained =
			checkNear &&
			shorter >= MIN_CONTAINED_LENGTH &&
			((form.mask & ~listed.mask) === 0 || (listed.mask & ~form.mask) === 0);
		if (!maybeTypo && !maybeSimilar && !maybeContained) continue;
		// A letter one text has and the other lacks takes an edit at least; the masks say so before the
		// letters are counted, which would read the listed text's counts from memory.
		const maskBound = Math.max(bitCount(form.mask & ~listed.mask), bitCount(listed.mask & ~form.mask));
		maybeTypo &&= maskBound <= typoLimit;
		maybeSimilar &&= maskBound <= nearLimit;
		if (!maybeTypo && !maybeSimilar && !maybeContained) continue;
		// Each edit removes at most one letter's surplus on one side and one letter's shortfall on the other,
		// so the larger of the two bounds the edit distance from below.
		const counts = listed.counts();
		let common = 0;
		for (const bucket of form.buckets) common += Math.min(form.counts[bucket] ?? 0, counts[bucket] ?? 0);
		const surplus = form.text.length - common;
		const shortfall = listed.length - common;
		const bound = Math.max(surplus, shortfall);
		maybeTypo &&= bound <= typoLimit;
		maybeSimilar &&= bound <= nearLimit;
		maybeContained &&= surplus === 0 || shortfall === 0;
		if (!maybeTypo && !maybeSimilar && !maybeContained) continue;

		const text = listed.value();
		if (form.text === text) return "duplicate";
		let edits: number | undefined;
		if (maybeTypo && typoLimit > 0) {
			edits = distance(form.text, text);
			if (edits <= typoLimit) {
				// A letter apart in different countries is as likely another party ("… of Iran", "… of Iraq")
				// as a typo, so the organizers decide.
				if (sameCountry) return "duplicate";
				strength = "near";
			}
		}
		if (maybeContained && (text.includes(form.text) || form.text.includes(text))) strength = "near";
		if (maybeSimilar && strength === "none") {
			edits ??= distance(form.text, text);
			if (1 - edits / longer >= NEAR_SIMILARITY) strength = "near";
		}
	}
	return strength;
}

/** "RM" and "Rode Morgen" against a candidate written "RM Rode Morgen": an exact match or a typo. */
function compareAbbreviatedName(
	forms: readonly Form[],
	abbreviation: ListedText,
	name: ListedText,
	sameCountry: boolean,
): Strength {
	if (abbreviation.length <= 0 || name.length <= 0) return "none";
	const length = abbreviation.length + name.length;
	let strength: Strength = "none";
	let text: string | undefined;
	for (const form of forms) {
		const shorter = Math.min(form.text.length, length);
		const typoLimit = shorter >= 12 ? 2 : shorter >= MIN_TYPO_LENGTH ? 1 : 0;
		if (Math.abs(form.text.length - length) > typoLimit) continue;
		text ??= abbreviation.value() + name.value();
		if (form.text === text) return "duplicate";
		if (typoLimit === 0 || distance(form.text, text) > typoLimit) continue;
		if (sameCountry) return "duplicate";
		strength = "near";
	}
	return strength;
}

/** The bits set in a 32-bit mask. */
function bitCount(mask: number): number {
	let bits = mask - ((mask >>> 1) & 0x55555555);
	bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
	return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function stronger(a: Strength, b: Strength): Strength {
	if (a === "duplicate" || b === "duplicate") return "duplicate";
	return a === "near" || b === "near" ? "near" : "none";
}

/** The name without leading words that spell a listed abbreviation: "RM Rode Morgen" → "rodemorgen". */
function withoutLeadingAbbreviation(name: string, listed: readonly ListedSignatory[], memo: DuplicateMemo): string[] {
	const words = name.trim().split(/\s+/);
	const prefixes: string[] = [];
	let prefix = "";
	for (let count = 1; count <= MAX_LEADING_ABBREVIATION_WORDS && count < words.length; count++) {
		prefix += normalizeName(words[count - 1] ?? "");
		prefixes.push(prefix);
	}
	if (prefixes.every((text) => text === "")) return [];
	const found = new Set<string>();
	for (const signatory of listed) {
		const measured = memo.of(signatory);
		// A listed abbreviation, or a name that is only an acronym.
		const abbreviation = measured.abbreviation ?? (measured.acronym ? measured.name : undefined);
		if (abbreviation === undefined) continue;
		if (!prefixes.some((candidate) => candidate.length === abbreviation.length)) continue;
		const normalized = abbreviation.value();
		if (prefixes.includes(normalized)) found.add(normalized);
	}
	const stripped: string[] = [];
	for (const [index, text] of prefixes.entries())
		if (text !== "" && found.has(text)) stripped.push(normalizeName(words.slice(index + 1).join(" ")));
	return stripped;
}

function countriesAgree(a: string | undefined, b: string | undefined): boolean {
	if (a === undefined || b === undefined || a === "" || b === "" || a === b) return true;
	if (a.length !== b.length) return false;
	// Country codes are ASCII letters; comparing them case-blind this way spares two strings per listed entry.
	for (let index = 0; index < a.length; index++)
		if ((a.charCodeAt(index) | 0x20) !== (b.charCodeAt(index) | 0x20)) return false;
	return true;
}
