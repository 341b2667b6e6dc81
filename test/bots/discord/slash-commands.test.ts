import assert from "node:assert/strict";
import { test } from "node:test";
import { slashCommands } from "../../../src/bots/discord/slash-commands.js";
import { runDiscordDeploy } from "../../../src/cli/discord-deploy.js";
import { commandTable } from "../../../src/core/commands/command-table.js";
import { DiscordFake, fakeApplicationId } from "../../helpers/discord-fake.js";

const string = 3;
const integer = 4;

test("every core command becomes one slash command with typed, localized options", () => {
	const commands = slashCommands(commandTable);
	assert.deepEqual(
		commands.map((command) => command.name),
		commandTable.map((command) => command.name),
		"one per command; aliases are for typed chats",
	);
	for (const command of commands) {
		assert.match(command.name, /^[-_\p{L}\p{N}]{1,32}$/u);
		assert.equal(command.name, command.name.toLowerCase());
		for (const description of [command.description, ...Object.values(command.description_localizations ?? {})])
			assert.ok(
				description && description.length >= 1 && description.length <= 100,
				`/${command.name}: ${description}`,
			);
		assert.ok(command.description_localizations?.["es-ES"]);
		assert.ok(command.description_localizations?.["es-419"]);
		const options = command.options ?? [];
		const firstOptional = options.findIndex((option) => !option.required);
		if (firstOptional >= 0)
			assert.ok(
				options.slice(firstOptional).every((option) => !option.required),
				`/${command.name}: required first`,
			);
	}
	const statement = commands.find((command) => command.name === "statement");
	assert.deepEqual(
		statement?.options?.map((option) => [option.name, option.type, option.required, "autocomplete" in option]),
		[
			["id", string, true, true],
			["lang", string, false, false],
			["page", integer, false, false],
		],
	);
});

test("deploy registers the commands in one server, or globally", async () => {
	const fake = await DiscordFake.start();
	const out: string[] = [];
	const err: string[] = [];
	const deps = {
		token: "fake-token-for-tests",
		applicationId: fakeApplicationId,
		apiBase: fake.apiBase,
		commands: commandTable,
		out: (text: string) => out.push(text),
		err: (text: string) => err.push(text),
	};
	try {
		assert.equal(await runDiscordDeploy(["--guild", "700000000000000001"], deps), 0);
		const guildPut = fake.requests.find((request) => request.method === "PUT");
		assert.equal(guildPut?.path, `/applications/${fakeApplicationId}/guilds/700000000000000001/commands`);
		assert.equal(Array.isArray(guildPut?.body) ? guildPut.body.length : 0, commandTable.length);
		assert.equal(await runDiscordDeploy([], deps), 0);
		assert.equal(
			fake.requests.filter((request) => request.method === "PUT").at(-1)?.path,
			`/applications/${fakeApplicationId}/commands`,
		);
		assert.equal(await runDiscordDeploy(["--guild"], deps), 2);
		assert.equal(await runDiscordDeploy(["--bogus"], deps), 2);
		fake.fail(/^PUT /, { status: 403, body: { message: "Missing Access", code: 50001 } });
		assert.equal(await runDiscordDeploy([], deps), 1);
		assert.match(err.at(-1) ?? "", /could not register/);
		assert.match(out.join("\n"), /registered \d+ commands in server/);
	} finally {
		await fake.close();
	}
});
