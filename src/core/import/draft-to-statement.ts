import { type Signatory, type SignatorySection, type Statement, statementSchema } from "../statements/statement.js";
import { findDate } from "./date-parse.js";
import type { DraftSection, ImportDraft } from "./import-draft.js";
import { fold } from "./text-normalize.js";

/** A slug of the title that fits a chat button: lower case, hyphens, at most 48 characters. */
export function slugFromTitle(title: string): string {
	const slug = fold(title)
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
	if (slug === "") return "imported-statement";
	if (slug.length <= 48) return slug;
	const cut = slug.slice(0, 48);
	const lastHyphen = cut.lastIndexOf("-");
	return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** "-2", "-3" … appended within the 48 characters, for a slug another statement already has. */
export function numberedSlug(slug: string, number: number): string {
	const suffix = `-${number}`;
	return `${slug.slice(0, 48 - suffix.length).replace(/-+$/, "")}${suffix}`;
}

function sectionRole(section: DraftSection, index: number, hasMain: boolean): SignatorySection["role"] {
	const heading = fold(section.heading ?? "");
	if (
		/^(subsequent|further|later|additional|new|adhesiones posteriores|nuevas|nouvelles|novas|ulteriores)\b/.test(
			heading,
		)
	)
		return "subsequent";
	if (/\b(launched|issued|initiated|convocan|promotor|lanzaron|initiative|impulsan)/.test(heading)) return "other";
	return index === 0 || !hasMain ? "main" : "other";
}

function clip(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function toSignatory(signatory: DraftSection["signatories"][number]): Signatory {
	const result: Signatory = {
		name: clip(signatory.name, 300),
		kind: signatory.kind,
		asWritten: clip(signatory.asWritten.replace(/\s*\n\s*/g, ", "), 600),
	};
	if (signatory.abbreviation) result.abbreviation = clip(signatory.abbreviation, 40);
	if (signatory.nameEn) result.nameEn = clip(signatory.nameEn, 300);
	if (signatory.title) result.title = clip(signatory.title, 200);
	if (signatory.organization) result.organization = clip(signatory.organization, 300);
	if (signatory.countryCode) result.country = signatory.countryCode;
	if (signatory.country) result.countryAsWritten = clip(signatory.country, 100);
	return result;
}

/** The draft as a statement the store accepts: status "draft", for an organizer to review and publish. */
/** The draft as a statement of `campaign`, with status "draft" for its organizers to review. */
export function draftToStatement(draft: ImportDraft, id: string, campaign: string): Statement {
	let hasMain = false;
	const asOfHeading = draft.sections.find((section) => /\b(as of|al|au|em|a)\b/i.test(section.heading ?? ""))?.heading;
	const asOf = asOfHeading ? (findDate(asOfHeading) ?? null) : null;
	const adherenceInvited =
		/adhere|adherir|adh[eé]rer|aderir|invited to (give their signatures|sign)|sumar sus firmas/i.test(draft.body);
	const sections = draft.sections.map((section, index): SignatorySection => {
		const role = sectionRole(section, index, hasMain);
		if (role === "main") hasMain = true;
		return {
			heading: section.heading,
			listStyle: section.listStyle,
			role,
			acceptsAdherences: role === "main" && asOf === null && adherenceInvited,
			signatories: section.signatories.map(toSignatory),
		};
	});
	return statementSchema.parse({
		id,
		kind: draft.kind,
		issuer: clip(draft.issuer.trim() || "unknown issuer", 300),
		campaign,
		date: draft.date,
		status: "draft",
		adherencePolicy: "moderated",
		originalLanguage: draft.language,
		asOf,
		sections,
		versions: {
			[draft.language]: { title: clip(draft.title.trim() || "Imported statement", 300), body: draft.body },
		},
	});
}

/** The title's slug, or the first numbered variant not taken, so an import never replaces a statement. */
export async function freeStatementId(title: string, exists: (id: string) => Promise<boolean>): Promise<string> {
	const slug = slugFromTitle(title);
	if (!(await exists(slug))) return slug;
	for (let number = 2; number < 100; number++) {
		const candidate = numberedSlug(slug, number);
		if (!(await exists(candidate))) return candidate;
	}
	return numberedSlug(slug, Date.now() % 100000);
}
