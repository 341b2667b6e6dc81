import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { RequestOrigin } from "../../src/core/request.js";
import { icorOrganizer, member, organizer, redMuquiOrganizer, say, text } from "../helpers/test-core.js";
import { openSignForm, postSignForm, startWebHarness, type WebHarness } from "../helpers/web-harness.js";

const peru = "icor-peru-struggle-2023";
const inPrivate = (origin: RequestOrigin): RequestOrigin => ({
	...origin,
	chatId: origin.userId,
	privateReplies: true,
});
const linkPath = (reply: string) => /http:\/\/127\.0\.0\.1:8080(\/weblogin\/[A-Za-z0-9_-]+)/.exec(reply)?.[1];

describe("organizers on the web", () => {
	let web: WebHarness;
	before(async () => {
		web = await startWebHarness();
	});
	after(() => web.stop());
	beforeEach(() => web.t.reset());

	/** /weblogin in a private chat, the link opened: the session cookie a browser keeps. */
	async function signIn(origin: RequestOrigin): Promise<string> {
		const path = linkPath(text(await say(web.t.core, "/weblogin", inPrivate(origin))));
		assert.ok(path, "a sign-in link");
		const opened = await web.app.inject(path);
		assert.equal(opened.statusCode, 200);
		const cookie = opened.cookies.find((entry) => entry.name === "sb_session");
		assert.ok(cookie?.httpOnly, "HttpOnly");
		assert.equal(cookie?.sameSite, "Strict");
		return `sb_session=${cookie?.value}`;
	}

	async function signFromTheWeb(contactEmail: string) {
		const session = await openSignForm(web.app, peru);
		const response = await postSignForm(
			web.app,
			peru,
			{
				kind: "organization",
				name: "Frente Obrero del Sur",
				abbreviation: "FOS",
				country: "CL",
				contactEmail,
				attest: "yes",
			},
			session,
		);
		assert.equal(response.statusCode, 201);
	}

	it("gives a one-time link only to organizers, and only in a private chat", async () => {
		assert.match(text(await say(web.t.core, "/weblogin", inPrivate(member))), /for campaign organizers and operators/);
		const inGroup = text(await say(web.t.core, "/weblogin", { ...icorOrganizer, privateReplies: false }));
		assert.match(inGroup, /send \/weblogin to me in a private chat/);
		assert.equal(linkPath(inGroup), undefined);
		const spanish = text(await say(web.t.core, "/weblogin", { ...inPrivate(icorOrganizer), userLocale: "es" }));
		assert.match(spanish, /una sola vez, durante 10 minutos/);
		assert.ok(linkPath(spanish));
	});

	it("refuses a link used twice, an expired link and a made-up one", async () => {
		const path = linkPath(text(await say(web.t.core, "/weblogin", inPrivate(icorOrganizer))));
		assert.ok(path);
		assert.equal((await web.app.inject(path)).statusCode, 200);
		const again = await web.app.inject(path);
		assert.equal(again.statusCode, 410);
		assert.match(again.body, /expired or was already used/);
		assert.equal(again.cookies.length, 0, "no session from a used link");

		const token = await web.t.deps.webSessions.issueLogin("telegram:5005", 1);
		await sleep(1500);
		assert.equal((await web.app.inject(`/weblogin/${token}`)).statusCode, 410);
		assert.equal((await web.app.inject(`/weblogin/${"A".repeat(43)}`)).statusCode, 410);
	});

	it("shows an organizer their campaigns' pending adherences with the contacts, and no one else's", async () => {
		await signFromTheWeb("contacto@fos.example.org");
		const icor = await web.app.inject({ url: "/organizers", headers: { cookie: await signIn(icorOrganizer) } });
		assert.equal(icor.statusCode, 200);
		assert.match(icor.body, /Frente Obrero del Sur/);
		assert.match(icor.body, /contacto@fos\.example\.org/);
		assert.match(icor.body, /Approve #1/);
		const redMuqui = await web.app.inject({ url: "/organizers", headers: { cookie: await signIn(redMuquiOrganizer) } });
		assert.doesNotMatch(redMuqui.body, /Frente Obrero del Sur|contacto@fos/);
		assert.match(redMuqui.body, /No adherence of your campaigns is waiting for review/);
		const nobody = await web.app.inject("/organizers");
		assert.equal(nobody.statusCode, 401);
		assert.doesNotMatch(nobody.body, /contacto@fos/);
		const forged = await web.app.inject({ url: "/organizers", headers: { cookie: `sb_session=${"B".repeat(43)}` } });
		assert.equal(forged.statusCode, 401);
	});

	it("approves through the core, and the page shows the new signatory", async () => {
		await signFromTheWeb("contacto@fos.example.org");
		const cookie = await signIn(icorOrganizer);
		const page = await web.app.inject({ url: "/organizers", headers: { cookie } });
		const csrfCookie = page.cookies.find((entry) => entry.name === "sb_csrf");
		const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
		const decide = (fields: Record<string, string>, withCookie = `${cookie}; sb_csrf=${csrfCookie?.value}`) =>
			web.app.inject({
				method: "POST",
				url: "/organizers/decide",
				headers: { "content-type": "application/x-www-form-urlencoded", cookie: withCookie },
				payload: new URLSearchParams(fields).toString(),
			});
		const forged = await decide({ csrf: "x".repeat(43), statementId: peru, number: "1", decision: "approve" });
		assert.equal(forged.statusCode, 403);
		assert.equal((await web.t.adherences.get(peru, 1))?.status, "pending");
		const approved = await decide({ csrf, statementId: peru, number: "1", decision: "approve" });
		assert.match(approved.body, /Approved #1/);
		assert.equal((await web.t.adherences.get(peru, 1))?.status, "approved");
		assert.match((await web.app.inject(`/s/${peru}`)).body, /FOS Frente Obrero del Sur, Chile/);
		const csv = await web.app.inject({ url: `/organizers/export/${peru}.csv`, headers: { cookie } });
		assert.match(csv.body, /contacto@fos\.example\.org/);
		const otherCsv = await web.app.inject({
			url: "/organizers/export/red-muqui-international-2023.csv",
			headers: { cookie },
		});
		assert.equal(otherCsv.statusCode, 404);
	});

	it("opens the job queues to operators only", async () => {
		const operator = await web.app.inject({ url: "/admin/queues", headers: { cookie: await signIn(organizer) } });
		assert.equal(operator.statusCode, 200);
		assert.match(operator.body, /<script/);
		const api = await web.app.inject({ url: "/admin/queues/api/queues", headers: { cookie: await signIn(organizer) } });
		assert.match(api.body, /web-harness-jobs/);
		const organizerOnly = await web.app.inject({
			url: "/admin/queues/api/queues",
			headers: { cookie: await signIn(icorOrganizer) },
		});
		assert.equal(organizerOnly.statusCode, 403);
		assert.equal((await web.app.inject("/admin/queues")).statusCode, 403);
	});
});
