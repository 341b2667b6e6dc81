import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Adherence } from "../../../src/core/adherences/adherence.js";
import { withChanges } from "../../../src/store/redis/sorted-adherences.js";

const record = (number: number, status: Adherence["status"] = "pending"): Adherence => ({
	statementId: "icor-peru-struggle-2023",
	number,
	submission: { name: `Organization ${number}`, country: "PE", kind: "organization" },
	status,
	submittedBy: { platform: "telegram", userId: "4242", chatId: "-100200" },
	submittedAt: "2023-03-01T10:00:00.000Z",
});

/** What a process holds after applying `changed` to `sorted`: the map it keeps, and the list. */
function apply(sorted: readonly Adherence[], changed: readonly Adherence[]) {
	const all = new Map(sorted.map((adherence) => [adherence.number, adherence]));
	for (const adherence of changed) all.set(adherence.number, adherence);
	return withChanges(sorted, changed, all);
}

const shape = (list: readonly Adherence[]) => list.map((adherence) => `${adherence.number} ${adherence.status}`);

describe("a statement's records in number order", () => {
	it("puts new records at the end and changed ones in their place, in a new array", () => {
		const before = [record(1), record(2), record(3)];
		const after = apply(before, [record(2, "approved"), record(5), record(4)]);
		assert.deepEqual(shape(after), ["1 pending", "2 approved", "3 pending", "4 pending", "5 pending"]);
		// A reader holding the list from before still reads it as it was.
		assert.deepEqual(shape(before), ["1 pending", "2 pending", "3 pending"]);
		assert.notEqual(after, before);
	});

	it("keeps number order when a record arrives after one numbered above it", () => {
		// Two processes submitted at once: this one learns of number 4 after it kept number 5.
		const before = [record(1), record(2), record(3), record(5)];
		assert.deepEqual(shape(apply(before, [record(4, "approved")])), [
			"1 pending",
			"2 pending",
			"3 pending",
			"4 approved",
			"5 pending",
		]);
		assert.deepEqual(shape(apply([], [record(3), record(1), record(2)])), ["1 pending", "2 pending", "3 pending"]);
	});
});
