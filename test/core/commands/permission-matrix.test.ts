// Every command of the table, typed and pressed as a button, by each of five people: allowed or
// refused exactly as the roles say, and a refusal changes nothing in Redis.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { commandTable } from "../../../src/core/commands/command-table.js";
import type { RequestOrigin } from "../../../src/core/request.js";
import {
	allowed,
	commandLine,
	type MatrixActor,
	matrixActors,
	matrixArguments,
	matrixCases,
	matrixDay,
	redisSnapshot,
	refusal,
} from "../../helpers/permission-matrix.js";
import {
	icorOrganizer,
	member,
	organizer,
	redMuquiOrganizer,
	startTestCore,
	type TestCore,
	text,
} from "../../helpers/test-core.js";

const origins: Record<MatrixActor, RequestOrigin> = {
	member,
	"admin of an unrelated chat": { ...member, userId: "4004", chatId: "-777", isChatAdmin: true },
	"organizer of another campaign": redMuquiOrganizer,
	"organizer of the campaign": icorOrganizer,
	operator: organizer,
};

/**
 * The console adapter hands each line to the core as it is, as one local person; here five console
 * people, each in a console chat of their own, with the grants they would have in campaigns.yaml.
 */
const consoleOrigin = (userId: string, isChatAdmin = false): RequestOrigin => ({
	platform: "console",
	chatId: `console-${userId}`,
	userId,
	isChatAdmin,
});
const consoleOrigins: Record<MatrixActor, RequestOrigin> = {
	member: consoleOrigin("guest"),
	"admin of an unrelated chat": consoleOrigin("desk", true),
	"organizer of another campaign": consoleOrigin("rosa"),
	"organizer of the campaign": consoleOrigin("ines"),
	operator: consoleOrigin("local"),
};

for (const [platform, people] of [
	["chats", origins],
	["console", consoleOrigins],
] as const)
	describe(`the permission matrix, through the core (${platform})`, () => {
		let t: TestCore;
		before(async () => {
			t = await startTestCore();
		});
		after(() => t.stop());

		it("has arguments for every command of the table", () => {
			const missing = commandTable.filter((command) => !(command.name in matrixArguments)).map((c) => c.name);
			assert.deepEqual(missing, []);
		});

		for (const { label, command, args, role } of matrixCases(commandTable)) {
			for (const actor of matrixActors) {
				const expected = allowed(role, actor) ? "allowed" : "refused";
				for (const via of ["typed", "button"] as const) {
					it(`/${label} ${via} by the ${actor}: ${expected}`, async () => {
						await t.reset();
						await t.deps.days.add({
							id: matrixDay,
							title: { en: "Matrix day" },
							date: "2027-01-31",
							campaign: "icor",
							offsets: [1],
							localTime: "09:00",
							source: "chat",
						});
						const audit = { who: "test", at: "2026-11-23T12:00:00.000Z" };
						await t.deps.campaigns.addOrganizer("icor", "console:ines", audit);
						await t.deps.campaigns.addOrganizer("red-muqui", "console:rosa", audit);
						const line = commandLine(command, args);
						const before = await redisSnapshot(t);
						const reply =
							via === "typed"
								? await t.core.handleText(line, people[actor])
								: await t.core.handleAction(line.slice(1), people[actor]);
						const answer = reply ? text(reply).trim() : "";
						if (expected === "refused") {
							assert.match(answer, refusal, line);
							assert.equal(reply?.private, true, "a refusal is for the asker alone");
							assert.deepEqual(await redisSnapshot(t), before, "a refusal changes nothing");
						} else {
							assert.doesNotMatch(answer, refusal, line);
							assert.doesNotMatch(answer, /Sorry, something went wrong/, line);
						}
					});
				}
			}
		}
	});
