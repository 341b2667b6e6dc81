import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Queue } from "bullmq";
import { bullPrefix, queueNames } from "../../src/jobs/queue-names.js";
import { solidarity } from "../helpers/run-program.js";
import { TestRedis } from "../helpers/test-redis.js";

describe("solidarity broadcast, roll and vote", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start();
	});
	after(() => redis.stop());

	it("schedules an announcement to the subscribed chats, and reports its status", async () => {
		await solidarity(
			["subscription", "add", "telegram", "-1001", "--tz", "America/Lima", "--campaign", "wftu"],
			redis.url,
		);
		await solidarity(
			["subscription", "add", "telegram", "-1002", "--tz", "America/Lima", "--campaign", "icor"],
			redis.url,
		);
		const run = await solidarity(
			["broadcast", "--campaign", "wftu", "--text", "March on Friday", "--at", "2099-01-01T09:00Z"],
			redis.url,
		);
		assert.equal(run.code, 0, run.stderr);
		const id = /^(announcement-\S+): scheduled for 2099-01-01T09:00:00\.000Z to 1 subscribed chats/.exec(
			run.stdout,
		)?.[1];
		assert.ok(id, run.stdout);
		const queue = new Queue(queueNames.broadcasts, {
			connection: { host: "127.0.0.1", port: redis.port },
			prefix: bullPrefix,
		});
		try {
			assert.ok(await queue.getJob(`fanout-${id}`), "a delayed fan-out job waits for its time");
		} finally {
			await queue.close();
		}
		const status = await solidarity(["broadcast", "status", id], redis.url);
		assert.match(status.stdout, new RegExp(`${id}: 0 sent, 0 failed, 0 gone, of 0`));
	});

	it("stores an operator's --paid or --no-paid with the broadcast, and nothing without either", async () => {
		const stored = async (flags: string[]) => {
			const run = await solidarity(
				["broadcast", "--campaign", "wftu", "--text", "Paid or not", "--at", "2099-01-01T09:00Z", ...flags],
				redis.url,
			);
			assert.equal(run.code, 0, run.stderr);
			const id = /^(announcement-\S+): scheduled/.exec(run.stdout)?.[1];
			assert.ok(id, run.stdout);
			const json = await redis.client().get(`{sb}:broadcast:${id}`);
			return { stdout: run.stdout, paid: (JSON.parse(json ?? "{}") as { paid?: boolean }).paid };
		};
		const paid = await stored(["--paid"]);
		assert.equal(paid.paid, true);
		assert.match(paid.stdout, /to Telegram as a paid broadcast \(0\.1 Star a message\)/);
		const unpaid = await stored(["--no-paid"]);
		assert.equal(unpaid.paid, false);
		assert.match(unpaid.stdout, /to Telegram as an ordinary broadcast/);
		assert.equal((await stored([])).paid, undefined, "no choice: TELEGRAM_PAID_BROADCAST decides");
	});

	it("refuses a broadcast without text, with a time without its zone, or too long", async () => {
		const noText = await solidarity(["broadcast"], redis.url);
		assert.equal(noText.code, 2);
		assert.match(noText.stderr, /broadcast needs --text/);
		const noCampaign = await solidarity(["broadcast", "--text", "x"], redis.url);
		assert.equal(noCampaign.code, 2);
		assert.match(noCampaign.stderr, /broadcast needs --campaign <id>/);
		const unknown = await solidarity(["broadcast", "--campaign", "nope", "--text", "x"], redis.url);
		assert.equal(unknown.code, 1);
		assert.match(unknown.stderr, /There is no campaign "nope"/);
		const noZone = await solidarity(["broadcast", "--text", "x", "--at", "2099-01-01T09:00"], redis.url);
		assert.equal(noZone.code, 1);
		assert.match(noZone.stderr, /--at takes an ISO date and time with its zone/);
		const long = await solidarity(["broadcast", "--text", "x".repeat(3501)], redis.url);
		assert.equal(long.code, 1);
		assert.match(long.stderr, /longer than 3,500 characters/);
	});

	it("lists the roll and answers vote commands as the operator", async () => {
		const roll = await solidarity(["roll", "list"], redis.url);
		assert.equal(roll.code, 0, roll.stderr);
		assert.match(roll.stdout, /• pcc-m-co — PCC-M \(CO\), 0 representatives/);
		assert.match(roll.stdout, /• mlkp-tr — MLKP \(TR\)/);
		const status = await solidarity(["vote", "status", "icor-movadef-persecution"], redis.url);
		assert.equal(status.code, 1);
		assert.match(status.stdout, /There is no open vote on “Resolution against the political persecution/);
		const open = await solidarity(["vote", "open", "icor-movadef-persecution", "all"], redis.url);
		assert.match(open.stdout, /Only a draft can be put to a vote/);
	});
});
