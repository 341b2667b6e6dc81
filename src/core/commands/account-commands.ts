import { z } from "zod";
import { actorKey } from "../adherences/adherence.js";
import { paragraph, span } from "../reply.js";
import { defineCommand, noParameters, parameter } from "./command.js";

/** Long enough to switch to the other app and type it; short enough that a code seen by someone else soon expires. */
const codeSeconds = 10 * 60;

export const linkAccountCommand = defineCommand({
	name: "linkaccount",
	aliases: ["enlazarcuenta"],
	description: {
		en: "Link your Discord and Telegram accounts: roles and adherences follow you",
		es: "Enlaza tus cuentas de Discord y Telegram: tus funciones y adhesiones te siguen",
	},
	parameters: z.object({
		code: parameter(
			z
				.string()
				.regex(/^[A-Za-z0-9]{8}$/)
				.optional(),
			{
				type: "string",
				description: {
					en: "The code you got on your other platform; none to get one",
					es: "El código que recibiste en tu otra plataforma; ninguno para pedirlo",
				},
			},
		),
	}),
	role: "member",
	personal: true,
	async run(args, context) {
		const text = context.text.accounts;
		const account = actorKey(context.origin);
		const say = (sentence: string) => ({ blocks: [paragraph(span(sentence))], private: true });
		if (!args.code) {
			const code = await context.deps.accounts.issueLinkCode(account, codeSeconds);
			return say(text.code(code, `/linkaccount ${code}`));
		}
		const outcome = await context.deps.accounts.redeemLinkCode(args.code, account, {
			at: context.deps.now().toISOString(),
		});
		if (outcome.kind === "linked") return say(text.linked(outcome.accounts.join(" + ")));
		if (outcome.kind === "same-platform") return say(text.samePlatform);
		if (outcome.kind === "already-linked") return say(text.alreadyLinked);
		return say(text.invalidCode);
	},
});

export const unlinkAccountCommand = defineCommand({
	name: "unlinkaccount",
	aliases: ["desenlazarcuenta"],
	description: { en: "Undo the link between your accounts", es: "Deshaz el enlace entre tus cuentas" },
	parameters: noParameters,
	role: "member",
	personal: true,
	async run(_args, context) {
		const unlinked = await context.deps.accounts.unlink(actorKey(context.origin), {
			at: context.deps.now().toISOString(),
		});
		return {
			blocks: [paragraph(span(unlinked ? context.text.accounts.unlinked : context.text.accounts.notLinked))],
			private: true,
		};
	},
});
