import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderPlainText } from "../../../src/bots/console/render-plain-text.js";
import { type Core, createCore } from "../../../src/core/core.js";
import type { CampaignRepository, Notifier } from "../../../src/core/ports.js";
import type { Reply } from "../../../src/core/reply.js";
import { keys } from "../../../src/store/redis/keys.js";
import { member, organizer, say, startTestCore, text } from "../../helpers/test-core.js";

const peru = "icor-peru-struggle-2023";

/** A gate a fake holds its answers behind until the test opens it. */
function gate(): { opened: Promise<void>; open: () => void } {
	let open = () => {};
	const opened = new Promise<void>((resolve) => {
		open = resolve;
	});
	return { opened, open };
}

/** The reply if it comes within `ms`, else "still waiting": a request that hangs must not hang the test. */
async function within(ms: number, reply: Promise<Reply | null>): Promise<string> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<string>((resolve) => {
		timer = setTimeout(() => resolve("still waiting"), ms);
	});
	try {
		return await Promise.race([reply.then((answer) => (answer ? text(answer) : "no reply")), late]);
	} finally {
		clearTimeout(timer);
	}
}

describe("A chat request waits only on what it needs", () => {
	it("answers a member's reading and signing while the person's organizer grants are still being read", async () => {
		const grants = gate();
		let grantReads = 0;
		const t = await startTestCore();
		const organizedBy: CampaignRepository["organizedBy"] = async (accounts) => {
			grantReads++;
			await grants.opened;
			return t.deps.campaigns.organizedBy(accounts);
		};
		// The store's own repository in all but this one read.
		const campaigns: CampaignRepository = Object.assign(Object.create(t.deps.campaigns), { organizedBy });
		const held: Core = createCore({ ...t.deps, campaigns }, { error: (details) => t.bugs.push(details) });
		try {
			assert.match(await within(2000, held.handleText(`/statement ${peru}`, member)), /Peru/);
			assert.match(await within(2000, held.handleText(`/signatories ${peru}`, member)), /signatories in all/);
			assert.match(
				await within(2000, held.handleText(`/adhere ${peru} Red Dawn Collective; RDC; Perú`, member)),
				/\/confirm/,
			);
			assert.ok(grantReads > 0, "the grants were asked for all the same, to be kept for the next request");
			// /help shows an organizer's commands to organizers: it waits for the grants, and answers once they come.
			const help = held.handleText("/help", organizer);
			assert.equal(await within(300, help), "still waiting");
			grants.open();
			assert.match(await within(2000, help), /Commands for organizers/);
			assert.match(await within(2000, held.handleText("/confirm", member)), /\(request #1\)/);
		} finally {
			grants.open();
			await t.stop();
		}
	});

	it("answers /confirm and /approve without waiting for the messages to the organizers' chat and to the submitter", async () => {
		const platform = gate();
		const sent: string[] = [];
		const notifier: Notifier = {
			notifyOrganizers: async (_statementId, _origin, reply) => {
				await platform.opened;
				sent.push(`organizers: ${renderPlainText(reply)}`);
			},
			notifyUser: async (_recipient, reply) => {
				await platform.opened;
				sent.push(`submitter: ${renderPlainText(reply)}`);
			},
		};
		const t = await startTestCore({ notifier });
		try {
			await say(t.core, `/adhere ${peru} Red Dawn Collective; RDC; Perú`);
			assert.match(await within(2000, t.core.handleText("/confirm", member)), /\(request #1\)/);
			assert.match(await within(2000, t.core.handleText(`/approve ${peru} 1`, organizer)), /Approved/);
			assert.equal(sent.length, 0, "neither message has gone yet");
			platform.open();
			await until(() => sent.length === 2, 2000, "the two messages");
			assert.match(sent.find((line) => line.startsWith("organizers:")) ?? "", /request #1: RDC Red Dawn Collective/);
			assert.match(
				sent.find((line) => line.startsWith("submitter:")) ?? "",
				/Good news: RDC Red Dawn Collective, Peru is now on the list/,
			);
			// Both were acknowledged in the outbox once sent, so its worker will not send them again.
			await t.deps.outbox.flush();
			await until(async () => (await t.redis.client().hlen(keys.noticeOutbox)) === 0, 2000, "the acknowledgements");
		} finally {
			platform.open();
			await t.stop();
		}
	});
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((wait) => setTimeout(wait, 20));
	}
}
