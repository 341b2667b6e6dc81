import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { CommandContext } from "../../../src/core/commands/command.js";
import { importCommand } from "../../../src/core/commands/import-command.js";
import { messages } from "../../../src/core/i18n/messages.js";
import type { Reply } from "../../../src/core/reply.js";
import type { Statement } from "../../../src/core/statements/statement.js";

function contextFor(locale: "en" | "es", stored: Statement[]): CommandContext {
	return {
		origin: { platform: "console", chatId: "c", userId: "u", isChatAdmin: true },
		locale,
		text: messages(locale),
		role: "organizer",
		deps: {
			statements: {
				upsert: async (statement) => {
					stored.push(statement);
				},
				get: async (id) => stored.find((statement) => statement.id === id),
				list: async () => stored,
			},
			organizerIds: { console: [], discord: [], telegram: [] },
			defaultLocale: "en",
			now: () => new Date("2024-01-01T00:00:00Z"),
		},
	};
}

const textOf = (reply: Reply) => reply.blocks.map((block) => block.spans.map((span) => span.text).join("")).join("\n");

describe("/import", () => {
	it("is an organizer command with one required rest-of-text parameter", () => {
		assert.equal(importCommand.name, "import");
		assert.equal(importCommand.role, "organizer");
		assert.deepEqual(
			importCommand.parameters.map((parameter) => [parameter.name, parameter.type, parameter.required, parameter.rest]),
			[["text", "text", true, true]],
		);
	});

	it("saves the pasted statement as a draft and summarizes it, unrecognized lines included", async () => {
		const stored: Statement[] = [];
		const seed = readFileSync(join(import.meta.dirname, "../../../../shared/seeds/002_931f5cf06bc67560.txt"), "utf8");
		const reply = await importCommand.run({ text: `${seed}\n\nwww.example.org/sign` }, contextFor("en", stored));
		assert.equal(stored.length, 1);
		assert.equal(stored[0]?.status, "draft");
		const text = textOf(reply as Reply);
		assert.match(text, /Draft saved as peru-urgent-declaration/);
		assert.match(text, /Signatories: 9 signatories/);
		assert.match(text, /1 line was not recognized/);
		assert.match(text, /www\.example\.org\/sign/);
	});

	it("answers in Spanish and never replaces an existing statement", async () => {
		const stored: Statement[] = [];
		const text =
			"Solidaridad con Chile\n\nExigimos la libertad de todos los detenidos y el fin de la represión contra el pueblo.\n\nFirman:\nCentral Unitaria de Trabajadores\nColectivo Sur\nRed de Mujeres";
		await importCommand.run({ text }, contextFor("es", stored));
		const reply = await importCommand.run({ text }, contextFor("es", stored));
		assert.deepEqual(
			stored.map((statement) => statement.id),
			["solidaridad-con-chile", "solidaridad-con-chile-2"],
		);
		assert.match(textOf(reply as Reply), /Borrador guardado como solidaridad-con-chile-2/);
		assert.match(textOf(reply as Reply), /Firman: 3 firmantes/);
	});
});
