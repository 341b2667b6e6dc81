import { campaignName, organizesAny, organizesCampaign } from "./campaigns/access.js";
import type { PreparedCommand } from "./commands/command.js";
import type { CommandContext } from "./context.js";
import type { Role } from "./request.js";
import { isUserError, type UserError, userError } from "./user-error.js";

/**
 * The one check every command and every button goes through. A refusal says who may do it and
 * changes nothing: it comes before the command runs.
 */
export async function authorize(
	role: Role,
	prepared: Extract<PreparedCommand, { run: unknown }>,
	context: CommandContext,
): Promise<UserError | undefined> {
	// A choice only operators may make (a paid broadcast) is refused first, and says so.
	const operatorChoice = prepared.operatorChoice();
	// Anyone may run a member's command: it need not wait for the person's grants.
	if (role === "member" && !operatorChoice) return undefined;
	const access = await context.access();
	if (access.operator) return undefined;
	if (operatorChoice) return operatorChoice;
	if (role === "member") return undefined;
	if (role === "operator") return userError("operatorsOnly");
	if (role === "chat-admin") return access.chatAdmin ? undefined : userError("chatAdminsOnly");
	const campaign = await prepared.campaign(context);
	// Someone who organizes nothing is refused, not told what they typed wrong.
	if (isUserError(campaign)) return organizesAny(access) ? campaign : userError("organizersOnly");
	if (organizesCampaign(access, campaign)) return undefined;
	return userError("campaignOrganizersOnly", campaignName(await context.deps.campaigns.list(), campaign));
}
