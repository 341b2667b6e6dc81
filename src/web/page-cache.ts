import { BoundedMap } from "../bounded-map.js";
import type { CoreDependencies } from "../core/context.js";

type CacheDependencies = Pick<CoreDependencies, "statements" | "adherences" | "statementState">;

/**
 * Rendered statement pages, kept until what they show changes. The adherence store hands out the
 * same list object until a record changes, so a page is reused while its list, its published date
 * and its statement are the ones it was made from, and rebuilt on the first request after.
 */
export class StatementPageCache {
	private readonly pages: BoundedMap<string, { stamp: readonly unknown[]; html: string }>;

	constructor(
		private readonly deps: CacheDependencies,
		maxEntries = 500,
	) {
		this.pages = new BoundedMap(maxEntries);
	}

	async get(
		statementId: string,
		variant: string,
		render: () => Promise<string | undefined>,
	): Promise<string | undefined> {
		const [statement, adherences, asOf] = await Promise.all([
			this.deps.statements.get(statementId),
			this.deps.adherences.list(statementId),
			this.deps.statementState.asOf(statementId),
		]);
		if (!statement) return undefined;
		// The store parses a stored text once, so an unchanged document keeps its objects.
		const stamp = [statement.status, statement.versions, statement.sections, statement.asOf, adherences, asOf];
		const key = `${statementId}\u0000${variant}`;
		const cached = this.pages.get(key);
		if (cached && cached.stamp.every((part, index) => part === stamp[index])) return cached.html;
		const html = await render();
		if (html === undefined) return undefined;
		this.pages.set(key, { stamp, html });
		return html;
	}
}
