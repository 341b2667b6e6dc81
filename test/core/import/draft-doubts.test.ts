import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setKind } from "../../../src/core/drafts/draft-edits.js";
import { draftListingBlocks } from "../../../src/core/drafts/draft-listing.js";
import { messages } from "../../../src/core/i18n/messages.js";
import { draftSummaryBlocks, draftSummaryLines } from "../../../src/core/import/draft-summary.js";
import { draftToStatement } from "../../../src/core/import/draft-to-statement.js";
import { importStatement } from "../../../src/core/import/import-statement.js";
import type { Block } from "../../../src/core/reply.js";
import { isUserError } from "../../../src/core/user-error.js";

const textOf = (blocks: readonly Block[]) =>
	blocks.map((block) => `${block.type === "item" ? `${block.marker} ` : ""}${block.spans.map((s) => s.text).join("")}`);

// Written for this test, not taken from the corpus: one clear organization, then one reading of each doubt.
const strike = [
	"Statement on the dock strike",
	"",
	"We stand with the dock workers and call on the port authority to negotiate with their union.",
	"",
	"Signed:",
	"Greenfield Dockers Union",
	"Lloyd Cameron",
	"Maria Rosa Barazza sindicalista CCOO industria",
	"East Side Tenants - Riverside Food Bank - Harbour Workers Network",
].join("\n");

describe("uncertain signatories", () => {
	it("are the ones read from weak cues, each with its reason", () => {
		const signatories = importStatement(strike).sections.flatMap((section) => section.signatories);
		const doubts = Object.fromEntries(signatories.map((signatory) => [signatory.name, signatory.doubts ?? []]));
		assert.deepEqual(doubts, {
			"Greenfield Dockers Union": [],
			"Lloyd Cameron": ["weak-kind"],
			"Maria Rosa Barazza": ["run-on"],
			"East Side Tenants": ["guessed-split"],
			"Riverside Food Bank": ["guessed-split"],
			"Harbour Workers Network": ["guessed-split"],
		});
	});

	it("are listed by number in the import reply, in English and in Spanish, and on the command line", () => {
		const draft = importStatement(strike);
		const english = textOf(draftSummaryBlocks(draft, "en"));
		assert.ok(english.includes("5 signatories to check (by their numbers):"), english.join("\n"));
		assert.ok(english.includes(`2. Lloyd Cameron: ${messages("en").draft.doubts["weak-kind"]}`));
		assert.ok(english.includes(`3. Maria Rosa Barazza: ${messages("en").draft.doubts["run-on"]}`));
		assert.ok(!english.some((line) => line.startsWith("1. ")), "the clear organization is not flagged");
		const spanish = textOf(draftSummaryBlocks(draft, "es"));
		assert.ok(spanish.includes("5 firmantes que revisar (por su número):"), spanish.join("\n"));
		assert.ok(spanish.includes(`4. East Side Tenants: ${messages("es").draft.doubts["guessed-split"]}`));
		const lines = draftSummaryLines(draft);
		assert.ok(lines.includes("to check (5):"));
		assert.ok(lines.includes(`  2. Lloyd Cameron: ${messages("en").draft.doubts["weak-kind"]}`));
	});

	it("stay flagged in the /draft listing until an organizer decides them", () => {
		const statement = draftToStatement(importStatement(strike), "dock-strike", "icor");
		const text = messages("en").draft;
		const listing = textOf(draftListingBlocks(statement, text));
		assert.ok(listing.includes("1. Greenfield Dockers Union"), listing.join("\n"));
		assert.ok(listing.includes(`2. Lloyd Cameron (individual) ${text.uncertainBecause(text.doubts["weak-kind"])}`));
		const decided = setKind(statement, 2, "individual");
		assert.ok(!isUserError(decided));
		const after = textOf(draftListingBlocks(decided.statement, text));
		assert.ok(after.includes("2. Lloyd Cameron (individual)"), after.join("\n"));
	});
});

describe("a sign-on text with no list found", () => {
	it("says so and shows the lines that may be the list", () => {
		const draft = importStatement(
			[
				"Open letter on the library",
				"",
				"We, the undersigned, ask the council to keep the library open for everyone who needs it every day of the week.",
				"",
				"Greenfield Readers' Circle (pending confirmation by its board)",
			].join("\n"),
		);
		assert.deepEqual(draft.sections, []);
		assert.deepEqual(draft.missingList, {
			candidates: ["Greenfield Readers' Circle (pending confirmation by its board)"],
		});
		const english = textOf(draftSummaryBlocks(draft, "en"));
		assert.ok(english.includes("No signatory list was found: the draft has the text only."));
		assert.ok(english.includes("The text reads like a sign-on, but no list was found. These lines may be it:"));
		assert.ok(english.includes("• Greenfield Readers' Circle (pending confirmation by its board)"));
		const spanish = textOf(draftSummaryBlocks(draft, "es"));
		assert.ok(spanish.some((line) => line.startsWith("El texto parece una adhesión")));
		assert.ok(draftSummaryLines(draft).includes("  Greenfield Readers' Circle (pending confirmation by its board)"));
	});

	it("stays quiet when the text does not ask for signatures", () => {
		const draft = importStatement(
			"Library hours\n\nThe library is open every day of the week from nine in the morning to eight in the evening.\n",
		);
		assert.equal(draft.missingList, null);
	});
});
