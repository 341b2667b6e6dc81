import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Job, Queue } from "bullmq";
import { fanOut } from "../../src/jobs/fan-out-worker.js";
import { startBroadcastHarness } from "../helpers/broadcast-harness.js";
import { announce, organizer, text } from "../helpers/test-core.js";

const chats = (count: number, first = 1000) => Array.from({ length: count }, (_, i) => String(first + i));

describe("a broadcast to more chats than one page of the fan-out", () => {
	it("reaches every following chat once, skips the unsubscribed, other campaigns' and gone chats, and shows the organizer it done", async () => {
		const h = await startBroadcastHarness({ blocked: ["2001"], missing: ["2002"] });
		try {
			await h.subscribe([...chats(40), "2001", "2002"]);
			await h.subscribe(chats(6, 3000), "America/Lima", ["icor"]);
			await h.subscribe(chats(3, 4000));
			for (const chat of chats(3, 4000)) await h.t.deps.chats.unsubscribe("telegram", chat);
			// Chat 1005 stops following WFTU; 1006 moves zone and language and still follows it.
			const moved = await h.t.deps.chats.subscription("telegram", "1005");
			assert.ok(moved);
			await h.t.deps.chats.subscribe({ ...moved, campaigns: ["icor"] });
			await h.subscribe(["1006"], "Europe/Madrid");
			// Seven chats a page: the 41 followers take six pages and a last one.
			h.startWorkers(1000, 7);
			h.t.clock.now = new Date();
			const reply = text(
				await announce(h.t.core, "wftu", "General strike on Monday.", { ...organizer, chatId: "-500" }),
			);
			assert.match(reply, /to the 41 subscribed chats/);
			const keys = await h.t.redis.client().keys("{sb}:broadcast:announcement-*");
			const id = keys.find((key) => /^\{sb\}:broadcast:announcement-[\w-]+$/.test(key))?.replace("{sb}:broadcast:", "");
			assert.ok(id);
			await h.settled(id);
			const followers = [...chats(40).filter((chat) => chat !== "1005")];
			for (const chat of followers) assert.equal(h.telegram.messagesTo(chat).length, 1, `chat ${chat} gets it once`);
			for (const chat of ["1005", ...chats(6, 3000), ...chats(3, 4000)])
				assert.equal(h.telegram.messagesTo(chat).length, 0, `chat ${chat} does not follow WFTU or left`);
			assert.deepEqual(await h.store.stats(id), { sent: 39, failed: 0, gone: 2, total: 41 });
			assert.equal(await h.t.deps.chats.subscription("telegram", "2001"), undefined, "a gone chat is unsubscribed");
			assert.equal(await h.t.deps.chats.followerCount("wftu"), 39);
			const deadline = Date.now() + 5000;
			const done = () =>
				h.telegram.edits.some((edit) => edit.chatId === "-500" && /delivered to 39 of 41/.test(edit.text));
			while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
			assert.ok(done(), "the progress message shows the broadcast done");
		} finally {
			await h.stop();
		}
	});

	it("retried after a crash between pages, adds each chat's send once and keeps the first run's audience", async () => {
		const h = await startBroadcastHarness();
		try {
			await h.subscribe(chats(25));
			h.t.clock.now = new Date();
			// No workers run: the test drives the fan-out itself.
			await announce(h.t.core, "wftu", "Picket at noon.", organizer);
			const keys = await h.t.redis.client().keys("{sb}:broadcast:announcement-*");
			const id = keys.find((key) => /^\{sb\}:broadcast:announcement-[\w-]+$/.test(key))?.replace("{sb}:broadcast:", "");
			assert.ok(id);
			const { createBroadcastQueues } = await import("../../src/jobs/broadcast-queues.js");
			const queues = createBroadcastQueues({ host: "127.0.0.1", port: h.t.redis.port });
			const send = queues.send.get("telegram") as Queue;
			const addBulk = send.addBulk.bind(send);
			let adds = 0;
			send.addBulk = async (jobs) => {
				adds++;
				// The third page is fixed in the ledger, and the process dies before its jobs are added.
				if (adds === 3) throw new Error("killed");
				return addBulk(jobs);
			};
			const job = { data: { broadcastId: id } } as Job;
			const deps = {
				queues,
				chats: h.t.deps.chats,
				days: h.t.deps.days,
				ledger: h.store,
				senders: new Map([
					[
						"telegram" as const,
						{ platform: "telegram" as const, send: async () => ({ kind: "sent" as const }), edit: async () => true },
					],
				]),
				fanOutPageSize: 5,
			};
			try {
				await assert.rejects(fanOut(job, deps), /killed/);
				assert.equal((await send.getJobCounts("waiting")).waiting, 10, "two pages were added");
				// Between the runs a chat of the page left half added leaves: the first run's audience holds.
				await h.t.deps.chats.unsubscribe("telegram", "1011");
				assert.equal(await fanOut(job, deps), 25);
				const waiting = await send.getJobs(["waiting"]);
				const sentTo = waiting.map((one) => (one.data as { chatId: string }).chatId).sort();
				assert.deepEqual(sentTo, [...chats(25)].sort(), "every chat of the first run's audience, once");
				assert.equal((await h.store.stats(id)).total, 25);
				assert.equal(await fanOut(job, deps), 25, "a third run adds nothing");
				assert.equal((await send.getJobCounts("waiting")).waiting, 25);
			} finally {
				await queues.close();
			}
		} finally {
			await h.stop();
		}
	});
});
