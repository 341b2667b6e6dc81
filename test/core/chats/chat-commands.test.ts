import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import {
	chatAdmin,
	member,
	organizer,
	say,
	spanishMember,
	startTestCore,
	type TestCore,
	text,
} from "../../helpers/test-core.js";

describe("chat settings", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	beforeEach(() => t.reset());
	after(() => t.stop());

	it("follows campaigns in a time zone and language, and stops following them", async () => {
		assert.match(
			text(await say(t.core, "/subscribe wftu Asia/Kathmandu es", chatAdmin)),
			/This chat follows WFTU: .* at local time in Asia\/Kathmandu, in Spanish/,
		);
		const stored = await t.deps.chats.subscription("telegram", chatAdmin.chatId);
		assert.deepEqual([stored?.timeZone, stored?.language, stored?.campaigns], ["Asia/Kathmandu", "es", ["wftu"]]);
		assert.match(text(await say(t.core, "/subscribe icor", chatAdmin)), /follows WFTU, ICOR: .*Asia\/Kathmandu/);
		assert.match(
			text(await say(t.core, "/unsubscribe wftu", chatAdmin)),
			/no longer follows WFTU. It still follows ICOR/,
		);
		assert.deepEqual((await t.deps.chats.subscription("telegram", chatAdmin.chatId))?.campaigns, ["icor"]);
		assert.match(text(await say(t.core, "/unsubscribe", chatAdmin)), /no longer receives/);
		assert.equal(await t.deps.chats.subscription("telegram", chatAdmin.chatId), undefined);
		assert.match(text(await say(t.core, "/unsubscribe", chatAdmin)), /was not subscribed/);
	});

	it("asks which campaign to follow when the chat follows none and names none", async () => {
		const reply = text(await say(t.core, "/subscribe America/Lima", chatAdmin));
		assert.match(reply, /Which campaign should this chat follow\?/);
		assert.match(reply, /icor \(ICOR\)/);
		assert.deepEqual(await t.deps.chats.subscriptions(), []);
	});

	it("refuses a time zone that does not exist, in the user's language, and subscribes nothing", async () => {
		const spanishAdmin = { ...spanishMember, userId: chatAdmin.userId, isChatAdmin: true };
		assert.match(text(await say(t.core, "/subscribe icor Lima", spanishAdmin)), /«Lima» no es una zona horaria/);
		assert.match(
			text(await say(t.core, "/subscribe icor Mars/Olympus", chatAdmin)),
			/"Mars\/Olympus" is not a time zone/,
		);
		assert.deepEqual(await t.deps.chats.subscriptions(), []);
	});

	it("makes a chat a moderation chat of one campaign, on any platform", async () => {
		assert.match(
			text(await say(t.core, "/moderatehere icor", { ...organizer, chatId: "-999" })),
			/receives the moderation cards of ICOR/,
		);
		const discordOperator = {
			platform: "discord" as const,
			chatId: "c1",
			scopeId: "g1",
			userId: "1001",
			isChatAdmin: false,
		};
		await say(t.core, "/moderatehere icor", discordOperator);
		assert.deepEqual(
			await t.deps.chats.moderationChats("icor"),
			[
				{ platform: "telegram", chatId: "-999" },
				{ platform: "discord", chatId: "c1", scopeId: "g1" },
			].sort((a, b) => a.chatId.localeCompare(b.chatId)),
		);
		assert.deepEqual(await t.deps.chats.moderationChats("wftu"), []);
	});

	it("leaves a chat's settings to its administrators, and moderation to the campaign's organizers", async () => {
		for (const line of ["/subscribe icor", "/unsubscribe"])
			assert.match(text(await say(t.core, line, member)), /Only this chat's administrators can change its settings/);
		assert.match(text(await say(t.core, "/moderatehere icor", member)), /Only organizers of ICOR can do that/);
		assert.match(text(await say(t.core, "/moderatehere icor", chatAdmin)), /Only organizers of ICOR can do that/);
		assert.deepEqual(await t.deps.chats.subscriptions(), []);
		assert.deepEqual(await t.deps.chats.moderationChats("icor"), []);
	});
});
