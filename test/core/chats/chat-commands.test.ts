import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { member, organizer, say, spanishMember, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

describe("chat settings", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	beforeEach(() => t.reset());
	after(() => t.stop());

	it("subscribes a chat in a time zone and language, and unsubscribes it", async () => {
		assert.match(
			text(await say(t.core, "/subscribe Asia/Kathmandu es", organizer)),
			/subscribed to announcements and solidarity-day reminders, at local time in Asia\/Kathmandu, in Spanish/,
		);
		const stored = await t.deps.chats.subscription("telegram", organizer.chatId);
		assert.equal(stored?.timeZone, "Asia/Kathmandu");
		assert.equal(stored?.language, "es");
		assert.match(text(await say(t.core, "/subscribe", organizer)), /America\/Lima, in English/, "the default zone");
		assert.match(text(await say(t.core, "/unsubscribe", organizer)), /no longer receives/);
		assert.equal(await t.deps.chats.subscription("telegram", organizer.chatId), undefined);
		assert.match(text(await say(t.core, "/unsubscribe", organizer)), /was not subscribed/);
	});

	it("refuses a time zone that does not exist, in the user's language, and subscribes nothing", async () => {
		const spanishOrganizer = { ...spanishMember, userId: organizer.userId };
		assert.match(text(await say(t.core, "/subscribe Lima", spanishOrganizer)), /«Lima» no es una zona horaria/);
		assert.match(text(await say(t.core, "/subscribe Mars/Olympus", organizer)), /"Mars\/Olympus" is not a time zone/);
		assert.deepEqual(await t.deps.chats.subscriptions(), []);
	});

	it("sets the organizers' chat per platform and server", async () => {
		assert.match(
			text(await say(t.core, "/moderatehere", { ...organizer, chatId: "-999" })),
			/receives the moderation cards/,
		);
		assert.equal(await t.deps.chats.organizerChat("telegram", undefined), "-999");
		const discordAdmin = { platform: "discord" as const, chatId: "c1", scopeId: "g1", userId: "u", isChatAdmin: true };
		await say(t.core, "/moderatehere", discordAdmin);
		assert.equal(await t.deps.chats.organizerChat("discord", "g1"), "c1");
		assert.equal(await t.deps.chats.organizerChat("discord", "g2"), undefined);
	});

	it("is for organizers only", async () => {
		for (const line of ["/subscribe", "/unsubscribe", "/moderatehere"]) {
			assert.match(text(await say(t.core, line, member)), /Only organizers can do that/);
		}
		assert.deepEqual(await t.deps.chats.subscriptions(), []);
		assert.equal(await t.deps.chats.organizerChat("telegram", undefined), undefined);
	});
});
