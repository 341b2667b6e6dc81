import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { icorOrganizer, say, text } from "../helpers/test-core.js";
import {
	openSignForm,
	postSignForm,
	solvedProofOfWork,
	startWebHarness,
	type WebHarness,
} from "../helpers/web-harness.js";

const peru = "icor-peru-struggle-2023";
const movadef = "icor-movadef-persecution";

const newOrganization = {
	kind: "organization",
	name: "Frente Obrero del Sur",
	abbreviation: "FOS",
	country: "CL",
	contactEmail: "secretaria@fos.example.org",
	attest: "yes",
};

describe("signing on the web", () => {
	let web: WebHarness;
	before(async () => {
		web = await startWebHarness();
	});
	after(() => web.stop());
	beforeEach(() => web.t.reset());

	it("serves a form with a label for every field, a CSRF cookie and the countries in the reader's language", async () => {
		const { response, cookie, token } = await openSignForm(web.app, peru);
		assert.equal(response.statusCode, 200);
		assert.match(cookie, /^sb_csrf=/);
		assert.ok(token.length > 20);
		const setCookie = String(response.headers["set-cookie"]);
		assert.match(setCookie, /HttpOnly/);
		assert.match(setCookie, /SameSite=Strict/);
		for (const field of ["name", "abbreviation", "country", "contactEmail", "attest", "kind-organization"])
			assert.match(response.body, new RegExp(`<label for="${field}">`), field);
		assert.match(response.body, /<option value="PE">Peru<\/option>/);
		const spanish = await openSignForm(web.app, peru, { "accept-language": "es-PE,es;q=0.9" });
		assert.match(spanish.response.body, /<html lang="es">/);
		assert.match(spanish.response.body, /<option value="PE">Perú<\/option>/);
		assert.match(spanish.response.body, /Puedo firmar en nombre de esta organización/);
	});

	it("takes a signature through the core: received, a card for the organizers, a status link that follows it", async () => {
		const session = await openSignForm(web.app, peru);
		const response = await postSignForm(web.app, peru, newOrganization, session);
		assert.equal(response.statusCode, 201);
		assert.match(response.body, /Received/);
		assert.match(response.body, /The organizers will review it/);
		const stored = await web.t.adherences.list(peru);
		assert.equal(stored.length, 1);
		assert.equal(stored[0]?.submission.name, "Frente Obrero del Sur");
		assert.equal(stored[0]?.submittedBy.platform, "web");
		assert.equal(stored[0]?.status, "pending");
		const card = web.t.notifications.find((notice) => notice.to === "organizers");
		assert.match(card?.text ?? "", /FOS Frente Obrero del Sur, Chile/);

		const statusUrl = /href="http:\/\/127\.0\.0\.1:8080(\/s\/[^"]+\/status\/[^"?]+)\?lang=en"/.exec(response.body)?.[1];
		assert.ok(statusUrl, "the result page links to the status page");
		assert.match((await web.app.inject(statusUrl)).body, /waiting for the organizers&#39; review/);

		const approval = text(await say(web.t.core, `/approve ${peru} ${stored[0]?.number}`, icorOrganizer));
		assert.match(approval, /Approved/);
		assert.match((await web.app.inject(statusUrl)).body, /It was approved and is on the list/);
		// The statement's "as of" date is 7 February 2023: a signature approved today is subsequent.
		const page = (await web.app.inject(`/s/${peru}`)).body;
		const subsequent = page.slice(page.indexOf("Subsequent signatories"));
		assert.ok(page.includes("Subsequent signatories"), "the page has the subsequent list");
		assert.match(subsequent, /FOS Frente Obrero del Sur, Chile/);

		const wrongToken = statusUrl.replace(/\/[^/]+$/, "/not-the-token");
		assert.equal((await web.app.inject(wrongToken)).statusCode, 404);
	});

	it("tells an organization already on the list its number, and adds nothing", async () => {
		const session = await openSignForm(web.app, peru);
		// No. 3 of the document's numbered list: "MMLPL Moroccan Marxist-Leninist Proletarian Line".
		const response = await postSignForm(
			web.app,
			peru,
			{ ...newOrganization, name: "Moroccan Marxist Leninist Proletarian Line", abbreviation: "MMLPL", country: "MA" },
			session,
		);
		assert.equal(response.statusCode, 200);
		assert.match(response.body, /has already signed/);
		assert.match(response.body, /No\. 3/);
		assert.equal((await web.t.adherences.list(peru)).length, 0);
	});

	it("shows each problem next to its field, keeps what was typed, and stores nothing", async () => {
		const cases: [Record<string, string>, string, RegExp][] = [
			[{ name: "" }, "name", /Please give the name|name/i],
			[{ name: "x".repeat(10_000) }, "name", /200/],
			[{ name: "@everyone come here" }, "name", /mention/i],
			[{ name: "Frente\u200bObrero" }, "name", /hidden|invisible/i],
			[{ name: "Frente \u202eorerbO" }, "name", /hidden|invisible/i],
			[{ country: "Atlantis" }, "country", /Atlantis/],
			[{ contactEmail: "not an address" }, "contactEmail", /e-mail/i],
			[{ attest: "" }, "attest", /confirm that you may sign/],
		];
		for (const [change, field, problem] of cases) {
			const session = await openSignForm(web.app, peru);
			const response = await postSignForm(web.app, peru, { ...newOrganization, ...change }, session);
			assert.equal(response.statusCode, 422, JSON.stringify(change).slice(0, 60));
			const next = new RegExp(`<span class="field-problem" id="${field}-problem">([^<]*)</span>`).exec(response.body);
			assert.ok(next, `a problem next to ${field}`);
			assert.match(next[1] ?? "", problem);
			assert.match(response.body, /Please correct what is marked below; nothing was sent/);
		}
		const kept = await postSignForm(
			web.app,
			peru,
			{ ...newOrganization, name: '<script>alert("x")</script> Unión', attest: "" },
			await openSignForm(web.app, peru),
		);
		assert.match(kept.body, /value="&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; Unión"/);
		assert.doesNotMatch(kept.body, /<script>alert/);
		assert.equal((await web.t.adherences.list(peru)).length, 0);
	});

	it("refuses a post without the cookie's token, or with the hidden field filled, and stores nothing", async () => {
		const session = await openSignForm(web.app, peru);
		const forged = await postSignForm(web.app, peru, newOrganization, {
			cookie: session.cookie,
			token: "x".repeat(43),
		});
		assert.equal(forged.statusCode, 403);
		assert.match(forged.body, /This form has expired/);
		const noCookie = await postSignForm(web.app, peru, newOrganization, { cookie: "", token: session.token });
		assert.equal(noCookie.statusCode, 403);
		const robot = await postSignForm(web.app, peru, { ...newOrganization, website: "http://spam.example" }, session);
		assert.equal(robot.statusCode, 400);
		assert.equal((await web.t.adherences.list(peru)).length, 0);
	});

	it("answers a closed statement's and an unknown statement's form politely", async () => {
		const closed = await web.app.inject("/s/wftu-peru-solidarity-day-2023/sign");
		assert.equal(closed.statusCode, 409);
		assert.match(closed.body, /This statement is closed/);
		const unknown = await web.app.inject("/s/no-such-statement/sign");
		assert.equal(unknown.statusCode, 404);
		assert.match(unknown.body, /There is no statement “no-such-statement”/);
	});

	it("on a statement that approves at once: a solved proof of work signs at once, none or a replayed one waits for review", async () => {
		const seed = await web.t.statements.get(movadef);
		assert.ok(seed);
		const open = "icor-open-sign-test";
		await web.t.statements.upsert({ ...seed, id: open, adherencePolicy: "open" });
		const payload = await solvedProofOfWork(web.app);
		const signed = await postSignForm(
			web.app,
			open,
			{ ...newOrganization, altcha: payload },
			await openSignForm(web.app, open),
		);
		assert.equal(signed.statusCode, 201);
		assert.match(signed.body, /Thank you/);
		const replayed = await postSignForm(
			web.app,
			open,
			{ ...newOrganization, name: "Otra Organización Distinta", abbreviation: "OOD", altcha: payload },
			await openSignForm(web.app, open),
		);
		assert.match(replayed.body, /Received/);
		const without = await postSignForm(
			web.app,
			open,
			{ ...newOrganization, name: "Tercera Organización", abbreviation: "TO" },
			await openSignForm(web.app, open),
		);
		assert.match(without.body, /Received/);
		const statuses = (await web.t.adherences.list(open)).map((adherence) => adherence.status);
		assert.deepEqual(statuses, ["approved", "pending", "pending"]);
	});
});
