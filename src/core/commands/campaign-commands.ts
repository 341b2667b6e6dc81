import { z } from "zod";
import { actorKey } from "../adherences/adherence.js";
import { campaignArgument, findCampaign } from "../campaigns/find-campaign.js";
import { namedAccount } from "../campaigns/person-account.js";
import { type Block, heading, item, paragraph, span } from "../reply.js";
import { isUserError } from "../user-error.js";
import { defineCommand, noParameters, parameter } from "./command.js";
import { campaignParameter, personParameter } from "./parameters.js";

export const campaignsCommand = defineCommand({
	name: "campaigns",
	aliases: ["campanas"],
	description: {
		en: "The campaigns this bot serves, to follow one in a chat",
		es: "Las campañas a las que sirve este bot, para seguir una en un chat",
	},
	parameters: noParameters,
	role: "member",
	async run(_args, context) {
		const text = context.text.campaigns;
		const statements = await context.deps.statements.list();
		const blocks: Block[] = [heading(text.heading)];
		for (const campaign of await context.deps.campaigns.list()) {
			const open = statements.filter((s) => s.campaign === campaign.id && s.status === "open").length;
			blocks.push(item("•", span(text.line(campaign.id, campaign.name, open))));
		}
		blocks.push(paragraph(span(text.hint, { italic: true })));
		return { blocks };
	},
});

export const organizersCommand = defineCommand({
	name: "organizers",
	aliases: ["organizadores"],
	description: { en: "Who organizes a campaign", es: "Quién organiza una campaña" },
	parameters: z.object({ campaign: campaignParameter }),
	role: "organizer",
	campaignOf: campaignArgument,
	async run(args, context) {
		const campaign = await findCampaign(context.deps.campaigns, args.campaign);
		if (isUserError(campaign)) return campaign;
		return {
			blocks: [
				heading(context.text.campaigns.organizersHeading(campaign.name)),
				...campaign.organizers.map((account) => item("•", span(account, { code: true }))),
			],
		};
	},
});

export const organizerCommand = defineCommand({
	name: "organizer",
	aliases: ["organizador"],
	description: {
		en: "Add or remove an organizer of a campaign (on Telegram, answer one of their messages)",
		es: "Añade o quita a quien organiza una campaña (en Telegram, responde a uno de sus mensajes)",
	},
	parameters: z.object({
		action: parameter(z.enum(["add", "remove"]), {
			type: "string",
			description: { en: "add or remove", es: "add (añadir) o remove (quitar)" },
		}),
		campaign: campaignParameter,
		person: personParameter,
	}),
	role: "organizer",
	campaignOf: campaignArgument,
	async run(args, context) {
		const campaign = await findCampaign(context.deps.campaigns, args.campaign);
		if (isUserError(campaign)) return campaign;
		const account = namedAccount(args.person, context.origin);
		if (isUserError(account)) return account;
		const text = context.text.campaigns;
		const audit = { who: actorKey(context.origin), at: context.deps.now().toISOString() };
		const say = (sentence: string) => ({ blocks: [paragraph(span(sentence))] });
		if (args.action === "add") {
			const outcome = await context.deps.campaigns.addOrganizer(campaign.id, account, audit);
			return say(
				outcome.kind === "already"
					? text.organizerAlready(account, campaign.name)
					: text.organizerAdded(account, campaign.name),
			);
		}
		const outcome = await context.deps.campaigns.removeOrganizer(campaign.id, account, audit);
		if (outcome.kind === "last") return say(text.lastOrganizer(campaign.name));
		return say(
			outcome.kind === "absent"
				? text.organizerAbsent(account, campaign.name)
				: text.organizerRemoved(account, campaign.name),
		);
	},
});
