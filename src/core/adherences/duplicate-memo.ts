import type { DuplicateVerdict, ListedSignatory } from "./duplicate-check.js";
import { ListedText } from "./listed-text.js";
import { normalizeName } from "./normalize-name.js";

// An acronym standing in for a name ("PML", "PC (ML)") is short and has no lower-case letter.
const MAX_ACRONYM_LENGTH = 8;
const MAX_ACRONYM_TEXT_LENGTH = 16;

/** A listed signatory's texts, measured once and kept while the signatory stays on the list. */
export interface MeasuredSignatory {
	name: ListedText;
	abbreviation: ListedText | undefined;
	nameEn: ListedText | undefined;
	/** A name that is only an acronym ("PML"), with no abbreviation beside it. */
	acronym: boolean;
}

// Past this many distinct non-ASCII characters, the remembered folds start afresh.
const MAX_REMEMBERED_FOLDS = 10_000;
// Verdicts kept for one version of a list: the submissions under way between two approvals.
const MAX_KEPT_VERDICTS = 1_000;

/**
 * Listed signatories measured for the duplicate check, kept between calls: a list's entries are the same
 * objects from one version of the list to the next (see PublishedListCache), so each submission measures
 * only the entries that are new, not the whole list again. Weakly keyed: an entry gone from every list goes.
 */
export class DuplicateMemo {
	private readonly measured = new WeakMap<ListedSignatory, MeasuredSignatory>();
	private readonly remembered = new Map<number, string>();
	/**
	 * Verdicts on the list they were reached on: /confirm checks the organization /adhere checked a moment
	 * before, and while the list is the same array (nothing was approved meanwhile) the answer is the same.
	 */
	private readonly verdicts = new WeakMap<readonly ListedSignatory[], Map<string, DuplicateVerdict>>();

	verdict(listed: readonly ListedSignatory[], candidate: string): DuplicateVerdict | undefined {
		return this.verdicts.get(listed)?.get(candidate);
	}

	keepVerdict(listed: readonly ListedSignatory[], candidate: string, verdict: DuplicateVerdict): void {
		let kept = this.verdicts.get(listed);
		if (!kept) {
			kept = new Map();
			this.verdicts.set(listed, kept);
		}
		if (kept.size >= MAX_KEPT_VERDICTS) kept.clear();
		kept.set(candidate, verdict);
	}

	/** normalizeName of single characters, remembered: the same few accented letters recur in every list. */
	get folds(): Map<number, string> {
		if (this.remembered.size > MAX_REMEMBERED_FOLDS) this.remembered.clear();
		return this.remembered;
	}

	of(signatory: ListedSignatory): MeasuredSignatory {
		let measured = this.measured.get(signatory);
		if (measured === undefined) {
			measured = {
				name: this.text(signatory.name),
				abbreviation: signatory.abbreviation === undefined ? undefined : this.text(signatory.abbreviation),
				nameEn: signatory.nameEn === undefined ? undefined : this.text(signatory.nameEn),
				acronym: signatory.abbreviation === undefined && isAcronym(signatory.name),
			};
			this.measured.set(signatory, measured);
		}
		return measured;
	}

	private text(value: string): ListedText {
		const text = new ListedText(this.folds);
		text.reset(value);
		return text;
	}
}

function isAcronym(text: string): boolean {
	if (text.length > MAX_ACRONYM_TEXT_LENGTH) return false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 0x61 && code <= 0x7a) return false;
	}
	if (text !== text.toUpperCase() || !/\p{Lu}/u.test(text)) return false;
	const length = normalizeName(text).length;
	return length > 0 && length <= MAX_ACRONYM_LENGTH;
}
