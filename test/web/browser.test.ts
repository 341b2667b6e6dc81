import assert from "node:assert/strict";
import { once } from "node:events";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { freePort } from "../../src/store/redis/redis-server-process.js";
import { LiveProgram } from "../helpers/live-program.js";
import { projectRoot } from "../helpers/run-program.js";
import { TestRedis } from "../helpers/test-redis.js";

// The page functions below run in the browser; these are the few DOM names they use.
declare const document: { activeElement: unknown };
declare function getComputedStyle(element: unknown): { color: string; backgroundColor: string; outlineStyle: string };
type Element = { parentElement: Element | null; querySelector(selector: string): Element | null };

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const peru = "icor-peru-struggle-2023";
// Each run saves its screenshots apart; `UPDATE_SCREENSHOTS=1` writes the README's copies in docs/.
const screenshots = join(projectRoot, process.env.UPDATE_SCREENSHOTS === "1" ? "docs" : "test-results/screenshots");

/** Debian's Chromium as root in a closed network: the flags that keep it from calling home. */
const chromiumArgs = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

/** WCAG 2's relative luminance of a CSS rgb() colour. */
function relativeLuminance(css: string): number {
	const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
	const channel = (value: number) => {
		const c = value / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

async function signAs(page: Page, fields: { name: string; abbreviation: string; countryTyped: string; email: string }) {
	await page.getByLabel("Name (of the organization, or your own)").fill(fields.name);
	await page.getByLabel("Abbreviation (optional)").fill(fields.abbreviation);
	const filter = page.getByLabel("Filter the countries");
	if (await filter.isVisible()) await filter.fill(fields.countryTyped);
	else await page.getByLabel("Country", { exact: true }).selectOption({ label: "Chile" });
	await page.getByLabel("Contact e-mail (optional, private to the organizers)").fill(fields.email);
	await page.getByLabel("I may sign on behalf of this organization (or in my own name).").check();
}

describe("the statement page in a real browser, against the running program", { timeout: 180_000 }, () => {
	let redis: TestRedis;
	let app: LiveProgram;
	let browser: Browser;
	let url: string;

	before(async () => {
		assert.ok(existsSync(chromiumPath), `Chromium at ${chromiumPath} (.ci/run installs Debian's chromium)`);
		redis = await TestRedis.start();
		app = LiveProgram.start(["--import", "tsx", "src/main.ts"], {
			REDIS_URL: redis.url,
			WEB_PORT: String(await freePort()),
		});
		// What a new user sees: the address on stderr, the conversation on stdout.
		const printed = await app.waitFor(/web pages at (http:\/\/\S+)\//, 30_000, 0, "stderr");
		url = /web pages at (http:\/\/\S+)\//.exec(printed)?.[1] ?? "";
		browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
		mkdirSync(screenshots, { recursive: true });
	});
	after(async () => {
		await browser?.close();
		await app?.endInput();
		await redis?.stop();
	});

	it("reads a seed statement, signs it, sees received; approved from the console, the page lists it", async () => {
		const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${url}/s/${peru}`);
		await assert.doesNotReject(
			page.getByRole("heading", { name: "Solidarity with the struggle of the Peruvian people" }).waitFor(),
		);
		await page.screenshot({ path: join(screenshots, "web-statement.png") });
		await page.getByRole("link", { name: "Sign this statement" }).first().click();
		await page.getByRole("heading", { name: /^Sign “Solidarity with the struggle/ }).waitFor();
		await page.screenshot({ path: join(screenshots, "web-sign.png"), fullPage: true });

		await signAs(page, {
			name: "Frente Obrero del Sur",
			abbreviation: "FOS",
			countryTyped: "Chil",
			email: "fos@example.org",
		});
		assert.equal(
			await page.getByLabel("Country", { exact: true }).inputValue(),
			"CL",
			"typing filters and picks the country",
		);
		// The proof of work runs in a worker as the page loads; its answer fills a hidden field.
		const altcha = page.locator("input[name=altcha]");
		for (const deadline = Date.now() + 30_000; !(await altcha.inputValue().catch(() => "")); ) {
			assert.ok(Date.now() < deadline, "the proof of work is solved within 30 s");
			await page.waitForTimeout(100);
		}
		await page.getByRole("button", { name: "Sign" }).click();
		await page.getByRole("heading", { name: "Received" }).waitFor();
		assert.match(await page.locator("main").innerText(), /The organizers will review it/);

		const approved = await app.waitFor(/Approved #1/, 20_000, app.send(`/approve ${peru} 1`));
		assert.match(approved, /Frente Obrero del Sur/);
		await page.goto(`${url}/s/${peru}`);
		const list = await page.locator("section[aria-labelledby=signatories]").innerText();
		const subsequent = list.slice(list.indexOf("Subsequent signatories"));
		assert.ok(list.includes("Subsequent signatories"));
		assert.match(subsequent, /FOS Frente Obrero del Sur, Chile/);

		await page.goto(`${url}/s/${peru}/sign`);
		await signAs(page, { name: "Frente Obrero del Sur", abbreviation: "FOS", countryTyped: "Chile", email: "" });
		await page.getByRole("button", { name: "Sign" }).click();
		await page.getByRole("heading", { name: "Already on the list" }).waitFor();
		assert.match(await page.locator("main").innerText(), /has already signed/);
		await context.close();
	});

	it("at phone width, takes screenshots of the page and the form", async () => {
		const context = await browser.newContext({
			locale: "en-GB",
			viewport: { width: 390, height: 844 },
			isMobile: true,
		});
		const page = await context.newPage();
		await page.goto(`${url}/s/${peru}`);
		await page.screenshot({ path: join(screenshots, "web-statement-phone.png") });
		const overflow = await page.locator("html").evaluate((root) => root.scrollWidth - root.clientWidth);
		assert.ok(overflow <= 0, `no sideways scrolling at phone width (${overflow}px too wide)`);
		await page.goto(`${url}/s/${peru}/sign`);
		await page.screenshot({ path: join(screenshots, "web-sign-phone.png"), fullPage: true });
		await context.close();
	});

	it("passes WCAG AA contrast for text, links and the button, and shows where the focus is", async () => {
		const context = await browser.newContext({ locale: "en-GB" });
		const page = await context.newPage();
		await page.goto(`${url}/s/${peru}/sign`);
		// Each element's colour and the background it sits on, as the browser computes them. (No named
		// functions inside: tsx would wrap them in a helper the page does not have.)
		const selectors = {
			text: "main p",
			link: 'main > p > a[href^="/s/"]',
			button: "button[type=submit]",
			meta: ".meta",
		};
		const colours = await page.locator("body").evaluate(
			(body: Element, wanted: string[]) =>
				wanted.map((selector) => {
					const element = body.querySelector(selector);
					let background = "rgb(255, 255, 255)";
					for (let at = element; at; at = at.parentElement) {
						const colour = getComputedStyle(at).backgroundColor;
						if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") {
							background = colour;
							break;
						}
					}
					return [getComputedStyle(element).color, background];
				}),
			Object.values(selectors),
		);
		const ratios = Object.fromEntries(
			Object.keys(selectors).map((part, index) => {
				const [foreground = "", background = ""] = colours[index] ?? [];
				const [a, b] = [relativeLuminance(foreground), relativeLuminance(background)];
				return [part, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
			}),
		);
		for (const [part, ratio] of Object.entries(ratios)) assert.ok(ratio >= 4.5, `${part}: ${ratio.toFixed(2)} < 4.5`);
		const submit = page.getByRole("button", { name: "Sign" });
		const unfocused = await submit.evaluate((element) => getComputedStyle(element).outlineStyle);
		await page.keyboard.press("Tab");
		for (
			let presses = 0;
			presses < 40 && !(await submit.evaluate((element) => element === document.activeElement));
			presses++
		)
			await page.keyboard.press("Tab");
		const focused = await submit.evaluate((element) => getComputedStyle(element).outlineStyle);
		assert.equal(unfocused, "none");
		assert.notEqual(focused, "none", "the focused button shows an outline");
		await context.close();
	});

	it("speaks Spanish to a Spanish browser", async () => {
		const context = await browser.newContext({ locale: "es-ES" });
		const page = await context.newPage();
		await page.goto(`${url}/s/${peru}`);
		assert.equal(await page.locator("html").getAttribute("lang"), "es");
		await page.getByRole("link", { name: "Firmar esta declaración" }).first().waitFor();
		await context.close();
	});

	it("signs with JavaScript off: the signature still reaches the organizers", async () => {
		const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${url}/s/${peru}/sign`);
		await signAs(page, { name: "Sindicato Sin Script", abbreviation: "SSS", countryTyped: "Chile", email: "" });
		await page.getByRole("button", { name: "Sign" }).click();
		await page.getByRole("heading", { name: "Received" }).waitFor();
		const pending = await app.waitFor(/Sindicato Sin Script/, 20_000, app.send(`/pending ${peru}`));
		assert.match(pending, /Sindicato Sin Script/);
		await context.close();
	});

	it("lets other sites frame the embed card, and no other page", async () => {
		// An organization's own site, on another origin, with both pages in frames.
		const site = createServer((_request, response) => {
			response.setHeader("content-type", "text/html; charset=utf-8");
			response.end(
				`<!doctype html><title>Our site</title><iframe id="embed" src="${url}/s/${peru}/embed"></iframe><iframe id="page" src="${url}/s/${peru}"></iframe>`,
			);
		});
		site.listen(0, "127.0.0.1");
		await once(site, "listening");
		const { port } = site.address() as AddressInfo;
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`http://localhost:${port}/`);
		await page.frameLocator("#embed").getByRole("link", { name: "Sign this statement" }).waitFor();
		const shows = async (id: string) => {
			const frame = await (await page.$(`#${id}`))?.contentFrame();
			assert.ok(frame, `the frame #${id}`);
			await frame.waitForLoadState();
			return (
				await frame
					.locator("body")
					.innerText()
					.catch(() => "")
			).includes("Solidarity with the struggle");
		};
		assert.equal(await shows("embed"), true, "the embed card renders in the frame");
		assert.equal(await shows("page"), false, "the statement page does not render inside another site's frame");
		await context.close();
		site.close();
	});
});
