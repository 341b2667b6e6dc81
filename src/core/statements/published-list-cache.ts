import type { Adherence } from "../adherences/adherence.js";
import type { ListedSignatory } from "../adherences/duplicate-check.js";
import { DuplicateMemo } from "../adherences/duplicate-memo.js";
import type { Locale } from "../i18n/locale.js";
import type { Block } from "../reply.js";
import {
	type ListParts,
	listedSignatories,
	newListParts,
	type PublishedList,
	publishedList,
	signatoryListBlocks,
} from "./signatory-list.js";
import type { Statement } from "./statement.js";

/**
 * Published lists, and what is made from them, made once per change of the records rather than
 * once per request: every /signatories and every submission's duplicate check reads the list.
 * The adherence repository hands out the same array until a record changes, so lists are keyed
 * weakly on that array (and the statement and date), and go when the repository drops it.
 * One instance per core (see createCoreDependencies); what it returns is shared: read only.
 */
export class PublishedListCache {
	private readonly lists = new WeakMap<
		readonly Adherence[],
		Map<Statement, { asOf: string | undefined; list: PublishedList }>
	>();
	private readonly listed = new WeakMap<PublishedList, Map<Locale, ListedSignatory[]>>();
	private readonly blocks = new WeakMap<PublishedList, Map<Locale, Block[]>>();
	private readonly parts: ListParts = newListParts();
	/** Each statement's latest list, with the approved records it was made from, in the store's order. */
	private readonly latest = new Map<
		string,
		{ statement: Statement; asOf: string | undefined; approved: readonly Adherence[]; list: PublishedList }
	>();
	/** The listed entries measured for the duplicate check; they are these lists' entries, kept as long. */
	readonly duplicates = new DuplicateMemo();

	list(statement: Statement, adherences: readonly Adherence[], asOf: string | undefined): PublishedList {
		let byStatement = this.lists.get(adherences);
		if (!byStatement) {
			byStatement = new Map();
			this.lists.set(adherences, byStatement);
		}
		const cached = byStatement.get(statement);
		if (cached && cached.asOf === asOf) return cached.list;
		// A submission or a refusal changes the records but not the list: the list made before stays, and
		// so do the lines and duplicate measures made from it.
		const latest = this.latest.get(statement.id);
		const unchanged =
			latest?.statement === statement && latest.asOf === asOf && approvesTheSame(adherences, latest.approved);
		const list = unchanged ? latest.list : publishedList(statement, adherences, asOf, this.parts);
		if (!unchanged) {
			const approved = adherences.filter((adherence) => adherence.status === "approved");
			this.latest.set(statement.id, { statement, asOf, approved, list });
		}
		// A statement whose status differs from its file is a new object on every read of the store
		// (a kept read hands out the same one until it changes).
		if (byStatement.size > 50) byStatement.clear();
		byStatement.set(statement, { asOf, list });
		return list;
	}

	listedSignatories(list: PublishedList, locale: Locale): ListedSignatory[] {
		return made(this.listed, list, locale, () => listedSignatories(list, locale, this.parts));
	}

	listBlocks(list: PublishedList, locale: Locale): Block[] {
		return made(this.blocks, list, locale, () => signatoryListBlocks(list, locale));
	}
}

/** Whether `adherences` holds the same approved records, in the same order, as `approved`. */
function approvesTheSame(adherences: readonly Adherence[], approved: readonly Adherence[]): boolean {
	let index = 0;
	for (const adherence of adherences) {
		if (adherence.status !== "approved") continue;
		if (approved[index] !== adherence) return false;
		index++;
	}
	return index === approved.length;
}

function made<T>(store: WeakMap<PublishedList, Map<Locale, T>>, list: PublishedList, locale: Locale, make: () => T): T {
	let byLocale = store.get(list);
	if (!byLocale) {
		byLocale = new Map();
		store.set(list, byLocale);
	}
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
