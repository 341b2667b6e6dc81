// A signature from the web page reaches the campaign's moderation chat on Telegram and on Discord
// as a chat adherence's does, is approved there with the card's button, and the page lists it.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import type { CoreDependencies } from "../../src/core/context.js";
import { altchaProofOfWork } from "../../src/web/proof-of-work.js";
import { createWebServer } from "../../src/web/server.js";
import { webMessenger } from "../../src/web/web-messenger.js";
import type { RecordedRequest } from "../helpers/discord-fake.js";
import { type DiscordHarness, startDiscordHarness } from "../helpers/discord-harness.js";
import {
	buttonPress,
	channelId,
	guildId,
	icorOrganizerOnDiscord,
	organizersChannelId,
	slashCommand,
} from "../helpers/discord-interactions.js";
import { startTelegramHarness, type TelegramHarness } from "../helpers/telegram-bot-harness.js";
import { waitFor } from "../helpers/telegram-test-server.js";
import { openSignForm, postSignForm, publicUrl } from "../helpers/web-harness.js";

const movadef = "icor-movadef-persecution";
const signature = {
	kind: "organization",
	name: "Sindicato de la Web",
	abbreviation: "SDW",
	country: "AR",
	contactEmail: "web@sdw.example.org",
	attest: "yes",
};

async function webServer(deps: CoreDependencies): Promise<FastifyInstance> {
	const app = await createWebServer({
		deps,
		logger: pino({ level: "silent" }),
		publicUrl,
		proofOfWork: altchaProofOfWork({ secret: "moderation-chats", spendOnce: async () => true, cost: 20 }),
	});
	await app.ready();
	return app;
}

describe("a web signature in the Telegram moderation chat", () => {
	let h: TelegramHarness;
	let app: FastifyInstance;
	before(async () => {
		h = await startTelegramHarness();
		h.messenger.register("web", webMessenger);
		app = await webServer(h.deps);
	});
	after(async () => {
		await app.close();
		await h.stop();
	});

	it("gets its card there, is approved with the button, and the page lists it", async () => {
		const organizers = h.server.user({ userId: 2001, chatId: -300, type: "group", firstName: "Olga" });
		assert.match((await organizers.say("/moderatehere icor"))[0]?.text ?? "", /moderation cards/);
		const posted = await postSignForm(app, movadef, signature, await openSignForm(app, movadef));
		assert.equal(posted.statusCode, 201);
		const card = await waitFor("the card", () =>
			organizers.messages().find((message) => message.text.includes("request #1:")),
		);
		assert.match(card.text, /SDW Sindicato de la Web, Argentina/);
		assert.ok(!card.text.includes("web@sdw.example.org"), "the contact stays off the card");
		await organizers.press(card, "✓ Approve");
		await waitFor("the organizers' answer", () =>
			organizers.messages().find((message) => message.text.startsWith("Approved #1")),
		);
		assert.match((await app.inject(`/s/${movadef}`)).body, /SDW Sindicato de la Web, Argentina/);
	});
});

describe("a web signature in the Discord moderation channel", () => {
	let h: DiscordHarness;
	let app: FastifyInstance;
	before(async () => {
		h = await startDiscordHarness();
		h.messenger.register("web", webMessenger);
		h.fake.channels.set(channelId, guildId);
		h.fake.channels.set(organizersChannelId, guildId);
		await h.testCore.deps.campaigns.addOrganizer("icor", `discord:${icorOrganizerOnDiscord.id}`, {
			who: "test",
			at: "2026-11-23T12:00:00.000Z",
		});
		app = await webServer(h.testCore.deps);
	});
	after(async () => {
		await app.close();
		await h.stop();
	});

	it("gets its card there, is approved with the button, and the page lists it", async () => {
		const here = slashCommand("moderatehere", { campaign: "icor" }, icorOrganizerOnDiscord, organizersChannelId);
		await h.interact(here);
		await h.handled(here.id);
		const posted = await postSignForm(app, movadef, signature, await openSignForm(app, movadef));
		assert.equal(posted.statusCode, 201);
		const card = await h.fake.waitFor(
			(request: RecordedRequest) =>
				request.method === "POST" && request.path === `/channels/${organizersChannelId}/messages`,
		);
		const body = card.body as { content?: string; components?: { components: { custom_id: string }[] }[] };
		assert.match(body.content ?? "", /SDW Sindicato de la Web, Argentina/);
		const ids = (body.components ?? []).flatMap((row) => row.components.map((button) => button.custom_id));
		assert.deepEqual(ids, [`approve ${movadef} 1`, `reject ${movadef} 1`]);
		const approve = buttonPress(`approve ${movadef} 1`, icorOrganizerOnDiscord, organizersChannelId);
		await h.interact(approve);
		await h.handled(approve.id);
		assert.equal((await h.testCore.adherences.get(movadef, 1))?.status, "approved");
		assert.match((await app.inject(`/s/${movadef}`)).body, /SDW Sindicato de la Web, Argentina/);
	});
});
