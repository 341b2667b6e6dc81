import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { conversationKey } from "../../../src/core/adherences/adherence-flow.js";
import { createCore } from "../../../src/core/core.js";
import type { RequestOrigin } from "../../../src/core/request.js";
import { ConversationCopies } from "../../../src/store/redis/conversation-copies.js";
import { RedisAdherenceRepository } from "../../../src/store/redis/redis-adherence-repository.js";
import { RedisConversationRepository } from "../../../src/store/redis/redis-conversation-repository.js";
import {
	chatAdmin,
	icorOrganizer,
	member,
	organizer,
	otherMember,
	redMuquiOrganizer,
	say,
	spanishMember,
	startTestCore,
	type TestCore,
	text,
} from "../../helpers/test-core.js";

const peru = "icor-peru-struggle-2023";
const movadef = "icor-movadef-persecution";

/** One-line adherence and confirmation, as a member types it. */
async function adhere(t: TestCore, statement: string, details: string, origin: RequestOrigin = member) {
	const first = text(await say(t.core, `/adhere ${statement} ${details}`, origin));
	if (!/Please check:|Comprueba los datos:/.test(first)) return first;
	return text(await say(t.core, "/confirm", origin));
}

/** Every key the bot keeps and its value, to prove a refused command changed nothing. */
async function snapshot(t: TestCore): Promise<Map<string, string>> {
	// Acknowledgements are batched; written first, they cannot land in the middle of a comparison.
	await t.deps.outbox.flush();
	const client = t.redis.client();
	const state = new Map<string, string>();
	for (const key of (await client.keys("{sb}:*")).sort()) {
		const type = await client.type(key);
		const value =
			type === "string"
				? await client.get(key)
				: type === "hash"
					? JSON.stringify(await client.hgetall(key))
					: type === "stream"
						? JSON.stringify(await client.xrange(key, "-", "+"))
						: type === "zset"
							? JSON.stringify(await client.zrange(key, "0", "-1", "WITHSCORES"))
							: JSON.stringify(await client.smembers(key));
		state.set(key, value ?? "");
	}
	return state;
}

describe("adherences", () => {
	let t: TestCore;
	before(async () => {
		t = await startTestCore();
	});
	beforeEach(() => t.reset());
	after(() => t.stop());

	describe("signing in one line", () => {
		it("asks for confirmation, then says received only once the record is stored", async () => {
			const check = text(await say(t.core, `/adhere ${peru} Frente Amplio de Lucha; FAL; Perú`));
			assert.match(check, /Name: Frente Amplio de Lucha\n• Abbreviation: FAL\n• Country: Peru/);
			assert.equal((await t.adherences.list(peru)).length, 0, "nothing is stored before the confirmation");
			const received = text(await say(t.core, "/confirm"));
			assert.match(received, /Received: FAL Frente Amplio de Lucha, Peru asks to sign “Solidarity with the struggle/);
			const [stored] = await t.adherences.list(peru);
			assert.equal(stored?.status, "pending");
			assert.equal(stored?.submission.country, "PE");
			assert.equal(stored?.submittedBy.userId, member.userId);
		});

		it("sends what the conversation holds now, when another process changed it after this one wrote it", async () => {
			assert.match(text(await say(t.core, `/adhere ${peru} Frente Amplio de Lucha; FAL; Perú`)), /Please check:/);
			// The same person's chat, answered meanwhile by another bot process: a corrected name.
			const elsewhere = new RedisConversationRepository(t.redis.client(), new ConversationCopies());
			const key = conversationKey(member);
			const held = (await elsewhere.get(key)) as Record<string, unknown>;
			await elsewhere.set(key, { ...held, name: "Frente Amplio de Lucha Popular" }, 1800);
			assert.match(
				text(await say(t.core, "/confirm")),
				/Received: FAL Frente Amplio de Lucha Popular, Peru asks to sign/,
			);
			assert.deepEqual(
				(await t.adherences.list(peru)).map((adherence) => adherence.submission.name),
				["Frente Amplio de Lucha Popular"],
			);
			assert.equal(await elsewhere.get(key), undefined, "the conversation ended with the submission");
		});

		it("understands country names in English and Spanish, with or without accents, and suggests for unknown ones", async () => {
			for (const [typed, code] of [
				["Perú", "PE"],
				["Côte d'Ivoire", "CI"],
				["Cote d Ivoire", "CI"],
				["Türkiye", "TR"],
				["Países Bajos", "NL"],
				["de", "DE"],
			] as const) {
				const reply = text(await say(t.core, `/adhere ${peru} Colectivo Prueba; ; ${typed}`));
				assert.match(
					reply,
					new RegExp(`Country: ${new Intl.DisplayNames(["en-GB"], { type: "region" }).of(code)}`),
					typed,
				);
			}
			const unknown = text(await say(t.core, `/adhere ${peru} Colectivo Prueba; ; Urugay`));
			assert.match(unknown, /I don't know the country "Urugay"\. Did you mean Uruguay/);
			assert.match(unknown, /Which country\?/, "and asks again");
			const answered = text(await say(t.core, "Uruguay"));
			assert.match(answered, /Country: Uruguay/);
		});

		it("gives its own reply for a closed statement, a draft and an unknown id", async () => {
			assert.match(await adhere(t, "peru-urgent-declaration-2023", "X; ; PE"), /“Peru: Urgent Declaration” is closed/);
			const seed = await t.statements.get(movadef);
			assert.ok(seed);
			await t.statements.upsert({ ...seed, id: "a-draft", status: "draft" });
			assert.match(await adhere(t, "a-draft", "X; ; PE"), /“a-draft” is still a draft/);
			assert.match(await adhere(t, "icor-peru-strugle", "X; ; PE"), /Did you mean: icor-peru-struggle-2023/);
			assert.match(
				text(await say(t.core, "/adhere peru-urgent-declaration-2023 X; ; PE", spanishMember)),
				/está cerrada: ya no admite firmas/,
			);
		});
	});

	describe("signing step by step", () => {
		it("asks each field, keeps the answers in Redis across a restart, and sends on confirmation", async () => {
			assert.match(text(await say(t.core, `/adhere ${movadef}`)), /What is the organization's name\?/);
			assert.match(text(await say(t.core, "Partido Obrero Revolucionario")), /abbreviation/);
			assert.match(text(await say(t.core, "POR")), /Which country\?/);
			// A new process on the same Redis: the conversation goes on.
			const restarted = createCore(t.deps, { error: () => {} });
			assert.match(text(await say(restarted, "Bolivia")), /organization or individual/);
			assert.match(text(await say(restarted, "organization")), /contact e-mail/);
			assert.match(text(await say(restarted, "not-an-email")), /not an e-mail address/);
			const summary = text(await say(restarted, "secretaria@por.example"));
			assert.match(summary, /Contact \(private\): secretaria@por\.example/);
			const ttl = await t.redis.client().ttl(`{sb}:conversation:telegram:${member.chatId}:${member.userId}`);
			assert.ok(ttl > 0 && ttl <= 1800, "an unfinished adherence expires");
			assert.match(text(await say(restarted, "/confirm")), /Received: POR Partido Obrero Revolucionario, Bolivia/);
			assert.equal((await t.adherences.list(movadef))[0]?.submission.contactEmail, "secretaria@por.example");
			assert.equal(await t.core.handleText("one more message", member), null, "the conversation is over");
		});

		it("is cancelled with /cancel and sends nothing", async () => {
			await say(t.core, `/adhere ${movadef}`);
			await say(t.core, "Colectivo Cancelado");
			assert.match(text(await say(t.core, "/cancel")), /Cancelled; nothing was sent/);
			assert.match(text(await say(t.core, "/confirm")), /nothing to confirm/);
			assert.equal((await t.adherences.list(movadef)).length, 0);
		});

		it("speaks Spanish to a Spanish-speaking member", async () => {
			assert.match(
				text(await say(t.core, `/adherir ${movadef}`, spanishMember)),
				/¿Cuál es el nombre de la organización\?/,
			);
		});
	});

	describe("duplicates", () => {
		for (const [variant, details, place] of [
			["other punctuation", "CPSA(ML); ; South Africa", /as No\. 4 \(CPSA \(ML\) Communist Party of South Africa/],
			[
				"its abbreviation in the name",
				"RM Rode Morgen; ; Netherlands",
				/as No\. 17 \(RM Rode Morgen \(Red Dawn\), Netherlands\)/,
			],
			["other case", "rode morgen; ; NL", /as No\. 17/],
			["no accents", "Union Proletarienne Marxiste-Leniniste; UPML; France", /as No\. 15/],
			["a small typo", "Rode Morgan; ; NL", /as No\. 17/],
			["its English name", "Red Dawn; ; Netherlands", /as No\. 17/],
			["a subsequent signatory", "PML del Peru; ; Peru", /under "Subsequent signatories"/],
		] as const) {
			it(`tells an organization already on the list, written with ${variant}, that it has signed, and adds nothing`, async () => {
				const reply = await adhere(t, peru, details);
				assert.match(reply, /has already signed “Solidarity with the struggle of the Peruvian people”/);
				assert.match(reply, place);
				assert.match(reply, /Nothing was added\./);
				assert.equal((await t.adherences.list(peru)).length, 0);
			});
		}

		it("accepts a near match as pending and flags it to the organizers", async () => {
			assert.match(await adhere(t, peru, "Rode Morgen Collective; ; Belgium"), /Received/);
			const [stored] = await t.adherences.list(peru);
			assert.equal(stored?.status, "pending");
			assert.match(stored?.possibleDuplicateOf ?? "", /No\. 17/);
			const card = t.notifications.find((notification) => notification.to === "organizers");
			assert.match(card?.text ?? "", /Possible duplicate of No\. 17 \(RM Rode Morgen/);
			assert.match(text(await say(t.core, `/pending ${peru}`, organizer)), /Possible duplicate of No\. 17/);
		});

		it("tells a second submission of a pending adherence that it is waiting, and of an approved one its number", async () => {
			await adhere(t, movadef, "Frente Popular Darío Santillán; FPDS; Argentina");
			assert.match(
				await adhere(t, movadef, "frente popular dario santillan; ; AR", otherMember),
				/already waiting for the organizers \(request #1\)/,
			);
			await say(t.core, `/approve ${movadef} 1`, organizer);
			assert.match(
				await adhere(t, movadef, "FPDS; ; Argentina", otherMember),
				/as No\. 22 \(FPDS Frente Popular Darío Santillán, Argentina\)/,
			);
		});

		it("stores one record for 50 identical submissions at the same instant, and 50 for 50 different ones", async () => {
			const submitters = Array.from({ length: 50 }, (_, i): RequestOrigin => ({ ...member, userId: String(5000 + i) }));
			await Promise.all(
				submitters.map((origin) => say(t.core, `/adhere ${movadef} Colectivo Simultáneo; CS; Chile`, origin)),
			);
			const replies = await Promise.all(submitters.map((origin) => say(t.core, "/confirm", origin)));
			assert.equal((await t.adherences.list(movadef)).length, 1);
			assert.equal(replies.filter((reply) => /Received/.test(text(reply))).length, 1);
			assert.equal(replies.filter((reply) => /already waiting/.test(text(reply))).length, 49);

			const names = ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett"];
			await Promise.all(
				submitters.map((origin, i) =>
					say(t.core, `/adhere ${peru} Sindicato ${names[i % 10]} ${names[Math.floor(i / 10)]} ${i}; ; Chile`, origin),
				),
			);
			await Promise.all(submitters.map((origin) => say(t.core, "/confirm", origin)));
			assert.equal((await t.adherences.list(peru)).length, 50);
		});
	});

	describe("moderation", () => {
		it("goes round: the organizers get a card with buttons, approve with the button, and the submitter is told", async () => {
			await adhere(t, peru, "Red Dawn Nederland Kollektief; RDNK; Netherlands", spanishMember);
			const card = t.notifications.find((notification) => notification.to === "organizers");
			assert.ok(card);
			const approve = card.reply.buttons?.find((button) => button.action.startsWith("approve"));
			assert.equal(approve?.action, `approve ${peru} 1`);
			const approved = text(await t.core.handleAction(approve?.action ?? "", organizer));
			assert.match(approved, /Approved #1: RDNK Red Dawn Nederland Kollektief, Netherlands is now on the list/);
			const told = t.notifications.find((notification) => notification.to === "user");
			assert.equal(told?.recipient?.userId, spanishMember.userId);
			assert.match(
				told?.text ?? "",
				/Buenas noticias: RDNK Red Dawn Nederland Kollektief, Países Bajos ya está en la lista/,
			);
			assert.match(
				text(await say(t.core, `/signatories ${peru}`)),
				/PML del Perú Partido Marxista.*\nRDNK Red Dawn Nederland Kollektief, Netherlands\n\n32 signatories in all\./,
			);
			assert.match(
				text(await t.core.handleAction(approve?.action ?? "", organizer)),
				/Adherence #1 is already approved/,
			);
		});

		it("never approves over a decision another process made since this one last saw the record", async () => {
			assert.match(await adhere(t, movadef, "Colectivo Decidido; ; Spain"), /Received/);
			// Another bot process (its own repository on the same Redis) rejects it first.
			const elsewhere = new RedisAdherenceRepository(t.redis.client(), t.redis.trackedReads());
			const rejected = await elsewhere.transition(
				movadef,
				1,
				["pending"],
				(adherence) => ({ ...adherence, status: "rejected", decidedAt: "2026-11-23T12:05:00.000Z" }),
				{ who: "telegram:5005", action: "reject", at: "2026-11-23T12:05:00.000Z" },
				[],
			);
			assert.equal(rejected.kind, "changed");
			assert.match(text(await say(t.core, `/approve ${movadef} 1`, icorOrganizer)), /Adherence #1 is already rejected/);
			assert.equal((await elsewhere.get(movadef, 1))?.status, "rejected");
			assert.doesNotMatch(text(await say(t.core, `/signatories ${movadef}`)), /Colectivo Decidido/);
		});

		it("checks a refusal made from this process's copy against the stored record before saying it", async () => {
			assert.match(await adhere(t, movadef, "Colectivo Retirado; ; Spain"), /Received/);
			assert.match(text(await say(t.core, `/approve ${movadef} 1`, icorOrganizer)), /Approved #1/);
			// Another bot process withdraws it; this one's copy still says approved.
			const elsewhere = new RedisAdherenceRepository(t.redis.client(), t.redis.trackedReads());
			const withdrawn = await elsewhere.transition(
				movadef,
				1,
				["approved"],
				(adherence) => ({ ...adherence, status: "withdrawn", withdrawnAt: "2026-11-23T12:06:00.000Z" }),
				{ who: "telegram:5005", action: "withdraw", at: "2026-11-23T12:06:00.000Z" },
				[],
			);
			assert.equal(withdrawn.kind, "changed");
			assert.match(
				text(await say(t.core, `/approve ${movadef} 1`, icorOrganizer)),
				/Adherence #1 is already withdrawn/,
			);
		});

		it("rejects with a reason the submitter reads, and the organization may sign again later", async () => {
			await adhere(t, movadef, "Colectivo Rechazado; ; Spain");
			assert.match(
				text(await say(t.core, `/reject ${movadef} 1 Please sign with the organization's full name`, icorOrganizer)),
				/Rejected #1: Colectivo Rechazado, Spain/,
			);
			const told = t.notifications.filter((notification) => notification.to === "user").at(-1);
			assert.match(
				told?.text ?? "",
				/did not accept the adherence of Colectivo Rechazado, Spain to[\s\S]*Their reason: Please sign with the organization's full name/,
			);
			assert.match(await adhere(t, movadef, "Colectivo Rechazado; ; Spain"), /Received/);
			assert.match(text(await say(t.core, `/signatories ${movadef}`)), /21 signatories in all/);
		});

		it("approves at once on an open statement", async () => {
			const seed = await t.statements.get(movadef);
			assert.ok(seed);
			await t.statements.upsert({ ...seed, adherencePolicy: "open" });
			assert.match(
				await adhere(t, movadef, "Colectivo Abierto; ; Mexico"),
				/Thank you: Colectivo Abierto, Mexico now signs/,
			);
			assert.match(text(await say(t.core, `/signatories ${movadef}`)), /\n22\. Colectivo Abierto, Mexico\n/);
		});
	});

	describe("withdrawal", () => {
		it("renumbers the list, keeps the history, and lets only the submitter or an organizer do it", async () => {
			await adhere(t, movadef, "Primera Organización; ; Chile");
			await adhere(t, movadef, "Segunda Organización; ; Chile", otherMember);
			await say(t.core, `/approve ${movadef} 1`, organizer);
			await say(t.core, `/approve ${movadef} 2`, organizer);
			assert.match(
				text(await say(t.core, `/signatories ${movadef}`)),
				/22\. Primera Organización, Chile\n23\. Segunda Organización, Chile/,
			);
			assert.match(
				text(await say(t.core, `/withdraw ${movadef} 1`, otherMember)),
				/You can withdraw only an adherence you sent yourself/,
			);
			assert.match(text(await say(t.core, `/withdraw ${movadef} 1`)), /Withdrawn #1: Primera Organización, Chile/);
			assert.match(
				text(await say(t.core, `/signatories ${movadef}`)),
				/21\. MLKP Turkey-Kurdistan\n22\. Segunda Organización, Chile\n\n22 signatories/,
			);
			assert.match(text(await say(t.core, `/withdraw ${movadef} 2`, organizer)), /Withdrawn #2/);
			assert.match(t.notifications.at(-1)?.text ?? "", /The organizers withdrew Segunda Organización/);
			const actions = (await t.adherences.audit(movadef)).map((entry) => `${entry.action} #${entry.number}`);
			assert.deepEqual(actions, ["submit #1", "submit #2", "approve #1", "approve #2", "withdraw #1", "withdraw #2"]);
			assert.equal((await t.adherences.get(movadef, 1))?.status, "withdrawn");
		});
	});

	describe("publishing", () => {
		it("moves the as-of date: adherences approved by then join the numbered list", async () => {
			await adhere(t, peru, "Nuevo Sindicato; NS; Peru");
			await say(t.core, `/approve ${peru} 1`, organizer);
			assert.match(
				text(await say(t.core, `/signatories ${peru}`)),
				/Subsequent signatories: ==\n\n[\s\S]*NS Nuevo Sindicato, Peru\n/,
			);
			assert.match(
				text(await say(t.core, `/publish ${peru} 2030-01-01`, organizer)),
				/is in the future: a list is published as of today or an earlier day/,
			);
			assert.match(
				text(await say(t.core, `/publish ${peru}`, organizer)),
				/published as of 23 November 2026, with 32 signatories/,
			);
			const list = text(await say(t.core, `/signatories ${peru}`));
			assert.match(list, /Signatories \(as of 23 November 2026, further signatories possible\): ==/);
			assert.match(
				list,
				/\n31\. PML del Perú Partido Marxista Leninista del Perú \(Marxist-Leninist Party of Peru\)\n32\. NS Nuevo Sindicato, Peru\n/,
			);
			assert.doesNotMatch(list, /Subsequent signatories/);
		});
	});

	describe("organizer commands", () => {
		it("are refused to a member with a clear reply, and nothing changes", async () => {
			await adhere(t, movadef, "Colectivo Pendiente; ; Chile", otherMember);
			const before = await snapshot(t);
			for (const line of [
				`/pending ${movadef}`,
				`/approve ${movadef} 1`,
				`/reject ${movadef} 1 no`,
				`/publish ${movadef}`,
				`/publish ${peru} 2024-01-01`,
				"/import icor Solidarity\n\nSignatories:\n1. A, Peru",
				`/withdraw ${movadef} 1`,
			]) {
				const reply = await say(t.core, line, member);
				assert.equal(reply.private, true, line);
				assert.match(
					text(reply),
					/Only organizers of ICOR can do that|You can withdraw only an adherence you sent yourself/,
					line,
				);
			}
			assert.deepEqual(await snapshot(t), before);
		});

		it("are allowed to the campaign's organizers and to operators, not to a chat's administrators", async () => {
			assert.match(text(await say(t.core, `/pending ${movadef}`, icorOrganizer)), /No adherences/);
			assert.match(text(await say(t.core, `/pending ${movadef}`, organizer)), /No adherences/);
			assert.match(text(await say(t.core, `/pending ${movadef}`, chatAdmin)), /Only organizers of ICOR can do that/);
			assert.match(
				text(await say(t.core, `/pending ${movadef}`, redMuquiOrganizer)),
				/Only organizers of ICOR can do that/,
			);
		});
	});

	describe("hostile input", () => {
		for (const [name, details, expected] of [
			["an empty name", " ; ; Peru", /Please give the organization's name/],
			["a 10 kB name", `${"A".repeat(10_000)}; ; Peru`, /too long/],
			["@everyone", "@everyone; ; Peru", /cannot contain @mentions/],
			["zero-width characters", "Rode\u200bMorgen; ; NL", /invisible or text-direction control characters/],
			["a right-to-left override", "Evil\u202eCorp; ; NL", /invisible or text-direction control characters/],
			["emoji only", "🇵🇪✊🔥; ; Peru", /needs letters/],
			["a hostile abbreviation", "Colectivo; @here; Peru", /abbreviation must be/],
		] as const) {
			it(`answers ${name} clearly and stores nothing`, async () => {
				const reply = await say(t.core, `/adhere ${movadef} ${details}`);
				assert.match(text(reply), expected);
				assert.equal((await t.adherences.list(movadef)).length, 0);
				assert.doesNotMatch(text(reply), /Sorry, something went wrong/);
			});
		}

		it("stores markdown and HTML as given, for the adapters to escape", async () => {
			assert.match(await adhere(t, movadef, "<b>Frente</b> **Rojo**; ; Peru"), /Received/);
			assert.equal((await t.adherences.get(movadef, 1))?.submission.name, "<b>Frente</b> **Rojo**");
		});

		it("limits each person to 10 submissions an hour", async () => {
			for (let i = 0; i < 10; i++)
				assert.match(await adhere(t, movadef, `Colectivo Número ${i}x${i}; ; Chile`), /Received/);
			assert.match(await adhere(t, movadef, "Colectivo Once; ; Chile"), /You have sent 10 adherences in the last hour/);
			assert.match(await adhere(t, movadef, "Colectivo Once; ; Chile", otherMember), /Received/);
		});
	});

	describe("durability", () => {
		it("keeps every confirmed adherence when redis-server is killed with SIGKILL right after", async () => {
			assert.match(await adhere(t, movadef, "Colectivo Durable; ; Chile"), /Received/);
			await t.redis.crashAndRestart();
			const adherences = new RedisAdherenceRepository(t.redis.client(), t.redis.trackedReads());
			assert.equal((await adherences.get(movadef, 1))?.submission.name, "Colectivo Durable");
		});
	});
});
