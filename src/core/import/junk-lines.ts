import { startsWithGivenName } from "./given-names.js";
import { junkPatterns } from "./junk-patterns.js";
import { exactJunk } from "./junk-phrases.js";
import { isPersonLike } from "./person-names.js";
import { fold } from "./text-normalize.js";

const iconWords: ReadonlySet<string> = new Set(
	(
		"chevron-up chevron-down chevron-left chevron-right arrow-right arrow-left arrow-up arrow-down sitemap youtube " +
		"share share-alt mail download home alarm search menu link cross play facebook twitter wordpress soundcloud " +
		"podcast video instagram linkedin whatsapp telegram rss envelope print close plus minus check star heart user " +
		"calendar clock phone map bars times microsite report collection toolkit thinkpiece storify pinterest flickr " +
		"vimeo tiktok github email feed comment comments tag tags folder file pdf external-link caret-down caret-up " +
		"angle-down angle-up angle-left angle-right globe lock cog gear bell camera image images music"
	).split(" "),
);

/** A line of icon font names ("chevron-up sitemap youtube share-alt …") left by a copied page. */
function isIconLine(line: string): boolean {
	const tokens = line.split(/\s+/);
	if (tokens.length < 4 || !tokens.every((token) => /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(token))) return false;
	const icons = tokens.filter((token) => iconWords.has(token.replace(/\d+$/, ""))).length;
	return icons / tokens.length >= 0.5;
}

const columnNames: ReadonlySet<string> = new Set(
	(
		"name|names|first name|last name|surname|organisation|organization|organisations|organizations|country|city|" +
		"town|position|role|title|affiliation|date|signed|nombre|apellidos|organizacion|pais|ciudad|cargo|fecha|nom|" +
		"prenom|organisme|pays|ville|fonction|qualite|nome|cognome|organizzazione|paese|citta|ruolo|organizacao|" +
		"cidade|funcao|vorname|nachname|organisation|land|ort|funktion|comment|comments|comentario|commentaire|commento|" +
		"kommentar|reason|razon|motivo|raison|grund"
	).split("|"),
);

// "Antonioni Cassara/Mídia Ninja": a photographer and an agency joined by a slash, each word capitalized; a
// signatory's line does not join a person's name to a body with a bare slash.
const photographerAndAgency = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u;

/**
 * The rules' patterns joined into one expression for each set of flags, so that a line of text, most lines,
 * is tried against a few expressions rather than against every rule; a line one of them matches is then tried
 * rule by rule, to name the first rule it meets. A pattern that refers back to its own group stays alone, as
 * joining would renumber its groups.
 */
const anyJunkPattern: readonly RegExp[] = (() => {
	const patterns = junkPatterns.map(([, pattern]) => pattern);
	const alone = patterns.filter((pattern) => /\\\d/.test(pattern.source));
	const joinable = patterns.filter((pattern) => !alone.includes(pattern));
	const flagSets = [...new Set(joinable.map((pattern) => pattern.flags))];
	const joined = flagSets.map(
		(flags) =>
			new RegExp(
				joinable
					.filter((pattern) => pattern.flags === flags)
					.map((pattern) => `(?:${pattern.source})`)
					.join("|"),
				flags,
			),
	);
	return [...alone, ...joined];
})();

/** The name of the rule that marks a line as page furniture, or null when the line is text. */
export function junkRule(line: string): string | null {
	const folded = fold(line);
	if (folded === "") return null;
	// "Email*": a form's required field carries a star; "Translate »", "Back to top ↑": a button, its arrow.
	const bare = folded.replace(/\s*[:.*»«↑↓→←^›‹]+$/u, "");
	if (exactJunk.has(folded) || exactJunk.has(bare)) return "navigation";
	if (anyJunkPattern.some((pattern) => pattern.test(folded)))
		for (const [rule, pattern] of junkPatterns)
			if (pattern.test(folded)) {
				// "Jane Doe, President, Teamsters Local 123, 45 Main St, Springfield": a signer's line ends with her
				// address; the name before it keeps the line.
				const commaParts = line.split(",");
				if (rule === "postal-address" && commaParts.length >= 3 && isPersonLike(commaParts[0] ?? "")) return null;
				return rule;
			}
	if (photographerAndAgency.test(line.trim())) return "photo-credit";
	// "Por Ana García", "By: Tom Baker", "Von Max Muster": the article's author.
	const byAuthor = /^(?:by|por|par|di|von)\s*:?\s+(\p{Lu}.*)$/iu.exec(line.trim())?.[1] ?? "";
	// "Por Cristiane Agostine — De São Paulo": the place a reporter writes from, after a dash, marks a byline
	// whatever the given name.
	const author = byAuthor.replace(
		/\s+[—–-]\s+(?:from|de|desde|da|depuis|aus|in|em|en|a|à)\s+\p{Lu}[^—–-]{0,40}$/iu,
		"",
	);
	const fromPlace = author !== byAuthor;
	// "By Jane Doe and John Roe": two authors.
	const authors = author.split(/\s+(?:and|y|et|e|und|&)\s+/);
	if (
		author &&
		authors.length <= 2 &&
		authors.every(
			(name) => name.split(/\s+/).length <= 4 && isPersonLike(name) && (fromPlace || startsWithGivenName(name)),
		)
	)
		return "byline";
	// "Name | Organisation | Country": a table's header row, every cell a column's name.
	const cells = folded.split(/\s*[|\t]\s*/).filter((cell) => cell !== "");
	if (cells.length >= 2 && cells.every((cell) => columnNames.has(cell))) return "table-header";
	// "Nome Comentário": the header's cells one word each, parted by spaces.
	const words = folded.split(/\s+/);
	if (words.length >= 2 && words.length <= 4 && words.every((word) => columnNames.has(word))) return "table-header";
	return isIconLine(line.trim()) ? "icon-names" : null;
}

/** Navigation, share buttons, icon names, view counters, page dates: text that is no part of the statement. */
export function isJunkLine(line: string): boolean {
	return junkRule(line) !== null;
}
