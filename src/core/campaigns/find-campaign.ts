import type { CommandContext } from "../context.js";
import type { CampaignRepository } from "../ports.js";
import { isUserError, type UserError, userError } from "../user-error.js";
import type { Campaign } from "./campaign.js";

/** The campaign with this id, or the error that lists the campaigns there are. */
export async function findCampaign(campaigns: CampaignRepository, typed: string): Promise<Campaign | UserError> {
	const all = await campaigns.list();
	const campaign = all.find((candidate) => candidate.id === typed.toLowerCase());
	return campaign ?? userError("unknownCampaign", typed.slice(0, 40), all.map((candidate) => candidate.id).join(", "));
}

/** For a command whose first argument names its campaign: whose organizers may run it. */
export async function campaignArgument(
	args: { campaign: string },
	context: CommandContext,
): Promise<string | UserError> {
	const campaign = await findCampaign(context.deps.campaigns, args.campaign);
	return isUserError(campaign) ? campaign : campaign.id;
}
