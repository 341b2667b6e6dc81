import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import type { Core } from "../../../src/core/core.js";
import { paragraph, type Reply, span } from "../../../src/core/reply.js";
import type { RecordedRequest } from "../../helpers/discord-fake.js";
import { type DiscordHarness, startDiscordHarness } from "../../helpers/discord-harness.js";
import {
	autocomplete,
	buttonPress,
	channelId,
	guildId,
	icorOrganizerOnDiscord,
	memberAna,
	modalSubmit,
	organizersChannelId,
	serverManager,
	slashCommand,
} from "../../helpers/discord-interactions.js";
import { icorOrganizer, say } from "../../helpers/test-core.js";

const statementId = "icor-peru-struggle-2023";
const ephemeralFlag = 64;
/** Discord's interaction callback types. */
const callback = { deferredReply: 5, deferredUpdate: 6, autocomplete: 8, modal: 9 } as const;

interface MessageBody {
	content?: string;
	flags?: number;
	components?: { components: { custom_id: string; label: string }[] }[];
	allowed_mentions?: { parse?: unknown[] };
	nonce?: string;
	enforce_nonce?: boolean;
	type?: number;
	data?: { custom_id?: string; flags?: number; choices?: { name: string; value: string }[] };
}

const bodyOf = (request: RecordedRequest) => request.body as MessageBody;
const customIds = (request: RecordedRequest) =>
	(bodyOf(request).components ?? []).flatMap((row) => row.components.map((button) => button.custom_id));
const isMessage = (request: RecordedRequest) =>
	(request.method === "POST" || request.method === "PATCH") &&
	(request.path.startsWith("/webhooks/") || /^\/channels\/\d+\/messages/.test(request.path));

/** Test-controlled behaviour of the core, to make a reply slow or huge. */
const control: { delayMs: number; replace?: Reply } = { delayMs: 0 };

function controlled(core: Core): Core {
	return {
		...core,
		commands: core.commands,
		localeOf: (origin) => core.localeOf(origin),
		handleText: (line, origin) => core.handleText(line, origin),
		handleAction: (action, origin) => core.handleAction(action, origin),
		async handleCommand(name, args, origin) {
			if (control.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, control.delayMs));
			return control.replace ?? core.handleCommand(name, args, origin);
		},
	};
}

describe("Discord adapter against a fake Discord", () => {
	let harness: DiscordHarness;
	const originalOf = (payload: { token: string }) =>
		harness.fake.waitFor(
			(request) => request.method === "PATCH" && request.path.includes(`/${payload.token}/messages/@original`),
		);

	before(async () => {
		harness = await startDiscordHarness(controlled);
		harness.fake.channels.set(channelId, guildId);
		harness.fake.channels.set(organizersChannelId, guildId);
	});
	after(async () => {
		await harness.stop();
	});
	beforeEach(async () => {
		await harness.testCore.reset();
		await harness.testCore.deps.campaigns.addOrganizer("icor", `discord:${icorOrganizerOnDiscord.id}`, {
			who: "test",
			at: "2026-11-23T12:00:00.000Z",
		});
		harness.fake.clear();
		control.delayMs = 0;
		control.replace = undefined;
	});

	test("/statement is deferred, then paged with a Next button that turns the page in place", async () => {
		const command = slashCommand("statement", { id: statementId }, memberAna);
		const deferral = await harness.interact(command);
		assert.equal(bodyOf(deferral).type, callback.deferredReply);
		const first = await originalOf(command);
		assert.match(bodyOf(first).content ?? "", /Page 1 of \d+/);
		assert.ok(customIds(first).includes(`statement ${statementId} en 2`));

		const press = buttonPress(`statement ${statementId} en 2`, memberAna);
		const update = await harness.interact(press);
		assert.equal(bodyOf(update).type, callback.deferredUpdate);
		const second = await originalOf(press);
		assert.match(bodyOf(second).content ?? "", /Page 2 of \d+/);
		assert.ok(customIds(second).includes(`statement ${statementId} en 1`), "a Previous button");
		assert.notEqual(bodyOf(second).content, bodyOf(first).content);
	});

	test("/adhere opens a modal; its submit makes a pending card in the organizers' channel; approve lists it and tells the submitter", async () => {
		const refused = slashCommand("moderatehere", { campaign: "icor" }, serverManager, organizersChannelId);
		await harness.interact(refused);
		const refusal = await harness.fake.waitFor(
			(request) =>
				request.method === "POST" && request.path.startsWith("/webhooks/") && request.path.includes(refused.token),
		);
		assert.match(bodyOf(refusal).content ?? "", /Only organizers of ICOR can do that/, "Manage Server is no organizer");
		const here = slashCommand("moderatehere", { campaign: "icor" }, icorOrganizerOnDiscord, organizersChannelId);
		await harness.interact(here);
		await originalOf(here);

		const adhere = slashCommand("adhere", { id: statementId }, memberAna);
		const modal = await harness.interact(adhere);
		assert.equal(bodyOf(modal).type, callback.modal);
		assert.equal(bodyOf(modal).data?.custom_id, `adhere-modal:${statementId}`);

		const submit = modalSubmit(
			`adhere-modal:${statementId}`,
			{
				organization: "Red Dawn <@&555> *Collective*",
				abbreviation: "RDC",
				country: "Perú",
				contact: "ana@example.org",
				confirmation: "yes",
			},
			memberAna,
		);
		const deferral = await harness.interact(submit);
		assert.equal(bodyOf(deferral).data?.flags, ephemeralFlag, "the form's answer is the submitter's alone");
		const received = await originalOf(submit);
		assert.match(bodyOf(received).content ?? "", /#1/);

		const card = await harness.fake.waitFor(
			(request) => request.method === "POST" && request.path === `/channels/${organizersChannelId}/messages`,
		);
		assert.deepEqual(customIds(card), [`approve ${statementId} 1`, `reject ${statementId} 1`]);
		assert.ok(!(bodyOf(card).content ?? "").includes("ana@example.org"), "the contact stays private");
		const pending = await harness.testCore.adherences.get(statementId, 1);
		assert.equal(pending?.status, "pending");

		const approve = buttonPress(`approve ${statementId} 1`, icorOrganizerOnDiscord, organizersChannelId);
		await harness.interact(approve);
		const approved = await originalOf(approve);
		assert.match(bodyOf(approved).content ?? "", /Red Dawn/);
		assert.equal((await harness.testCore.adherences.get(statementId, 1))?.status, "approved");
		const told = await harness.fake.waitFor(
			(request) => request.method === "POST" && request.path === `/channels/${channelId}/messages`,
		);
		assert.match(bodyOf(told).content ?? "", /Red Dawn/);

		const list = slashCommand("signatories", { id: statementId }, memberAna);
		await harness.interact(list);
		await originalOf(list);
		const parts = await allSentFor(harness, list.id, () =>
			harness.fake.requests.filter((request) => isMessage(request) && request.path.includes(list.token)),
		);
		assert.ok(
			parts.some((part) => /Red Dawn/.test(bodyOf(part).content ?? "")),
			"the approved organization is on the list",
		);
	});

	test("a member pressing Approve is refused privately and nothing changes", async () => {
		const submit = modalSubmit(
			`adhere-modal:${statementId}`,
			{ organization: "Blue Sky Union", abbreviation: "", country: "Chile", contact: "", confirmation: "yes" },
			memberAna,
		);
		await harness.interact(submit);
		await originalOf(submit);
		assert.equal((await harness.testCore.adherences.get(statementId, 1))?.status, "pending");

		const press = buttonPress(`approve ${statementId} 1`, { id: "800000000000000009", name: "Eve" });
		await harness.interact(press);
		const refusal = await harness.fake.waitFor(
			(request) =>
				request.method === "POST" && request.path.startsWith(`/webhooks/`) && request.path.includes(press.token),
		);
		assert.equal(bodyOf(refusal).flags, ephemeralFlag);
		assert.match(bodyOf(refusal).content ?? "", /organizer/i);
		assert.ok(
			!harness.fake.requests.some((request) => request.method === "PATCH" && request.path.includes(press.token)),
			"the card is left as it was",
		);
		assert.equal((await harness.testCore.adherences.get(statementId, 1))?.status, "pending");
	});

	test("an over-long reply is split into messages within Discord's limit, buttons on the last", async () => {
		const sentence = "Solidarity with *all* the_people @everyone of <@123> Peru. ";
		control.replace = {
			blocks: Array.from({ length: 12 }, () => paragraph(span(sentence.repeat(20)))),
			buttons: [{ label: "Next", action: "statement x en 2" }],
		};
		const command = slashCommand("statement", { id: statementId }, memberAna);
		await harness.interact(command);
		await originalOf(command);
		const parts = await allSentFor(harness, command.id, () =>
			harness.fake.requests.filter((request) => isMessage(request) && request.path.includes(command.token)),
		);
		for (const part of parts) assert.ok((bodyOf(part).content ?? "").length <= 2000, "within 2,000 characters");
		assert.ok(parts.length >= 7, `12 × 1,200 escaped characters need several messages, got ${parts.length}`);
		assert.deepEqual(
			parts.map((part) => customIds(part).length),
			[...parts.slice(0, -1).map(() => 0), 1],
		);
	});

	test("no message ever carries a mention that could ping", async () => {
		const submit = modalSubmit(
			`adhere-modal:${statementId}`,
			{
				organization: "Crew <@123> <#456> <@&789>",
				abbreviation: "",
				country: "Peru",
				contact: "",
				confirmation: "yes",
			},
			memberAna,
		);
		await harness.interact(submit);
		await originalOf(submit);
		control.replace = { blocks: [paragraph(span("@everyone @here <@123> <@!123> <@&9> <#5>"))] };
		const command = slashCommand("help", {}, memberAna);
		await harness.interact(command);
		await originalOf(command);
		const messages = harness.fake.requests.filter(isMessage);
		assert.ok(messages.length >= 2);
		for (const message of messages) {
			const body = bodyOf(message);
			assert.deepEqual(body.allowed_mentions, { parse: [] }, `${message.method} ${message.path}`);
			const content = body.content ?? "";
			assert.doesNotMatch(content, /@everyone|@here/);
			assert.doesNotMatch(content, /(^|[^\\])<[@#]/);
		}
	});

	test("/draft <id> add with no signatories asks for them in a form of several lines, one added a line", async () => {
		const draftId = "solidarity-with-the-miners";
		await say(
			harness.testCore.core,
			"/import icor Solidarity with the miners\n\nWe stand with the striking miners.\n\nSignatories:\n1. Red Dawn, Netherlands",
			icorOrganizer,
		);
		const add = slashCommand("draft", { id: draftId, action: "add" }, icorOrganizerOnDiscord);
		const modal = await harness.interact(add);
		assert.equal(bodyOf(modal).type, callback.modal);
		assert.equal(bodyOf(modal).data?.custom_id, `lines-modal:/draft ${draftId} add`);

		const lines = "Frente Norte; FN; Bolivia\nColectivo Andino; -; Peru";
		const submit = modalSubmit(`lines-modal:/draft ${draftId} add`, { lines }, icorOrganizerOnDiscord);
		await harness.interact(submit);
		assert.match(bodyOf(await originalOf(submit)).content ?? "", /Added 2: Frente Norte, Colectivo Andino\./);
		const names = async () =>
			(await harness.testCore.statements.get(draftId))?.sections.flatMap((section) =>
				section.signatories.map((s) => s.name),
			);
		assert.deepEqual(await names(), ["Red Dawn", "Frente Norte", "Colectivo Andino"]);

		// The form's submit is the command typed in full: someone who is no organizer gets the core's refusal.
		const forged = modalSubmit(`lines-modal:/draft ${draftId} add`, { lines: "Intruders; -; Peru" }, memberAna);
		await harness.interact(forged);
		const refusal = await harness.fake.waitFor(
			(request) =>
				request.method === "POST" && request.path.startsWith("/webhooks/") && request.path.includes(forged.token),
		);
		assert.match(bodyOf(refusal).content ?? "", /Only organizers of ICOR can do that/);
		assert.deepEqual(await names(), ["Red Dawn", "Frente Norte", "Colectivo Andino"]);

		// Signatories given in the option itself need no form.
		const inline = slashCommand("draft", { id: draftId, action: "add", details: "Ana Gómez" }, icorOrganizerOnDiscord);
		assert.equal(bodyOf(await harness.interact(inline)).type, callback.deferredReply);
		assert.match(bodyOf(await originalOf(inline)).content ?? "", /Added: Ana Gómez\./);
	});

	test("a slow command is deferred at once, and answered when the core is done", async () => {
		control.delayMs = 1500;
		const command = slashCommand("statements", {}, memberAna);
		const sentAt = Date.now();
		const deferral = await harness.interact(command);
		assert.ok(deferral.at - sentAt < 1000, `deferred after ${deferral.at - sentAt} ms`);
		const answer = await originalOf(command);
		assert.ok(answer.at - sentAt >= 1500);
	});

	test("autocomplete offers statement ids matching what is typed", async () => {
		const request = autocomplete("statement", "id", "wftu", memberAna);
		const answer = await harness.interact(request);
		assert.equal(bodyOf(answer).type, callback.autocomplete);
		assert.deepEqual(
			bodyOf(answer).data?.choices?.map((choice) => choice.value),
			["wftu-peru-solidarity-day-2023"],
		);
	});

	test("the sender passes a short nonce and maps Discord's errors to delivery outcomes", async () => {
		const reply: Reply = { blocks: [paragraph(span("Reminder"))] };
		const sent = await harness.adapter.sender.send(channelId, reply, "send:broadcast-1:discord:700000000000000010");
		assert.equal(sent.kind, "sent");
		const post = await harness.fake.waitFor((request) => request.path === `/channels/${channelId}/messages`);
		assert.ok((bodyOf(post).nonce ?? "").length <= 25);
		assert.equal(bodyOf(post).enforce_nonce, true);

		harness.fake.fail(/^POST \/channels\/1\/messages$/, {
			status: 404,
			body: { message: "Unknown Channel", code: 10003 },
		});
		assert.equal((await harness.adapter.sender.send("1", reply)).kind, "gone");
		harness.fake.fail(/^POST \/channels\/2\/messages$/, {
			status: 429,
			body: { message: "slow down", retry_after: 2, global: false },
			headers: { "retry-after": "2" },
		});
		const limited = await harness.adapter.sender.send("2", reply);
		assert.equal(limited.kind, "rate-limited");
		harness.fake.fail(/^POST \/channels\/3\/messages$/, { status: 502, body: { message: "bad gateway", code: 0 } }, 5);
		const failed = await harness.adapter.sender.send("3", reply);
		assert.deepEqual(failed.kind === "failed" && failed.retryable, true);
	});
});

/** Everything the adapter sent for an interaction, once its log says it has finished with it. */
async function allSentFor<T>(harness: DiscordHarness, interactionId: string, read: () => T[]): Promise<T[]> {
	await harness.handled(interactionId);
	return read();
}
