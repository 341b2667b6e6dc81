// A paragraph broken into lines by a narrow column or a plain-text e-mail ("… including Larry Adams, National
// Postal Mail" / "Handlers Union; Barbara Bowen, …"): its lines are one entry, or a name broken at the column reads
// as two.

// Wrapped lines are as long as each other, near a column this wide or wider; shorter lines are headings and names.
const MIN_WRAP_WIDTH = 60;
// A line of the paragraph but its last reaches this share of the widest.
const FULL_LINE = 0.75;
const MIN_WRAPPED_LINES = 3;
// "… has been" / "signed by …", "… Association of" / "Legal Aid …": a break inside a sentence. One in three breaks
// at least, for a list of entries as long as each other opens each line with a name of its own.
const MIN_MID_SENTENCE_SHARE = 1 / 3;

const listMarker = /^(?:[-–—•*·]|\(?\d{1,4}[.)])\s/u;
const endsOnJoiningWord =
	/\s(?:of|and|the|for|to|in|on|with|de|del|des|du|da|do|dos|das|di|della|y|e|et|und|für|von|der|la|le|los|las|en|pour|para|per|com|con|avec|mit|zu|a|à|al|au)$/iu;

function markBlock(lines: readonly string[], from: number, to: number, wrapped: Set<number>): void {
	const block = lines.slice(from, to).map((line) => line.trim());
	if (block.length < MIN_WRAPPED_LINES || block.some((line) => listMarker.test(line))) return;
	// A loop, not Math.max(...lengths): a pasted text of a hundred thousand lines would overflow the call's arguments.
	let width = 0;
	for (const line of block) width = Math.max(width, line.length);
	const broken = block.slice(0, -1);
	if (width < MIN_WRAP_WIDTH || broken.some((line) => line.length < FULL_LINE * width)) return;
	const midSentence = broken.filter(
		(line, offset) => /^\p{Ll}/u.test(block[offset + 1] ?? "") || endsOnJoiningWord.test(line),
	).length;
	if (midSentence < MIN_MID_SENTENCE_SHARE * broken.length) return;
	for (let index = from; index < to - 1; index++) wrapped.add(index);
}

/** The indices of lines that a hard-wrapped paragraph goes on from, onto the next line. */
export function hardWrappedLines(lines: readonly string[]): ReadonlySet<number> {
	const wrapped = new Set<number>();
	let start = 0;
	for (let index = 0; index <= lines.length; index++) {
		if (index < lines.length && (lines[index] ?? "").trim() !== "") continue;
		markBlock(lines, start, index, wrapped);
		start = index + 1;
	}
	return wrapped;
}
