import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import {
	icorOrganizer,
	organizer,
	say,
	spanishMember,
	startTestCore,
	type TestCore,
	text,
} from "../../helpers/test-core.js";

describe("announcements", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore({ announcementsPerHour: 2 });
	});
	beforeEach(() => t.reset());
	after(() => t.stop());

	const broadcasts = async () => (await t.redis.client().keys("{sb}:broadcast:announcement-*")).length;

	it("shows a preview and sends nothing until /confirm; /cancel drops it", async () => {
		const preview = text(await say(t.core, "/announce icor March on Friday", icorOrganizer));
		assert.match(preview, /Announcement for ICOR, to the 0 chats that follow it, now:\s+March on Friday/);
		assert.equal(await broadcasts(), 0);
		assert.match(text(await say(t.core, "/cancel", icorOrganizer)), /dropped; nothing was sent/);
		assert.match(text(await say(t.core, "/confirm", icorOrganizer)), /nothing to confirm|no adherence/i);
		assert.equal(await broadcasts(), 0);
	});

	it("holds each campaign to its hourly limit", async () => {
		for (let sent = 0; sent < 2; sent++) {
			await say(t.core, `/announce icor Number ${sent}`, icorOrganizer);
			assert.match(text(await say(t.core, "/confirm", icorOrganizer)), /Announcement scheduled/);
		}
		await say(t.core, "/announce icor One too many", icorOrganizer);
		assert.match(text(await say(t.core, "/confirm", icorOrganizer)), /ICOR has sent 2 announcements in the last hour/);
		assert.equal(await broadcasts(), 2);
	});

	it("reads paid= only as name=value: a text that starts with Paid or Free stays the text", async () => {
		const preview = text(await say(t.core, "/announce icor Paid leave for all; free the prisoners", icorOrganizer));
		assert.match(preview, /now:\s+Paid leave for all; free the prisoners/);
		assert.doesNotMatch(preview, /paid broadcast|ordinary broadcast/);
		assert.match(
			text(await say(t.core, "/announce icor paid=maybe March", organizer)),
			/That paid choice \(paid=yes or paid=no\) doesn't look right\. Usage: \/announce <campaign> \[paid=…\] <text>/,
		);
		assert.match(text(await say(t.core, "/announce icor PAID=YES March", organizer)), /paid broadcast, up to 1,000/);
	});

	it("leaves the paid choice to operators: an organizer is refused and nothing waits for /confirm", async () => {
		const refused = await say(t.core, "/announce icor paid=yes March", icorOrganizer);
		assert.match(text(refused), /^Only the operators of this bot can choose whether an announcement goes as a paid/);
		assert.equal(refused.private, true);
		assert.match(text(await say(t.core, "/confirm", icorOrganizer)), /nothing to confirm/);
		assert.equal(await broadcasts(), 0);
	});

	it("is previewed in Spanish for a Spanish-speaking organizer", async () => {
		const spanishOrganizer = { ...spanishMember, userId: icorOrganizer.userId };
		assert.match(
			text(await say(t.core, "/announce icor Marcha el viernes", spanishOrganizer)),
			/Anuncio de ICOR, para los 0 chats que la siguen, ahora:/,
		);
	});
});
