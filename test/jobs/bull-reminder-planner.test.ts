import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Queue } from "bullmq";
import { bullPrefix, queueNames } from "../../src/jobs/queue-names.js";
import { startBroadcastHarness } from "../helpers/broadcast-harness.js";

describe("solidarity-day reminders", () => {
	it("are planned at 09:00 in the chat's zone with deterministic jobs, and delivered at their instant", async () => {
		const h = await startBroadcastHarness();
		const queue = new Queue(queueNames.broadcasts, {
			connection: { host: "127.0.0.1", port: h.t.redis.port },
			prefix: bullPrefix,
		});
		try {
			await h.subscribe(["7001"], "Asia/Kathmandu");
			await h.t.deps.days.add({
				id: "test-day",
				title: { en: "Day of action for Peru", es: "Día de acción por el Perú" },
				date: "2026-11-30",
				offsets: [7, 1, 0],
				localTime: "09:00",
				statementId: "wftu-peru-solidarity-day-2023",
				source: "chat",
				campaign: "wftu",
			});
			h.t.clock.now = new Date("2026-11-23T00:00:00Z");
			await h.t.deps.reminders.replan();
			await h.t.deps.reminders.replan();
			const jobs = (await queue.getJobs(["delayed"])).sort((a, b) => a.delay - b.delay);
			// 09:00 in Kathmandu (UTC+5:45) is 03:15 UTC: on the 23rd, the 29th and the 30th.
			assert.deepEqual(
				jobs.map((job) => [job.id, new Date(h.t.clock.now.getTime() + job.delay).toISOString()]),
				[
					["fanout-reminder-test-day-2026-11-30-7-Asia_2fKathmandu", "2026-11-23T03:15:00.000Z"],
					["fanout-reminder-test-day-2026-11-30-1-Asia_2fKathmandu", "2026-11-29T03:15:00.000Z"],
					["fanout-reminder-test-day-2026-11-30-0-Asia_2fKathmandu", "2026-11-30T03:15:00.000Z"],
				],
				"planning twice makes the same three jobs",
			);
			h.startWorkers();
			// Its instant has come: BullMQ moves it on, the fan-out sends to the chat in that zone.
			await jobs[0]?.changeDelay(0);
			await h.settled("reminder-test-day-2026-11-30-7-Asia_2fKathmandu");
			const [message] = h.telegram.messagesTo("7001");
			assert.match(message?.text ?? "", /In 7 days, on 30 November 2026: Day of action for Peru\./);
			assert.match(message?.text ?? "", /Read the statement: \/statement wftu-peru-solidarity-day-2023/);
		} finally {
			await queue.close();
			await h.stop();
		}
	});
});
