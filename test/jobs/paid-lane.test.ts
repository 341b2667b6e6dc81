// An operator's paid broadcast goes by a send lane of its own: at the paid rate, with
// allow_paid_broadcast, not held behind a free broadcast's backlog, while the free one keeps its
// own rate; each chat still gets each announcement once.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type BroadcastHarness, startBroadcastHarness } from "../helpers/broadcast-harness.js";
import type { SentMessage } from "../helpers/fake-telegram-api.js";
import { announce, organizer } from "../helpers/test-core.js";

const chats = Array.from({ length: 20 }, (_, i) => String(5000 + i));
const freeRate = 10;
const paidRate = 200;

async function broadcastId(h: BroadcastHarness, text: string): Promise<string> {
	for (const key of await h.t.redis.client().keys("{sb}:broadcast:announcement-*")) {
		const id = key.replace("{sb}:broadcast:", "");
		// A broadcast's own key, not its stats, fan-out or edit throttle.
		if (!id.includes(":") && (await h.store.get(id))?.text === text) return id;
	}
	throw new Error(`no broadcast says ${text}`);
}

/** The most messages that left within any one second. */
function busiestSecond(messages: readonly SentMessage[]): number {
	const times = messages.map((message) => message.at).sort((a, b) => a - b);
	let most = 0;
	for (let first = 0, last = 0; last < times.length; last++) {
		while ((times[last] ?? 0) - (times[first] ?? 0) >= 1000) first++;
		most = Math.max(most, last - first + 1);
	}
	return most;
}

describe("the paid send lane", () => {
	it("sends a paid broadcast at the paid rate beside a free one that keeps the free rate, each chat once", async () => {
		const h = await startBroadcastHarness();
		try {
			await h.subscribe(chats, "America/Lima", ["wftu"]);
			h.startWorkers(freeRate, undefined, { rate: paidRate });
			h.t.clock.now = new Date();
			await announce(h.t.core, "wftu", "Free news", organizer);
			await announce(h.t.core, "wftu", "paid=yes Paid news", organizer);
			const [freeId, paidId] = [await broadcastId(h, "Free news"), await broadcastId(h, "Paid news")];
			assert.equal((await h.store.get(paidId))?.paid, true, "the choice is stored with the broadcast");
			assert.equal((await h.store.get(freeId))?.paid, undefined);
			await h.settled(paidId);
			const freeDone = await h.store.stats(freeId);
			assert.ok(
				freeDone.sent < chats.length,
				`the paid one did not wait for the free one: ${JSON.stringify(freeDone)}`,
			);
			await h.settled(freeId);
			const paid = h.telegram.sent.filter((message) => message.text.includes("Paid news"));
			const free = h.telegram.sent.filter((message) => message.text.includes("Free news"));
			for (const chat of chats) {
				assert.equal(paid.filter((message) => message.chatId === chat).length, 1, `paid, chat ${chat}`);
				assert.equal(free.filter((message) => message.chatId === chat).length, 1, `free, chat ${chat}`);
			}
			assert.ok(
				paid.every((message) => message.paid === true),
				"every paid send carries allow_paid_broadcast",
			);
			assert.ok(
				free.every((message) => message.paid === undefined),
				"no free send does",
			);
			// Sends leave on their places 100 ms apart; arrival at the fake may jitter on a busy machine,
			// but nothing like the paid rate's 20 in a tenth of a second.
			assert.ok(busiestSecond(free) <= freeRate * 1.5, `free: ${busiestSecond(free)} in one second`);
			const freeSpan = (free.at(-1)?.at ?? 0) - (free[0]?.at ?? 0);
			assert.ok(freeSpan >= 1500, `20 free sends at 10 a second took ${freeSpan} ms`);
			const paidSpan = (paid.at(-1)?.at ?? 0) - (paid[0]?.at ?? 0);
			assert.ok(paidSpan < 1000, `20 paid sends at 200 a second took ${paidSpan} ms`);
			assert.deepEqual(await h.store.stats(paidId), { sent: 20, failed: 0, gone: 0, total: 20 });
		} finally {
			await h.stop();
		}
	});

	it("sends every broadcast as paid when TELEGRAM_PAID_BROADCAST is on, but not one an operator marks paid=no", async () => {
		const h = await startBroadcastHarness();
		try {
			await h.subscribe(chats.slice(0, 3), "America/Lima", ["wftu"]);
			h.startWorkers(freeRate, undefined, { byDefault: true, rate: paidRate });
			h.t.clock.now = new Date();
			await announce(h.t.core, "wftu", "Default news", organizer);
			await announce(h.t.core, "wftu", "paid=no Unpaid news", organizer);
			await h.settled(await broadcastId(h, "Default news"));
			await h.settled(await broadcastId(h, "Unpaid news"));
			const of = (text: string) => h.telegram.sent.filter((message) => message.text.includes(text));
			assert.deepEqual(
				of("Default news").map((message) => message.paid),
				[true, true, true],
			);
			assert.deepEqual(
				of("Unpaid news").map((message) => message.paid),
				[undefined, undefined, undefined],
			);
		} finally {
			await h.stop();
		}
	});
});
