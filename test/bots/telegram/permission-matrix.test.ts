// The permission matrix through telegraf against telegram-test-api: every command typed in a group,
// and pressed as a button where its action fits Telegram's 64 bytes, by five people; group admin
// status comes from getChatMember as the fake answers it.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { commandTable } from "../../../src/core/commands/command-table.js";
import {
	allowed,
	commandLine,
	type MatrixActor,
	matrixActors,
	matrixCases,
	matrixDay,
	redisSnapshot,
	refusal,
} from "../../helpers/permission-matrix.js";
import { startTelegramHarness, type TelegramHarness } from "../../helpers/telegram-bot-harness.js";
import { waitFor } from "../../helpers/telegram-test-server.js";
import { icorOrganizer, organizer, redMuquiOrganizer } from "../../helpers/test-core.js";

const userIds: Record<MatrixActor, number> = {
	member: 3101,
	"admin of an unrelated chat": 3102,
	"organizer of another campaign": Number(redMuquiOrganizer.userId),
	"organizer of the campaign": Number(icorOrganizer.userId),
	operator: Number(organizer.userId),
};
const callbackLimit = 64;

describe("the permission matrix, through the Telegram adapter", () => {
	let h: TelegramHarness;
	let run = 0;
	before(async () => {
		h = await startTelegramHarness();
	});
	after(() => h.stop());

	for (const { label, command, args, role } of matrixCases(commandTable)) {
		for (const actor of matrixActors) {
			const expected = allowed(role, actor) ? "allowed" : "refused";
			for (const via of ["typed", "button"] as const) {
				const line = commandLine(command, args);
				if (via === "button" && Buffer.byteLength(line.slice(1)) > callbackLimit) continue;
				it(`/${label} ${via} by the ${actor}: ${expected}`, async () => {
					await h.t.reset();
					await h.t.deps.days.add({
						id: matrixDay,
						title: { en: "Matrix day" },
						date: "2027-01-31",
						campaign: "icor",
						offsets: [1],
						localTime: "09:00",
						source: "chat",
					});
					// A chat of its own for every run, so no late message of one run is read in another.
					const chatId = -20_000 - ++run;
					const userId = userIds[actor];
					if (actor === "admin of an unrelated chat") h.server.makeAdmin(chatId, userId);
					const user = h.server.user({ userId, chatId, type: "group" });
					let answer: string;
					if (via === "typed") {
						const before = await redisSnapshot(h.t);
						const [reply] = await user.say(line);
						answer = reply?.text.trim() ?? "";
						if (expected === "refused") assert.deepEqual(await redisSnapshot(h.t), before, "a refusal changes nothing");
					} else {
						const [host] = await user.say("/roll");
						assert.ok(host);
						const answered = h.server.callsOf("answerCallbackQuery").length;
						const before = await redisSnapshot(h.t);
						await user.press({ ...host, keyboard: [[{ text: "Press", callback_data: line.slice(1) }]] }, "Press");
						const call = await waitFor(
							"the callback's answer",
							() => h.server.callsOf("answerCallbackQuery")[answered],
						);
						answer = String(call.body.text ?? "").trim();
						if (expected === "refused") {
							assert.equal(call.body.show_alert, true, "a refusal is an alert for the presser alone");
							assert.deepEqual(await redisSnapshot(h.t), before, "a refusal changes nothing");
						}
					}
					if (expected === "refused") assert.match(answer, refusal, line);
					else assert.doesNotMatch(answer, refusal, line);
				});
			}
		}
	}
});
