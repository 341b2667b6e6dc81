// The permission matrix through the real discord.js client against the fake Discord: every command
// as a slash command and as a button, by five people; Manage Server comes from the interaction.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { commandTable } from "../../../src/core/commands/command-table.js";
import { type DiscordHarness, startDiscordHarness } from "../../helpers/discord-harness.js";
import { buttonPress, guildId, type Person, slashCommand } from "../../helpers/discord-interactions.js";
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

const people: Record<MatrixActor, Person> = {
	member: { id: "800000000000000031", name: "Mia" },
	"admin of an unrelated chat": { id: "800000000000000032", name: "Max", manager: true },
	"organizer of another campaign": { id: "800000000000000033", name: "Rosa" },
	"organizer of the campaign": { id: "800000000000000034", name: "Inés" },
	operator: { id: "800000000000000035", name: "Olga" },
};
const channelOf = (actor: MatrixActor) => `70000000000000010${matrixActors.indexOf(actor)}`;
/** On Discord a person is a user option: a snowflake. */
const discordArguments = (name: string, args: Readonly<Record<string, string | number>>) =>
	name === "organizer" ? { ...matrixArguments[name], person: "800000000000000077" } : args;

describe("the permission matrix, through the Discord adapter", () => {
	let harness: DiscordHarness;
	before(async () => {
		harness = await startDiscordHarness(undefined, { operators: [`discord:${people.operator.id}`] });
		for (const actor of matrixActors) harness.fake.channels.set(channelOf(actor), guildId);
	});
	after(() => harness.stop());

	for (const { label, command, args: matrixArgs, role } of matrixCases(commandTable)) {
		for (const actor of matrixActors) {
			const expected = allowed(role, actor) ? "allowed" : "refused";
			for (const via of ["slash command", "button"] as const) {
				it(`/${label} as a ${via} by the ${actor}: ${expected}`, async () => {
					const core = harness.testCore;
					await core.reset();
					const audit = { who: "test", at: "2026-11-23T12:00:00.000Z" };
					await core.deps.campaigns.addOrganizer("icor", `discord:${people["organizer of the campaign"].id}`, audit);
					await core.deps.campaigns.addOrganizer(
						"red-muqui",
						`discord:${people["organizer of another campaign"].id}`,
						audit,
					);
					await core.deps.days.add({
						id: matrixDay,
						title: { en: "Matrix day" },
						date: "2027-01-31",
						campaign: "icor",
						offsets: [1],
						localTime: "09:00",
						source: "chat",
					});
					harness.fake.clear();
					const before = await redisSnapshot(core);
					const args = discordArguments(command.name, matrixArgs);
					const interaction =
						via === "slash command"
							? slashCommand(command.name, args, people[actor], channelOf(actor))
							: buttonPress(commandLine(command, matrixArgs).slice(1), people[actor], channelOf(actor));
					await harness.interact(interaction);
					await harness.handled(interaction.id);
					const answers = harness.fake.requests
						.filter((request) => request.path.includes(interaction.token))
						.map((request) => String((request.body as { content?: string } | undefined)?.content ?? "").trim())
						.filter((content) => content !== "");
					if (expected === "refused") {
						assert.ok(
							answers.some((answer) => refusal.test(answer)),
							`${command.name}: ${answers.join(" | ")}`,
						);
						assert.deepEqual(await redisSnapshot(core), before, "a refusal changes nothing");
					} else {
						assert.ok(answers.length > 0, `${command.name}: answered`);
						assert.ok(!answers.some((answer) => refusal.test(answer)), `${command.name}: ${answers.join(" | ")}`);
					}
				});
			}
		}
	}
});
