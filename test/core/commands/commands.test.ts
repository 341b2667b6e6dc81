import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { statementPageLength } from "../../../src/core/commands/statement-command.js";
import { blockLength } from "../../../src/core/reply.js";
import { member, say, spanishMember, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

describe("core commands", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	after(() => t.stop());

	describe("/help", () => {
		it("lists the member commands with their usage", async () => {
			const reply = text(await say(t.core, "/help"));
			assert.match(reply, /\/statement <id> \[lang\] \[page\] — Read a statement, page by page/);
			assert.match(reply, /\/signatories <id>/);
			assert.match(reply, /\/statements —/);
		});
		it("answers in Spanish to a Spanish-speaking user", async () => {
			const reply = text(await say(t.core, "/help", spanishMember));
			assert.match(reply, /Comandos/);
			assert.match(reply, /Lee una declaración, página a página/);
		});
	});

	describe("/statements", () => {
		it("lists every published statement with id, title, date, issuer, count and whether it is open", async () => {
			const reply = text(await say(t.core, "/statements"));
			assert.match(
				reply,
				/icor-peru-struggle-2023 — Solidarity with the struggle of the Peruvian people\. Resolution, ICOR, 7 February 2023\. 31 signatories · open for signatures/,
			);
			assert.match(reply, /red-muqui-international-2023 .* 38 signatories · open for signatures/);
			assert.match(reply, /peru-urgent-declaration-2023 .* 9 signatories · closed/);
			assert.ok(
				reply.indexOf("icor-peru-struggle-2023") < reply.indexOf("peru-urgent-declaration-2023"),
				"open ones first",
			);
		});
		it("hides drafts", async () => {
			const seed = await t.statements.get("icor-movadef-persecution");
			assert.ok(seed);
			await t.statements.upsert({ ...seed, id: "secret-draft", status: "draft" });
			assert.doesNotMatch(text(await say(t.core, "/statements")), /secret-draft/);
			assert.match(
				text(await say(t.core, "/statement secret-draft")),
				/There is no statement with the id "secret-draft"/,
			);
		});
		it("uses the Spanish title and date format for Spanish speakers", async () => {
			const reply = text(await say(t.core, "/statements", spanishMember));
			assert.match(reply, /wftu-peru-solidarity-day-2023 — Día de Solidaridad de la FSM/);
			assert.match(reply, /7 de febrero de 2023\. 31 firmantes · abierta a firmas/);
		});
	});

	describe("/statement", () => {
		it("shows title, issuer, date and the first page, with a button to the next page", async () => {
			const reply = await say(t.core, "/statement icor-peru-struggle-2023");
			const shown = text(reply);
			assert.match(shown, /^== Solidarity with the struggle of the Peruvian people ==/);
			assert.match(shown, /Resolution · Issued by ICOR · 7 February 2023/);
			assert.match(shown, /We salute the great militant mobilizations/);
			assert.deepEqual(reply.pagination, { page: 1, pageCount: 2 });
			assert.deepEqual(reply.buttons, [{ label: "Next ▶", action: "statement icor-peru-struggle-2023 en 2" }]);
		});
		it("turns pages through the button's action, and the last page points to the signatories", async () => {
			const reply = await t.core.handleAction("statement icor-peru-struggle-2023 en 2", member);
			const shown = text(reply);
			assert.match(shown, /Against fascism and anticommunism – for freedom and genuine socialism!/);
			assert.match(shown, /Page 2 of 2 · Signatories: \/signatories icor-peru-struggle-2023/);
			assert.deepEqual(reply.buttons, [{ label: "◀ Previous", action: "statement icor-peru-struggle-2023 en 1" }]);
		});
		it("keeps every page within a size any chat accepts and loses no text", async () => {
			for (const id of ["red-muqui-international-2023", "peru-urgent-declaration-2023"]) {
				const first = await say(t.core, `/statement ${id}`);
				const count = first.pagination?.pageCount ?? 0;
				assert.ok(count >= 2, `${id} has several pages`);
				let all = "";
				for (let page = 1; page <= count; page++) {
					const reply = await say(t.core, `/statement ${id} ${page}`);
					const size = reply.blocks.reduce((total, block) => total + blockLength(block) + 2, 0);
					assert.ok(size <= statementPageLength + 200, `${id} page ${page} is ${size} characters`);
					all += text(reply);
				}
				const statement = await t.statements.get(id);
				const lastSentence = statement?.versions.en?.body.trim().split("\n").at(-1)?.slice(-40) ?? "";
				assert.ok(all.includes(lastSentence), `${id}: the end of the body is on some page`);
			}
		});
		it("reads a language version, and says which versions exist when the one asked for does not", async () => {
			assert.match(
				text(await say(t.core, "/statement wftu-peru-solidarity-day-2023 es")),
				/La Federación Sindical Mundial condena/,
			);
			assert.match(
				text(await say(t.core, "/statement wftu-peru-solidarity-day-2023 es", spanishMember)),
				/Traducción no oficial; el original está en inglés/,
			);
			const missing = await say(t.core, "/statement icor-peru-struggle-2023 fr");
			assert.equal(missing.private, true);
			assert.match(text(missing), /not available in French\. It is available in: English \(en\)/);
		});
		it("shows a Spanish reader the Spanish version by default", async () => {
			assert.match(
				text(await say(t.core, "/statement icor-movadef-persecution", spanishMember)),
				/Traducción no oficial/,
			);
		});
		it("suggests the closest ids for an unknown id", async () => {
			assert.match(
				text(await say(t.core, "/statement icor-peru-strugle-2023")),
				/There is no statement with the id "icor-peru-strugle-2023"\. Did you mean: icor-peru-struggle-2023/,
			);
			assert.match(text(await say(t.core, "/statement muqui")), /Did you mean: red-muqui-international-2023/);
			assert.match(text(await say(t.core, "/statement zzzzzz")), /Type \/statements to see them all/);
		});
		it("refuses a page that does not exist and a missing id, politely, in the user's language", async () => {
			assert.match(
				text(await say(t.core, "/statement icor-peru-struggle-2023 9")),
				/There is no page 9: this statement has 2 pages/,
			);
			assert.match(
				text(await say(t.core, "/statement", spanishMember)),
				/Indica el identificador de la declaración\. Uso: \/statement <id>/,
			);
			assert.match(text(await say(t.core, "/statement icor-peru-struggle-2023 en 1 extra")), /more than I expected/);
		});
	});

	describe("/signatories", () => {
		it("prints the list in the document's layout: numbered main list as of its date, then subsequent signatories", async () => {
			const shown = text(await say(t.core, "/signatories icor-peru-struggle-2023"));
			assert.match(
				shown,
				/== Signatories \(as of 7 February 2023, further signatories possible\): ==\n\n1\. PCPCI Parti Communiste/,
			);
			assert.match(shown, /\n17\. RM Rode Morgen \(Red Dawn\), Netherlands\n/);
			assert.match(shown, /\n28\. PCR-U Partido Comunista Revolucionario del Uruguay/);
			assert.match(shown, /== Subsequent signatories: ==\n\nPR-ByH Partija Rada/);
			assert.match(shown, /31 signatories in all\./);
		});
		it("keeps bullets and section headings of a document with two lists", async () => {
			const shown = text(await say(t.core, "/signatories red-muqui-international-2023"));
			assert.match(
				shown,
				/== List of Peruvian organizations that launched and signed the pronouncement: ==\n\n• Red Muqui\n/,
			);
			assert.match(
				shown,
				/== List of international organizations that adhere to the pronouncement: ==\n\n• TerraJusta, Bolivia\/UK/,
			);
			assert.match(shown, /38 signatories in all\./);
		});
		it("says so when a statement has no signatories", async () => {
			assert.match(
				text(await say(t.core, "/signatories wftu-peru-solidarity-day-2023", spanishMember)),
				/Todavía no hay firmantes/,
			);
		});
	});

	describe("any input", () => {
		it("suggests the command meant by a typo", async () => {
			assert.match(
				text(await say(t.core, "/statment x")),
				/I don't know the command \/statment\. Did you mean \/statement\?/,
			);
		});
		it("ignores lines that are not commands", async () => {
			assert.equal(await t.core.handleText("hello everyone", member), null);
		});
		for (const [name, line] of [
			["10 kB", `/statement ${"a".repeat(10_000)}`],
			["HTML", "/statement <b>x</b><script>alert(1)</script>"],
			["@everyone", "/statement @everyone"],
			["zero-width and right-to-left", "/statement icor\u200b-peru\u202e"],
			["emoji", "/statement 🇵🇪✊"],
		]) {
			it(`answers ${name} input with a clear error and no crash`, async () => {
				const reply = await say(t.core, line ?? "");
				assert.equal(reply.private, true);
				assert.doesNotMatch(text(reply), /Sorry, something went wrong/);
			});
		}
		it("turns a bug into an apology with a reference, logged with the same reference", async () => {
			const broken = await startTestCore();
			try {
				// A record no schema accepts: what a bug in a past version could have left behind.
				await broken.redis.client().set("{sb}:statement:icor-peru-struggle-2023", "{not json");
				const reply = text(await say(broken.core, "/statement icor-peru-struggle-2023"));
				const reference = /reference: ([0-9a-f]{8})/.exec(reply)?.[1];
				assert.ok(reference, reply);
				assert.equal((broken.bugs[0] as { reference: string }).reference, reference);
				assert.doesNotMatch(reply, /JSON|Unexpected token/);
			} finally {
				await broken.stop();
			}
		});
	});
});
