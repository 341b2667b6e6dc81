import type { Adherence } from "../adherences/adherence.js";
import type { ListedSignatory } from "../adherences/duplicate-check.js";
import { DuplicateMemo } from "../adherences/duplicate-memo.js";
import type { Locale } from "../i18n/locale.js";
import type { Block } from "../reply.js";
import {
	decidedOrder,
	type ListParts,
	listedSignatories,
	newListParts,
	type PublishedList,
	publishedList,
	signatoryListBlocks,
	withApproved,
} from "./signatory-list.js";
import type { Statement } from "./statement.js";

// Past this many approvals at once (an import, a restore), the list is made afresh rather than extended.
const MAX_APPENDED = 8;

/** A statement's latest list, what it was made from, and what has been made from it since. */
interface LatestList {
	statement: Statement;
	asOf: string | undefined;
	/** The records as the store handed them out, and the approved ones among them, in the store's order. */
	adherences: readonly Adherence[];
	approved: readonly Adherence[];
	/** The approved record placed last on the list (the latest decided). */
	lastPlaced: Adherence | undefined;
	list: PublishedList;
	listed: Map<Locale, ListedSignatory[]>;
	blocks: Map<Locale, Block[]>;
	/** The list this one extends, kept until its lines have been carried over (see listedSignatories). */
	extends: LatestList | undefined;
}

/**
 * Published lists, and what is made from them, made once per change of the records rather than
 * once per request: every /signatories and every submission's duplicate check reads the list.
 * The adherence repository hands out the same array until a record changes, so the list is made
 * again only when that array is a new one.
 * Only each statement's latest list is kept, in a plain map: keyed weakly on the arrays and lists
 * of every version, the lists and lines of versions already gone were still copied by each young
 * collection (a weak map's values are held strongly until its key is found dead), some 40% of what
 * survived one at 200 requests a second, and the pause grew with the list. A list read before a
 * change and used after it is made from afresh, not kept.
 * One instance per core (see createCoreDependencies); what it returns is shared: read only.
 */
export class PublishedListCache {
	private readonly latest = new Map<string, LatestList>();
	/** The latest lists, by list: what listedSignatories and listBlocks find their lines in. */
	private readonly byList = new Map<PublishedList, LatestList>();
	private readonly parts: ListParts = newListParts();
	/** The listed entries measured for the duplicate check; they are these lists' entries, kept as long. */
	readonly duplicates = new DuplicateMemo();

	list(statement: Statement, adherences: readonly Adherence[], asOf: string | undefined): PublishedList {
		const latest = this.latest.get(statement.id);
		const sameLayout = latest?.statement === statement && latest.asOf === asOf;
		if (sameLayout && latest.adherences === adherences) return latest.list;
		const added = sameLayout ? approvedSince(adherences, latest.approved) : undefined;
		if (latest && added?.length === 0) {
			// A submission or a refusal changes the records but not the list: the list made before stays, and
			// so do the lines and duplicate measures made from it.
			latest.adherences = adherences;
			return latest.list;
		}
		// An approval adds a line at the end of its section: the list made before, with it.
		const inListOrder = added && added.length <= MAX_APPENDED ? [...added].sort(decidedOrder) : undefined;
		const appended =
			latest && added && inListOrder && placedAfter(inListOrder, latest.lastPlaced)
				? withApproved(latest.list, statement, inListOrder, this.parts)
				: undefined;
		const approved =
			latest && added && appended
				? latest.approved.concat(added)
				: adherences.filter((adherence) => adherence.status === "approved");
		const made: LatestList = {
			statement,
			asOf,
			adherences,
			approved,
			lastPlaced: appended
				? inListOrder?.at(-1)
				: approved.reduce<Adherence | undefined>(
						(last, adherence) => (last && decidedOrder(last, adherence) > 0 ? last : adherence),
						undefined,
					),
			list: appended ?? publishedList(statement, adherences, asOf, this.parts),
			listed: new Map(),
			blocks: new Map(),
			extends: appended ? latest : undefined,
		};
		if (latest) {
			// One list back is enough, and a chain would keep every version.
			latest.extends = undefined;
			this.byList.delete(latest.list);
		}
		this.latest.set(statement.id, made);
		this.byList.set(made.list, made);
		return made.list;
	}

	listedSignatories(list: PublishedList, locale: Locale): ListedSignatory[] {
		const latest = this.byList.get(list);
		if (!latest) return listedSignatories(list, locale, this.parts);
		return madeFor(latest.listed, locale, () => {
			const previous = latest.extends;
			const listed = previous?.listed.get(locale);
			return listedSignatories(list, locale, this.parts, listed && previous && { list: previous.list, listed });
		});
	}

	listBlocks(list: PublishedList, locale: Locale): Block[] {
		const latest = this.byList.get(list);
		if (!latest) return signatoryListBlocks(list, locale);
		return madeFor(latest.blocks, locale, () => signatoryListBlocks(list, locale));
	}
}

/**
 * The approved records of `adherences` that come after those of `approved`, when it begins with
 * exactly those (the same objects, in the store's order); undefined when one of them changed or went.
 */
function approvedSince(adherences: readonly Adherence[], approved: readonly Adherence[]): Adherence[] | undefined {
	const added: Adherence[] = [];
	let index = 0;
	for (const adherence of adherences) {
		if (adherence.status !== "approved") continue;
		if (index < approved.length) {
			if (approved[index] !== adherence) return undefined;
			index++;
		} else added.push(adherence);
	}
	return index === approved.length ? added : undefined;
}

/** Whether `added` (in list order) all come after `last` on the list. */
const placedAfter = (added: readonly Adherence[], last: Adherence | undefined) =>
	!last || added.length === 0 || decidedOrder(last, added[0] as Adherence) < 0;

function madeFor<T>(byLocale: Map<Locale, T>, locale: Locale, make: () => T): T {
	let value = byLocale.get(locale);
	if (value === undefined) {
		value = make();
		byLocale.set(locale, value);
	}
	return value;
}

/** The core's cache when it has one; a core without (a test's hand-made one) makes each afresh. */
export const listedOf = (cache: PublishedListCache | undefined, list: PublishedList, locale: Locale) =>
	cache ? cache.listedSignatories(list, locale) : listedSignatories(list, locale);

export const listBlocksOf = (cache: PublishedListCache | undefined, list: PublishedList, locale: Locale) =>
	cache ? cache.listBlocks(list, locale) : signatoryListBlocks(list, locale);
