import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { describe, it } from "node:test";
import { renderPlainText } from "../../src/bots/console/render-plain-text.js";
import type { Notifier } from "../../src/core/ports.js";
import { startNoticeOutboxWorker } from "../../src/jobs/notice-outbox-worker.js";
import { createLogger } from "../../src/logger.js";
import { keys } from "../../src/store/redis/keys.js";
import { RedisNoticeOutbox } from "../../src/store/redis/redis-notice-outbox.js";
import { waitFor } from "../helpers/telegram-test-server.js";
import { type Notification, organizer, otherMember, say, startTestCore, text } from "../helpers/test-core.js";

const root = resolve(import.meta.dirname, "../..");
const peru = "icor-peru-struggle-2023";
const logger = createLogger({ level: "silent", fd: 2, pretty: false });

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((wait) => setTimeout(wait, 25));
	}
}

/** Records what it delivers; while `refusals.left` is above 0 each call rejects with a 429 of 300 ms. */
function recordingNotifier(notifications: Notification[], refusals: { left: number }): Notifier {
	const refuse = () => {
		if (refusals.left-- > 0) throw Object.assign(new Error("429"), { retryAfterMs: 300 });
	};
	return {
		notifyUser: async (recipient, reply) => {
			refuse();
			notifications.push({ to: "user", recipient, text: renderPlainText(reply), reply });
		},
		notifyOrganizers: async (statementId, _origin, reply) => {
			refuse();
			notifications.push({ to: "organizers", statementId, text: renderPlainText(reply), reply });
		},
	};
}

describe("the notice outbox", () => {
	it("keeps a card whose process was killed between the change and its delivery, and a new worker delivers it once", async () => {
		const t = await startTestCore();
		const child = spawn(
			process.execPath,
			[
				"--import",
				"tsx",
				"test/helpers/change-then-hang.ts",
				String(t.redis.port),
				peru,
				"Red Dawn Collective; RDC; Perú",
			],
			{ cwd: root, stdio: ["ignore", "pipe", "inherit"] },
		);
		try {
			const lines = createInterface({ input: child.stdout });
			let notifying = false;
			lines.on("line", (line) => {
				if (line === "notifying") notifying = true;
			});
			await until(() => notifying, 30_000, "the child to reach the notifier");
			child.kill("SIGKILL");
			await once(child, "exit");
			const [stored] = await t.adherences.list(peru);
			assert.equal(stored?.status, "pending", "the change is on disk");
			assert.equal(await t.redis.client().hlen(keys.noticeOutbox), 1, "and its card is in the outbox");

			const worker = startNoticeOutboxWorker(t.deps, logger);
			try {
				await until(() => t.notifications.length > 0, 15_000, "the card to be delivered");
				await until(async () => (await t.redis.client().hlen(keys.noticeOutbox)) === 0, 5000, "the outbox to empty");
			} finally {
				await worker.close();
			}
			assert.equal(t.notifications.length, 1);
			assert.equal(t.notifications[0]?.to, "organizers");
			assert.match(t.notifications[0]?.text ?? "", /request #1: RDC Red Dawn Collective, Peru/);
			assert.deepEqual(await t.deps.outbox.claimDue(10), [], "nothing left to deliver");
		} finally {
			if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
			await t.stop();
		}
	});

	it("keeps a card and an outcome refused with a 429, and delivers each once when the wait is over", async () => {
		const notifications: Notification[] = [];
		const refusals = { left: 1 };
		const t = await startTestCore({ notifier: recordingNotifier(notifications, refusals) });
		const worker = startNoticeOutboxWorker(t.deps, logger);
		try {
			await say(t.core, `/adhere ${peru} Red Dawn Collective; RDC; Perú`);
			assert.match(text(await say(t.core, "/confirm")), /Received: .*\(request #1\)/);
			assert.equal(notifications.length, 0, "the card was refused");
			await until(() => notifications.length === 1, 15_000, "the card");
			assert.match(notifications[0]?.text ?? "", /request #1/);

			refusals.left = 1;
			await say(t.core, `/approve ${peru} 1`, organizer);
			assert.equal(notifications.length, 1, "the outcome was refused");
			await until(() => notifications.length === 2, 15_000, "the outcome");
			assert.equal(notifications[1]?.to, "user");
			assert.match(notifications[1]?.text ?? "", /RDC Red Dawn Collective/);
			await until(async () => (await t.redis.client().hlen(keys.noticeOutbox)) === 0, 5000, "the outbox to empty");
			assert.equal(notifications.length, 2, "each once");
		} finally {
			await worker.close();
			await t.stop();
		}
	});

	it("acknowledges cards delivered with their replies soon after, so that when their lease ends none is sent twice", async () => {
		const t = await startTestCore();
		// A short lease, as a crashed process's would end: an unwritten acknowledgement shows as a repeat.
		t.deps.outbox = new RedisNoticeOutbox(t.redis.client(), 400);
		const worker = startNoticeOutboxWorker(t.deps, logger);
		try {
			for (let n = 1; n <= 10; n++) {
				const member = { ...otherMember, userId: String(7000 + n) };
				await say(t.core, `/adhere ${peru} Collective Number ${"abcdefghij"[n - 1]}x; ; Perú`, member);
				assert.match(text(await say(t.core, "/confirm", member)), new RegExp(`\\(request #${n}\\)`));
			}
			assert.equal(t.notifications.length, 10, "each card went out with its reply");
			await until(async () => (await t.redis.client().hlen(keys.noticeOutbox)) === 0, 2000, "the acknowledgements");
			assert.equal(await t.redis.client().hlen(keys.noticesDelivered), 10);
			await new Promise((wait) => setTimeout(wait, 1200));
			assert.equal(t.notifications.length, 10, "no card was sent again when the leases ended");
		} finally {
			await worker.close();
			await t.stop();
		}
	});

	it("tells a submitter who sends the same adherence again that it was received, with its number, and sends a card never sent", async () => {
		const t = await startTestCore();
		try {
			await say(t.core, `/adhere ${peru} Red Dawn Collective; RDC; Perú`);
			assert.match(text(await say(t.core, "/confirm")), /\(request #1\)/);
			assert.equal(t.notifications.length, 1, "the card went out with the reply");

			await say(t.core, `/adhere ${peru} Red Dawn Collective; RDC; Perú`);
			assert.match(text(await say(t.core, "/confirm")), /Received: RDC Red Dawn Collective, Peru .*\(request #1\)/);
			// A card sent again goes out after the reply, as a first card does: given time, none came.
			await new Promise((resolve) => setTimeout(resolve, 300));
			assert.equal(t.notifications.length, 1, "a delivered card is not sent again");
			assert.equal((await t.adherences.list(peru)).length, 1, "nothing was added");

			// A record from before the outbox, or one whose card was lost: no notice, none delivered.
			// (Acknowledgements are written first: a batch still waiting would record the delivery again.)
			await t.deps.outbox.flush();
			await t.redis.client().del(keys.noticeOutbox, keys.noticeDue, keys.noticesDelivered);
			await say(t.core, `/adhere ${peru} Red Dawn Collective; RDC; Perú`);
			assert.match(text(await say(t.core, "/confirm")), /Received: .*\(request #1\)/);
			await waitFor("the card sent again", () => (t.notifications.length >= 2 ? true : undefined), 3_000);
			assert.equal(t.notifications.length, 2, "the card is sent now");
			assert.match(t.notifications[1]?.text ?? "", /request #1: RDC Red Dawn Collective/);

			await say(t.core, `/adhere ${peru} Red Dawn Collective; RDC; Perú`, otherMember);
			assert.match(
				text(await say(t.core, "/confirm", otherMember)),
				/already waiting for the organizers \(request #1\)/,
			);
		} finally {
			await t.stop();
		}
	});
});
