import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startBroadcastHarness } from "../helpers/broadcast-harness.js";
import { announce, organizer, say, text } from "../helpers/test-core.js";

const chats = (count: number, first = 1000) => Array.from({ length: count }, (_, i) => String(first + i));
const announcementId = async (h: Awaited<ReturnType<typeof startBroadcastHarness>>) => {
	const keys = await h.t.redis.client().keys("{sb}:broadcast:announcement-*");
	// The broadcast's own key: its stats, edit lock and fan-out state share the prefix.
	const id = keys.find((key) => /^\{sb\}:broadcast:announcement-[\w-]+$/.test(key))?.replace("{sb}:broadcast:", "");
	assert.ok(id, "the announcement is stored");
	return id;
};

describe("broadcasts", () => {
	it("send an announcement once to every subscribed chat, unsubscribe the gone ones, and show the organizer the progress", async () => {
		const h = await startBroadcastHarness({ blocked: ["2001"], missing: ["2002"], flaky: new Map([["1003", 1]]) });
		try {
			await h.subscribe([...chats(20), "2001", "2002"]);
			h.startWorkers();
			h.t.clock.now = new Date();
			const reply = text(
				await announce(h.t.core, "wftu", "March on Friday at 18:00 in front of the Peruvian embassy.", {
					...organizer,
					chatId: "-500",
				}),
			);
			assert.match(reply, /Announcement scheduled for .* to the 22 subscribed chats/);
			const id = await announcementId(h);
			await h.settled(id);
			for (const chat of chats(20)) {
				const received = h.telegram.messagesTo(chat);
				assert.equal(received.length, 1, `chat ${chat} gets it once`);
				assert.match(received[0]?.text ?? "", /March on Friday at 18:00/);
			}
			assert.deepEqual(await h.store.stats(id), { sent: 20, failed: 0, gone: 2, total: 22 });
			assert.equal(
				await h.t.deps.chats.subscription("telegram", "2001"),
				undefined,
				"a chat that blocked the bot is unsubscribed",
			);
			assert.equal(await h.t.deps.chats.subscription("telegram", "2002"), undefined, "a deleted chat is unsubscribed");
			assert.match(h.telegram.messagesTo("-500")[0]?.text ?? "", /Announcement: 0 sent, 0 failed, 0 chats gone, of 22/);
			const deadline = Date.now() + 5000;
			while (!h.telegram.edits.some((edit) => /delivered to 20 of 22 chats/.test(edit.text)) && Date.now() < deadline) {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			assert.ok(
				h.telegram.edits.some((edit) => edit.chatId === "-500" && /delivered to 20 of 22 chats/.test(edit.text)),
			);
		} finally {
			await h.stop();
		}
	});

	it("honour a 429: the queue waits for retry_after and every chat still gets the message once", async () => {
		const h = await startBroadcastHarness({ ratePerSecond: 10, retryAfterSeconds: 1 });
		try {
			await h.subscribe(chats(40));
			h.startWorkers(1000);
			h.t.clock.now = new Date();
			await announce(h.t.core, "wftu", "Solidarity with Peru", organizer);
			const id = await announcementId(h);
			await h.settled(id, 60_000);
			assert.ok(h.telegram.tooManyRequests > 0, "the fake did say 429");
			for (const chat of chats(40)) assert.equal(h.telegram.messagesTo(chat).length, 1, `chat ${chat}`);
			assert.deepEqual(await h.store.stats(id), { sent: 40, failed: 0, gone: 0, total: 40 });
			// After a 429 the queue pauses for retry_after (1 s): sends already in flight may still arrive
			// (and be refused), but the next message Telegram accepts comes a second later, not at once.
			const firstRefusal = h.telegram.attempts.find((attempt) => attempt.status === 429)?.at ?? 0;
			const nextAccepted = h.telegram.attempts.find((a) => a.at > firstRefusal && a.status === 200)?.at ?? 0;
			assert.ok(
				nextAccepted - firstRefusal >= 900,
				`next accepted send ${nextAccepted - firstRefusal} ms after the 429`,
			);
		} finally {
			await h.stop();
		}
	});

	it("reach exactly the chats that follow the announcing campaign", async () => {
		const h = await startBroadcastHarness();
		try {
			await h.subscribe(chats(5, 1000), "America/Lima", ["wftu"]);
			await h.subscribe(chats(3, 2000), "America/Lima", ["icor"]);
			await h.subscribe(chats(2, 3000), "America/Lima", ["icor", "wftu"]);
			await h.subscribe(chats(2, 4000), "America/Lima", []);
			h.startWorkers();
			h.t.clock.now = new Date();
			const preview = text(await say(h.t.core, "/announce icor Free the political prisoners", organizer));
			assert.match(preview, /Announcement for ICOR, to the 5 chats that follow it, now:/);
			assert.equal(h.telegram.sent.length, 0, "nothing is sent before the confirmation");
			assert.match(text(await say(h.t.core, "/confirm", organizer)), /to the 5 subscribed chats/);
			await h.settled(await announcementId(h));
			// The organizer's own chat gets the progress message, not the announcement.
			const announced = h.telegram.sent.filter((message) => /Free the political prisoners/.test(message.text));
			const reached = [...new Set(announced.map((message) => message.chatId))].sort();
			assert.deepEqual(reached, [...chats(3, 2000), ...chats(2, 3000)]);
		} finally {
			await h.stop();
		}
	});

	it("send nothing twice with two workers in parallel", async () => {
		const h = await startBroadcastHarness();
		try {
			await h.subscribe(chats(300));
			h.startWorkers();
			h.startWorkers();
			h.t.clock.now = new Date();
			await announce(h.t.core, "wftu", "Two workers, one message each", organizer);
			const id = await announcementId(h);
			await h.settled(id);
			const perChat = new Map<string, number>();
			for (const message of h.telegram.sent) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
			for (const chat of chats(300)) assert.equal(perChat.get(chat), 1, `chat ${chat}`);
		} finally {
			await h.stop();
		}
	});
});
