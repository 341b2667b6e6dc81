import assert from "node:assert/strict";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import type { Adherence } from "../../../src/core/adherences/adherence.js";
import { PublishedListCache } from "../../../src/core/statements/published-list-cache.js";
import { listedSignatories, publishedList, signatoryListBlocks } from "../../../src/core/statements/signatory-list.js";
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

	it("prints what a list made afresh prints at every step of a long run of submissions, approvals in any order and withdrawals, on every seed", () => {
		// A fixed walk, so a failure repeats: each step submits, approves (now, or dated before the last
		// approval, as a late clock would), refuses or withdraws, and sometimes approves several at once.
		let seed = 20_230_207;
		const random = (below: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			// The high bits: an LCG's low ones repeat in short cycles.
			return Math.floor((seed / 2_147_483_648) * below);
		};
		const at = (minute: number) => new Date(Date.UTC(2023, 1, 1) + minute * 60_000).toISOString();
		for (const statement of statements) {
			const cache = new PublishedListCache();
			let records: Adherence[] = [];
			let minute = 0;
			const decide = (target: Adherence, status: Adherence["status"], when: number) => {
				records = records.map((record) =>
					record === target ? { ...record, status, decidedBy: member, decidedAt: at(when) } : record,
				);
			};
			for (let step = 0; step < 120; step++) {
				minute += 1 + random(3) * 720;
				const pendings = records.filter((record) => record.status === "pending");
				const approvals = records.filter((record) => record.status === "approved");
				const move = random(10);
				if (move < 4 || pendings.length === 0) {
					const number = records.length + 1;
					records = [
						...records,
						{ ...pending(1, `Organización ${number} de ${statement.id}`), number, submittedAt: at(minute) },
					];
				} else if (move < 7) decide(pendings[random(pendings.length)] as Adherence, "approved", minute);
				else if (move === 7) decide(pendings.at(-1) as Adherence, "approved", minute - 10_000);
				else if (move === 8) for (const record of pendings.slice(0, 3)) decide(record, "approved", minute);
				else if (approvals.length > 0) decide(approvals[random(approvals.length)] as Adherence, "withdrawn", minute);
				else decide(pendings[0] as Adherence, "rejected", minute);
				const shown = JSON.stringify(cache.listBlocks(cache.list(statement, records, undefined), "en"));
				const fresh = JSON.stringify(signatoryListBlocks(publishedList(statement, records), "en"));
				assert.equal(shown, fresh, `${statement.id}, step ${step}`);
				const listed = cache.listedSignatories(cache.list(statement, records, undefined), "es");
				const freshListed = listedSignatories(publishedList(statement, records), "es");
				assert.deepEqual(
					listed.map((entry) => [entry.ref, entry.label]),
					freshListed.map((entry) => [entry.ref, entry.label]),
					`${statement.id}, step ${step}`,
				);
			}
			// /publish moves the date past every approval: the list is laid out again, not extended.
			const asOf = at(minute + 1).slice(0, 10);
			assert.equal(
				JSON.stringify(cache.listBlocks(cache.list(statement, records, asOf), "en")),
				JSON.stringify(signatoryListBlocks(publishedList(statement, records, asOf), "en")),
			);
		}
	});
});
