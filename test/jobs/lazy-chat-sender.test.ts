import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ChatSender } from "../../src/core/ports.js";
import { paragraph, span } from "../../src/core/reply.js";
import { LazyChatSender } from "../../src/jobs/lazy-chat-sender.js";

const reply = { blocks: [paragraph(span("Solidarity"))] };

function recordingSender(log: string[]): ChatSender {
	return {
		platform: "discord",
		send: async (chatId, _reply, key) => {
			log.push(`send ${chatId} ${key}`);
			return { kind: "sent", messageId: "m1" };
		},
		edit: async (chatId, messageId) => {
			log.push(`edit ${chatId} ${messageId}`);
			return true;
		},
	};
}

describe("a platform sender loaded by its first message", () => {
	it("loads its client once, when the first message goes, and passes every call on", async () => {
		const log: string[] = [];
		let loads = 0;
		const sender = new LazyChatSender("discord", async () => {
			loads++;
			return recordingSender(log);
		});
		assert.equal(loads, 0);
		const [first, second] = await Promise.all([sender.send("c1", reply, "k1"), sender.send("c2", reply)]);
		assert.deepEqual(first, { kind: "sent", messageId: "m1" });
		assert.deepEqual(second, { kind: "sent", messageId: "m1" });
		assert.equal(await sender.edit("c1", "m1", reply), true);
		assert.equal(loads, 1);
		assert.deepEqual(log, ["send c1 k1", "send c2 undefined", "edit c1 m1"]);
	});

	it("tries the load again after one that failed", async () => {
		let loads = 0;
		const sender = new LazyChatSender("discord", async () => {
			loads++;
			if (loads === 1) throw new Error("module not found");
			return recordingSender([]);
		});
		await assert.rejects(sender.send("c1", reply), /module not found/);
		assert.deepEqual(await sender.send("c1", reply), { kind: "sent", messageId: "m1" });
		assert.equal(loads, 2);
	});
});
