import type { Campaign } from "./campaign.js";

/**
 * What one person may do, worked out once per request from who they are: their accounts (linked
 * accounts follow the person), whether they are an operator, whether they administer the chat the
 * request comes from, and the campaigns they organize.
 */
export interface Access {
	/** This account first, then those linked to it. */
	accounts: readonly string[];
	operator: boolean;
	/** Administers the chat the request comes from (Discord Manage Server, Telegram group admin). */
	chatAdmin: boolean;
	/** Campaign ids this person organizes. */
	organizes: ReadonlySet<string>;
}

/** May this person act on everything of this campaign? */
export function organizesCampaign(access: Access, campaignId: string): boolean {
	return access.operator || access.organizes.has(campaignId);
}

/** Does the person organize any campaign at all (what /help shows them)? */
export function organizesAny(access: Access): boolean {
	return access.operator || access.organizes.size > 0;
}

/** The campaign's name as people know it, for refusals such as "only organizers of ICOR can …". */
export function campaignName(campaigns: readonly Campaign[], campaignId: string): string {
	return campaigns.find((campaign) => campaign.id === campaignId)?.name ?? campaignId;
}
