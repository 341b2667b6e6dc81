import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Notifier } from "../../../src/core/ports.js";
import { waitFor } from "../../helpers/telegram-test-server.js";
import { member, say, startTestCore, type TestCore, text } from "../../helpers/test-core.js";

const peru = "icor-peru-struggle-2023";

/** The organizers' chat as the notifier reaches it: failing, holding every message, or answering. */
function organizersChat() {
	let mode: "failing" | "holding" | "answering" = "answering";
	const cards: string[] = [];
	const held: (() => void)[] = [];
	const notifier: Notifier = {
		notifyUser: async () => undefined,
		notifyOrganizers: async (_statementId, _origin, reply) => {
			if (mode === "failing") throw new Error("the organizers' chat did not answer");
			if (mode === "holding") await new Promise<void>((resolve) => held.push(resolve));
			cards.push(text(reply));
		},
	};
	return {
		notifier,
		cards,
		set: (next: typeof mode) => {
			mode = next;
		},
		heldCount: () => held.length,
		release: () => {
			for (const resolve of held.splice(0)) resolve();
		},
	};
}

describe("an organization sent again by the member who sent it", () => {
	const chat = organizersChat();
	let t: TestCore;
	before(async () => {
		t = await startTestCore({ notifier: chat.notifier });
	});
	after(() => t.stop());

	it("is answered as received without waiting on the organizers' chat, and its card still goes out", async () => {
		chat.set("failing");
		const sign = async () => {
			await say(t.core, `/adhere ${peru} Frente Amplio de Lucha; FAL; Perú`);
			return say(t.core, "/confirm", member);
		};
		assert.match(text(await sign()), /Received: FAL Frente Amplio de Lucha/);
		assert.equal(chat.cards.length, 0, "the first card did not reach the organizers");
		// The outbox tries a failed card again after a second; by then the member has sent it again.
		await new Promise((resolve) => setTimeout(resolve, 1_200));
		chat.set("holding");
		let timer: NodeJS.Timeout | undefined;
		const reply = await Promise.race([
			sign().then(text),
			new Promise<string>((resolve) => {
				timer = setTimeout(() => resolve("no reply within 3 s"), 3_000);
			}),
		]);
		clearTimeout(timer);
		assert.match(reply, /Received: FAL Frente Amplio de Lucha, Peru asks to sign .* #1/s);
		// The card is sent again, after the reply: it waits at the organizers' chat, which holds it.
		await waitFor("the card at the organizers' chat", () => (chat.heldCount() > 0 ? true : undefined), 3_000);
		assert.equal(chat.heldCount(), 1, "the card was sent to the organizers again");
		assert.equal(chat.cards.length, 0);
		chat.release();
		await waitFor("the card delivered", () => (chat.cards.length > 0 ? true : undefined), 3_000);
		assert.equal(chat.cards.length, 1, "the card reached the organizers once their chat answered");
		assert.match(chat.cards[0] ?? "", /Frente Amplio de Lucha/);
		assert.equal((await t.adherences.list(peru)).length, 1, "sent twice, stored once");
	});
});
