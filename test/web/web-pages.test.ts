import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { icorOrganizer, say } from "../helpers/test-core.js";
import { openSignForm, postSignForm, startWebHarness, type WebHarness } from "../helpers/web-harness.js";

const peru = "icor-peru-struggle-2023";

describe("the public pages", () => {
	let web: WebHarness;
	before(async () => {
		web = await startWebHarness({ signPostsPerAddress: 5 });
	});
	after(() => web.stop());
	beforeEach(() => web.t.reset());

	it("lists the campaigns with their open statements and counts, in English or Spanish", async () => {
		const home = await web.app.inject("/");
		assert.equal(home.statusCode, 200);
		assert.match(home.body, /<html lang="en">/);
		assert.match(home.body, /<h2>ICOR<\/h2>/);
		assert.match(
			home.body,
			/Solidarity with the struggle of the Peruvian people<\/a> <span class="meta">\(\d+ signatories\)/,
		);
		assert.doesNotMatch(home.body, /wftu-peru-solidarity-day-2023/, "a closed statement is not offered for signing");
		const spanish = await web.app.inject({ url: "/", headers: { "accept-language": "es-ES,es;q=0.9,en;q=0.5" } });
		assert.match(spanish.body, /<html lang="es">/);
		assert.match(spanish.body, /Campañas y sus declaraciones abiertas/);
		const overridden = await web.app.inject({ url: "/?lang=en", headers: { "accept-language": "es" } });
		assert.match(overridden.body, /<html lang="en">/);
	});

	it("shows a statement in the document's layout: byline, the as-of sentence, the numbering, the Sign button", async () => {
		const page = await web.app.inject(`/s/${peru}`);
		assert.equal(page.statusCode, 200);
		assert.match(page.body, /<h1>Solidarity with the struggle of the Peruvian people<\/h1>/);
		assert.match(page.body, /ICOR, 7 February 2023/);
		assert.match(page.body, /Signatories \(as of 7 February 2023/);
		assert.match(
			page.body,
			/<li><span class="marker">3\.<\/span> MMLPL Moroccan Marxist-Leninist Proletarian Line<\/li>/,
		);
		assert.match(
			page.body,
			/<a class="button" href="\/s\/icor-peru-struggle-2023\/sign\?lang=en">Sign this statement<\/a>/,
		);
		const closed = await web.app.inject("/s/wftu-peru-solidarity-day-2023");
		assert.match(closed.body, /This statement is closed/);
		assert.doesNotMatch(closed.body, /Sign this statement/);
		assert.equal((await web.app.inject("/s/no-such-statement")).statusCode, 404);
	});

	it("marks the original among a statement's language versions", async () => {
		const page = await web.app.inject("/s/icor-movadef-persecution?lang=en");
		assert.match(page.body, /Language versions/);
		assert.match(page.body, /\(original\)/);
		const spanish = await web.app.inject("/s/icor-movadef-persecution?lang=es");
		assert.match(spanish.body, /<html lang="es">/);
		assert.match(spanish.body, /Firmar esta declaración/);
	});

	it("sends strict headers: no framing, no inline script, except the embed card, which may be framed", async () => {
		const page = await web.app.inject(`/s/${peru}`);
		const csp = String(page.headers["content-security-policy"]);
		assert.match(csp, /frame-ancestors 'none'/);
		assert.match(csp, /script-src 'self'/);
		assert.doesNotMatch(csp, /unsafe-inline/);
		assert.equal(page.headers["x-frame-options"], "SAMEORIGIN");
		assert.doesNotMatch(page.body, /<script>|<script [^>]*>[^<]/, "no inline script");
		const embed = await web.app.inject(`/s/${peru}/embed`);
		assert.equal(embed.statusCode, 200);
		assert.match(String(embed.headers["content-security-policy"]), /frame-ancestors \*/);
		assert.equal(embed.headers["x-frame-options"], undefined);
		assert.match(embed.body, /Sign this statement/);
		assert.match(embed.body, /\d+ signatories/);
	});

	it("never shows a contact e-mail on a public page or feed", async () => {
		const email = "private.contact@fos.example.org";
		const session = await openSignForm(web.app, peru);
		await postSignForm(
			web.app,
			peru,
			{
				kind: "organization",
				name: "Frente Obrero del Sur",
				abbreviation: "FOS",
				country: "CL",
				contactEmail: email,
				attest: "yes",
			},
			session,
		);
		await say(web.t.core, `/approve ${peru} 1`, icorOrganizer);
		for (const url of [
			"/",
			`/s/${peru}`,
			`/s/${peru}/embed`,
			`/s/${peru}/signatories.json`,
			`/s/${peru}/signatories.csv`,
			`/s/${peru}/feed.atom`,
			"/days.ics",
		]) {
			const response = await web.app.inject(url);
			assert.equal(response.statusCode, 200, url);
			assert.ok(!response.body.includes(email), `${url} shows no contact`);
		}
		const json = (await web.app.inject(`/s/${peru}/signatories.json`)).json() as { signatories: { name: string }[] };
		assert.ok(json.signatories.some((entry) => entry.name === "Frente Obrero del Sur"));
		assert.match(
			(await web.app.inject(`/s/${peru}/feed.atom`)).body,
			/<title>FOS Frente Obrero del Sur, Chile<\/title>/,
		);
	});

	it("neutralises formula-leading cells in the CSV", async () => {
		const session = await openSignForm(web.app, peru);
		await postSignForm(
			web.app,
			peru,
			{
				kind: "organization",
				name: '=HYPERLINK("http://evil.example") Union',
				abbreviation: "",
				country: "CL",
				attest: "yes",
			},
			session,
		);
		await say(web.t.core, `/approve ${peru} 1`, icorOrganizer);
		const csv = (await web.app.inject(`/s/${peru}/signatories.csv`)).body;
		assert.match(csv, /'=HYPERLINK/);
		assert.doesNotMatch(csv, /(^|,)"?=HYPERLINK/m);
	});

	it("serves the solidarity days as an iCalendar feed, all of them and per campaign", async () => {
		const all = await web.app.inject("/days.ics");
		assert.equal(all.statusCode, 200);
		assert.match(String(all.headers["content-type"]), /text\/calendar/);
		assert.match(all.body, /BEGIN:VCALENDAR/);
		const days = await web.t.deps.days.list();
		assert.equal((all.body.match(/BEGIN:VEVENT/g) ?? []).length, days.length);
		const campaign = days[0]?.campaign ?? "icor";
		const one = await web.app.inject(`/c/${campaign}/days.ics`);
		assert.equal(
			(one.body.match(/BEGIN:VEVENT/g) ?? []).length,
			days.filter((day) => day.campaign === campaign).length,
		);
		if (days.some((day) => day.date.startsWith("--"))) assert.match(all.body, /RRULE:FREQ=YEARLY/);
		assert.equal((await web.app.inject("/c/no-such-campaign/days.ics")).statusCode, 404);
	});

	it("limits a flood of 1,000 posts from one address, and every accepted post is whole", async () => {
		const session = await openSignForm(web.app, peru);
		const statuses = new Map<number, number>();
		const posts = Array.from({ length: 1000 }, (_, index) =>
			postSignForm(
				web.app,
				peru,
				{ kind: "organization", name: `Flood Union ${index}`, abbreviation: "", country: "CL", attest: "yes" },
				session,
				{ "x-forwarded-for": "203.0.113.7" },
			),
		);
		for (const response of await Promise.all(posts))
			statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
		assert.equal(statuses.get(201), 5, `accepted: ${JSON.stringify([...statuses])}`);
		assert.equal(statuses.get(429), 995);
		const stored = await web.t.adherences.list(peru);
		assert.equal(stored.length, 5);
		for (const adherence of stored) {
			assert.match(adherence.submission.name, /^Flood Union \d+$/);
			assert.equal(adherence.submission.country, "CL");
			assert.equal(adherence.status, "pending");
		}
		const limited = await postSignForm(web.app, peru, { name: "One more" }, session);
		assert.match(limited.body, /Too many requests from your address/);
	});
});
