import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import type { Worker } from "bullmq";
import type { RequestOrigin } from "../../../src/core/request.js";
import type { MemberOrganization } from "../../../src/core/votes/vote.js";
import { bullPrefix, queueNames } from "../../../src/jobs/queue-names.js";
import { startVoteDeadlineWorker } from "../../../src/jobs/vote-deadline-jobs.js";
import { createLogger } from "../../../src/logger.js";
import { loadSeeds, seed } from "../../helpers/seeds.js";
import { member, organizer, say, spanishMember, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

/** The 21 organizations that adopted the seed resolution, each with one representative on Telegram. */
async function seedRoll(): Promise<MemberOrganization[]> {
	const resolution = seed(await loadSeeds(), "icor-movadef-persecution");
	return (resolution.sections[0]?.signatories ?? []).map((signatory, index) => ({
		id: `m${index + 1}`,
		name: signatory.name,
		country: signatory.country ?? "PE",
		representatives: [`telegram:${9000 + index}`],
	}));
}
const representative = (index: number): RequestOrigin => ({ ...member, userId: String(9000 + index) });
const draftId = "draft-resolution";
const allIds = (count: number) => Array.from({ length: count }, (_, i) => `m${i + 1}`).join(",");

async function castVotes(t: TestCore, choices: ("approve" | "reject" | "abstain")[]) {
	for (const [index, choice] of choices.entries())
		await say(t.core, `/vote ${draftId} ${choice}`, representative(index));
}

describe("adoption votes", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	beforeEach(async () => {
		await t.reset();
		await t.deps.roll.replaceAll(await seedRoll());
		const base = seed(await loadSeeds(), "icor-movadef-persecution");
		await t.statements.upsert({ ...base, id: draftId, status: "draft", sections: [] });
	});
	after(() => t.stop());

	it("opens on a draft with the rule of the seed document and puts the statement to the vote", async () => {
		const opened = text(await say(t.core, `/voteopen ${draftId} all`, organizer));
		assert.match(
			opened,
			/Vote open on “Resolution against the political persecution.*”: 21 attending member organizations\. It is adopted if more than 50% of the attending member organizations approve\./,
		);
		assert.equal((await t.statements.get(draftId))?.status, "voting");
		assert.match(text(await say(t.core, `/voteopen ${draftId} all`, organizer)), /Only a draft can be put to a vote/);
		assert.match(
			text(await say(t.core, "/voteopen icor-peru-struggle-2023 all", organizer)),
			/Only a draft can be put to a vote/,
		);
		assert.match(text(await say(t.core, `/voteopen ${draftId} all`, member)), /Only organizers of ICOR can do that/);
	});

	it("does not adopt at exactly 50 percent, and adopts at one more", async () => {
		await say(t.core, `/voteopen ${draftId} ${allIds(20)}`, organizer);
		await castVotes(t, [...Array(10).fill("approve"), ...Array(10).fill("reject")]);
		const result = text(await say(t.core, `/voteclose ${draftId}`, organizer));
		assert.match(
			result,
			/is not adopted: 10 of 20 attending member organizations approved \(10 rejected, 0 abstained, 0 did not vote\)/,
		);
		assert.equal((await t.statements.get(draftId))?.status, "draft", "back to a draft");

		await say(t.core, `/voteopen ${draftId} ${allIds(20)}`, organizer);
		await castVotes(t, [...Array(11).fill("approve"), ...Array(9).fill("reject")]);
		assert.match(text(await say(t.core, `/voteclose ${draftId}`, organizer)), /is adopted: 11 of 20 attending/);
	});

	it("counts abstentions and silence as attending and not approving", async () => {
		await say(t.core, `/voteopen ${draftId} all`, organizer);
		await castVotes(t, [...Array(10).fill("approve"), ...Array(5).fill("abstain")]);
		assert.match(
			text(await say(t.core, `/voteclose ${draftId}`, organizer)),
			/is not adopted: 10 of 21 attending member organizations approved \(0 rejected, 5 abstained, 6 did not vote\)/,
		);
	});

	it("refuses a non-member, a representative of an absent member, and a vote after the close", async () => {
		await say(t.core, `/voteopen ${draftId} m1,m2,m3`, organizer);
		assert.match(
			text(await say(t.core, `/vote ${draftId} approve`, member)),
			/Only a representative of an attending member organization can vote/,
		);
		assert.match(
			text(await say(t.core, `/vote ${draftId} approve`, representative(5))),
			/Only a representative of an attending/,
		);
		assert.deepEqual(await t.deps.votes.ballots(draftId), []);
		await say(t.core, `/voteclose ${draftId}`, organizer);
		assert.match(text(await say(t.core, `/vote ${draftId} approve`, representative(0))), /There is no open vote/);
	});

	it("replaces a changed vote with the new one", async () => {
		await say(t.core, `/voteopen ${draftId} m1,m2,m3`, organizer);
		assert.match(text(await say(t.core, `/vote ${draftId} reject`, representative(0))), /Recorded: PCC-M votes reject/);
		assert.match(
			text(await say(t.core, `/vote ${draftId} approve`, representative(0))),
			/Changed: PCC-M now votes approve/,
		);
		await say(t.core, `/vote ${draftId} approve`, representative(1));
		const ballots = await t.deps.votes.ballots(draftId);
		assert.equal(ballots.length, 2);
		assert.match(
			text(await say(t.core, `/voteclose ${draftId}`, organizer)),
			/is adopted: 2 of 3 attending member organizations approved \(0 rejected/,
		);
	});

	it("shows the running count to all, and who has voted to organizers only", async () => {
		await say(t.core, `/voteopen ${draftId} m1,m2,m3`, organizer);
		await say(t.core, `/vote ${draftId} approve`, representative(0));
		const forMember = text(await say(t.core, `/votestatus ${draftId}`, member));
		assert.match(forMember, /1 approve, 0 reject, 0 abstain, 2 not yet voted, of 3 attending/);
		assert.doesNotMatch(forMember, /Voted:/);
		const forOrganizer = text(await say(t.core, `/votestatus ${draftId}`, organizer));
		assert.match(forOrganizer, /Voted: PCC-M\n\nNot voted yet: BKP, UMU/);
		assert.match(text(await say(t.core, `/votestatus ${draftId}`, spanishMember)), /1 a favor, 0 en contra/);
	});

	it("on adoption opens the statement for signatures with the approving organizations first", async () => {
		await say(t.core, `/voteopen ${draftId} m1,m2,m3`, organizer);
		await castVotes(t, ["approve", "reject", "approve"]);
		await say(t.core, `/voteclose ${draftId}`, organizer);
		assert.equal((await t.statements.get(draftId))?.status, "open");
		const list = text(await say(t.core, `/signatories ${draftId}`));
		assert.match(list, /1\. PCC-M, Colombia\n2\. UMU, Russia\n\n2 signatories in all\./);
		await say(t.core, `/adhere ${draftId} Frente Nuevo; FN; Chile`);
		assert.match(text(await say(t.core, "/confirm")), /Received/);
		const announcement = t.notifications.find((n) => n.to === "user" && /is adopted/.test(n.text));
		assert.equal(announcement?.recipient?.chatId, organizer.chatId, "announced in the chat the vote was opened in");
	});

	it("applies other rules: two thirds, of all members, and a quorum", async () => {
		await say(t.core, `/voteopen ${draftId} m1,m2,m3 two-thirds`, organizer);
		await castVotes(t, ["approve", "approve", "reject"]);
		assert.match(text(await say(t.core, `/voteclose ${draftId}`, organizer)), /is adopted: 2 of 3/);
		// Adopted means open for signatures; the next rules are tried on the draft again.
		const asDraft = () =>
			t.deps.statementState.setStatus(draftId, "draft", { who: "test", at: new Date().toISOString() });
		await asDraft();
		await say(t.core, `/voteopen ${draftId} m1,m2,m3 majority-of-members`, organizer);
		await castVotes(t, ["approve", "approve", "approve"]);
		assert.match(
			text(await say(t.core, `/voteclose ${draftId}`, organizer)),
			/is not adopted: 3 of 3/,
			"3 of 21 members is no majority",
		);
		await say(t.core, `/voteopen ${draftId} m1,m2,m3 quorum=0.5`, organizer);
		await castVotes(t, ["approve", "approve", "approve"]);
		assert.match(
			text(await say(t.core, `/voteclose ${draftId}`, organizer)),
			/quorum was not met: 3 of 21 members attended/,
		);
		assert.match(
			text(await say(t.core, `/voteopen ${draftId} all unanimity`, organizer)),
			/I do not understand that rule/,
		);
		assert.match(
			text(await say(t.core, `/voteopen ${draftId} m1,zz9`, organizer)),
			/not on the roll of member organizations: zz9/,
		);
		assert.match(text(await say(t.core, `/voteopen ${draftId} all 2020-01-01T00:00Z`, organizer)), /in the future/);
	});

	it("is closed at its deadline by the job, once, though two workers run", async () => {
		const logger = createLogger({ level: "silent", fd: 2, pretty: false });
		const connection = { host: "127.0.0.1", port: t.redis.port };
		const workers: Worker[] = [
			startVoteDeadlineWorker(connection, t.deps, logger),
			startVoteDeadlineWorker(connection, t.deps, logger),
		];
		try {
			t.clock.now = new Date();
			await say(t.core, `/voteopen ${draftId} m1,m2,m3 1m`, organizer);
			await castVotes(t, ["approve", "approve"]);
			// Both workers race for the job; an organizer closing at the same moment must not double it either.
			const vote = await t.deps.votes.get(draftId);
			assert.ok(vote?.deadline);
			const queue = (await import("bullmq")).Queue;
			const q = new queue(queueNames.voteDeadlines, { connection, prefix: bullPrefix });
			const [job] = await q.getJobs(["delayed"]);
			assert.ok(job, "a delayed job waits for the deadline");
			await job.changeDelay(0);
			await q.close();
			const deadline = Date.now() + 10_000;
			while ((await t.deps.votes.get(draftId))?.status !== "closed" && Date.now() < deadline) {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			await say(t.core, `/voteclose ${draftId}`, organizer);
			assert.equal((await t.deps.votes.get(draftId))?.result?.closedBy, "deadline");
			const closes = (await t.deps.adherences.audit(draftId)).filter((entry) => entry.action === "vote-close");
			assert.equal(closes.length, 1);
			assert.equal(t.notifications.filter((n) => /is adopted/.test(n.text)).length, 1);
			assert.match(text(await say(t.core, `/signatories ${draftId}`)), /2 signatories in all/);
		} finally {
			await Promise.all(workers.map((worker) => worker.close()));
		}
	});
});
