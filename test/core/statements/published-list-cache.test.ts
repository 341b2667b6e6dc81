import assert from "node:assert/strict";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import type { Adherence } from "../../../src/core/adherences/adherence.js";
import { PublishedListCache } from "../../../src/core/statements/published-list-cache.js";
import { publishedList, signatoryListBlocks } from "../../../src/core/statements/signatory-list.js";
import { loadStatementFiles } from "../../../src/core/statements/statement-files.js";

const { statements } = await loadStatementFiles(resolve(import.meta.dirname, "../../../config/statements"));
const peru = statements.find((statement) => statement.id === "icor-peru-struggle-2023");
if (!peru) throw new Error("seed statement icor-peru-struggle-2023 missing");

const member = { platform: "telegram" as const, userId: "4242", chatId: "-100200" };
const pending = (number: number, name: string): Adherence => ({
	statementId: peru.id,
	number,
	submission: { name, country: "PE", kind: "organization" },
	status: "pending",
	submittedBy: member,
	submittedAt: `2023-03-0${number}T10:00:00.000Z`,
});
const approved = (adherence: Adherence): Adherence => ({
	...adherence,
	status: "approved",
	decidedBy: member,
	decidedAt: `2023-03-0${adherence.number}T12:00:00.000Z`,
});

/** The printed list as a reader sees it, made without any cache. */
const printed = (records: readonly Adherence[], asOf?: string) =>
	JSON.stringify(signatoryListBlocks(publishedList(peru, records, asOf), "en"));

describe("PublishedListCache", () => {
	it("prints what a list made afresh prints, through submissions, approvals, a withdrawal and a new date", () => {
		const cache = new PublishedListCache();
		const shown = (records: readonly Adherence[], asOf?: string) =>
			JSON.stringify(cache.listBlocks(cache.list(peru, records, asOf), "en"));
		const first = pending(1, "Sindicato Unitario de Trabajadores en la Educación");
		const second = pending(2, "Federación Nacional de Mujeres Campesinas");
		const steps: Adherence[][] = [
			[],
			[first],
			[approved(first)],
			[approved(first), second],
			[approved(first), approved(second)],
			[approved(first), { ...approved(second), status: "withdrawn", withdrawnBy: member }],
		];
		for (const records of steps) assert.equal(shown(records), printed(records));
		// /publish moves the date forward: approvals up to it join the numbered main list.
		const last = steps.at(-1) ?? [];
		assert.equal(shown(last, "2023-03-05"), printed(last, "2023-03-05"));
		assert.match(shown([approved(first)]), /Sindicato Unitario de Trabajadores en la Educación/);
		assert.doesNotMatch(shown(last), /Federación Nacional de Mujeres Campesinas/);
	});

	it("keeps the list made before while only pending records change, and makes it again at an approval", () => {
		const cache = new PublishedListCache();
		const first = approved(pending(1, "Sindicato Unitario de Trabajadores en la Educación"));
		const before = cache.list(peru, [first], undefined);
		const second = pending(2, "Federación Nacional de Mujeres Campesinas");
		// A submission is a new array of records, not a new list: the lines and measures made from it stay.
		assert.equal(cache.list(peru, [first, second], undefined), before);
		const after = cache.list(peru, [first, approved(second)], undefined);
		assert.notEqual(after, before);
		assert.equal(after.count, before.count + 1);
		// Its other entries are the ones made before, not copies.
		const entries = (list: typeof before) => list.sections.flatMap((section) => section.entries);
		assert.ok(entries(before).every((entry) => entries(after).includes(entry)));
	});
});
