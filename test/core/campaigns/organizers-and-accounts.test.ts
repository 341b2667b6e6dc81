import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import type { RequestOrigin } from "../../../src/core/request.js";
import {
	icorOrganizer,
	member,
	organizer,
	redMuquiOrganizer,
	say,
	startTestCore,
	type TestCore,
	text,
} from "../../helpers/test-core.js";

const movadef = "icor-movadef-persecution";
const newcomer: RequestOrigin = { ...member, userId: "6006", displayName: "Nuria" };
const newcomerOnDiscord: RequestOrigin = {
	platform: "discord",
	chatId: "700000000000000010",
	scopeId: "700000000000000001",
	userId: "800000000000000061",
	displayName: "Nuria",
	isChatAdmin: false,
};

describe("organizers and linked accounts", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	beforeEach(() => t.reset());
	after(() => t.stop());

	it("takes a grant and a revocation at once, and keeps both in the audit", async () => {
		assert.match(text(await say(t.core, `/close ${movadef}`, newcomer)), /Only organizers of ICOR can do that/);
		assert.match(
			text(await say(t.core, "/organizer add icor telegram:6006", icorOrganizer)),
			/telegram:6006 is now an organizer of ICOR/,
		);
		assert.match(text(await say(t.core, `/pending ${movadef}`, newcomer)), /No adherences/);
		assert.match(text(await say(t.core, "/organizers icor", newcomer)), /telegram:6006/);
		assert.match(
			text(await say(t.core, "/organizer remove icor telegram:6006", icorOrganizer)),
			/telegram:6006 is no longer an organizer of ICOR/,
		);
		assert.match(text(await say(t.core, `/pending ${movadef}`, newcomer)), /Only organizers of ICOR can do that/);
		const audit = await t.deps.campaigns.audit("icor");
		assert.deepEqual(
			audit.filter((entry) => entry.account === "telegram:6006").map((entry) => [entry.action, entry.who]),
			[
				["organizer-add", "telegram:5005"],
				["organizer-remove", "telegram:5005"],
			],
		);
		const [grant] = audit.filter((entry) => entry.action === "organizer-add" && entry.account === "telegram:6006");
		assert.ok(grant && !grant.before.includes("telegram:6006") && grant.after.includes("telegram:6006"));
	});

	it("names a person by a reply to their message, and refuses what names nobody", async () => {
		const replying = { ...icorOrganizer, repliedToUserId: "6006" };
		assert.match(text(await say(t.core, "/organizer add icor", replying)), /telegram:6006 is now an organizer/);
		for (const typed of ["", "@everyone", "someone", "telegram:abc"])
			assert.match(
				text(await say(t.core, `/organizer add icor ${typed}`.trim(), icorOrganizer)),
				/Name the person as discord:<user id> or telegram:<user id>/,
			);
	});

	it("keeps the last organizer of a campaign, and lets no organizer of another campaign grant", async () => {
		assert.match(
			text(await say(t.core, "/organizer add red-muqui telegram:6006", icorOrganizer)),
			/Only organizers of Red Muqui can do that/,
		);
		await say(t.core, "/organizer remove red-muqui console:local", organizer);
		assert.match(
			text(await say(t.core, "/organizer remove red-muqui telegram:5006", redMuquiOrganizer)),
			/last organizer of Red Muqui/,
		);
		assert.deepEqual((await t.deps.campaigns.list()).find((c) => c.id === "red-muqui")?.organizers, ["telegram:5006"]);
	});

	it("links a Telegram and a Discord account with a one-time code: roles and adherences follow the person", async () => {
		await say(t.core, "/organizer add icor telegram:6006", icorOrganizer);
		assert.match(text(await say(t.core, `/pending ${movadef}`, newcomerOnDiscord)), /Only organizers of ICOR/);
		const codeReply = text(await say(t.core, "/linkaccount", newcomer));
		const code = /link code is ([A-Z0-9]{8})/.exec(codeReply)?.[1];
		assert.ok(code, codeReply);
		assert.match(text(await say(t.core, `/linkaccount ${code}`, newcomer)), /other platform, not from this one/);
		assert.match(
			text(await say(t.core, `/linkaccount ${code}`, newcomerOnDiscord)),
			/Linked: discord:800000000000000061 \+ telegram:6006/,
		);
		assert.match(text(await say(t.core, `/linkaccount ${code}`, newcomerOnDiscord)), /unknown, used or expired/);
		assert.match(text(await say(t.core, `/pending ${movadef}`, newcomerOnDiscord)), /No adherences/);

		await say(t.core, "/organizer remove icor telegram:6006", icorOrganizer);
		await say(t.core, `/adhere ${movadef} Colectivo Enlazado; -; Chile`, newcomer);
		const received = text(await say(t.core, "/confirm", newcomer));
		const number = /#(\d+)/.exec(received)?.[1];
		assert.ok(number, received);
		const stranger = { ...newcomerOnDiscord, userId: "800000000000000062" };
		assert.match(
			text(await say(t.core, `/withdraw ${movadef} ${number}`, stranger)),
			/only an adherence you sent yourself/,
		);
		assert.match(text(await say(t.core, `/withdraw ${movadef} ${number}`, newcomerOnDiscord)), /Withdrawn #/);

		await say(t.core, "/organizer add icor telegram:6006", icorOrganizer);
		assert.match(text(await say(t.core, `/pending ${movadef}`, newcomerOnDiscord)), /No adherences/);
		assert.match(text(await say(t.core, "/unlinkaccount", newcomerOnDiscord)), /no longer linked/);
		assert.match(text(await say(t.core, `/pending ${movadef}`, newcomerOnDiscord)), /Only organizers of ICOR/);
	});
});
