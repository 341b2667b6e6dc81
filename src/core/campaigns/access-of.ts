import { actorKey } from "../adherences/adherence.js";
import type { CoreDependencies } from "../context.js";
import type { RequestOrigin } from "../request.js";
import type { Access } from "./access.js";

/** Works out what the person behind a request may do: their linked accounts count as theirs. */
export async function accessOf(
	origin: RequestOrigin,
	deps: Pick<CoreDependencies, "accounts" | "campaigns" | "operators">,
): Promise<Access> {
	const accounts = await deps.accounts.linked(actorKey(origin));
	const operator = accounts.some((account) => deps.operators.includes(account));
	const organizes = new Set(await deps.campaigns.organizedBy(accounts));
	return { accounts, operator, chatAdmin: origin.isChatAdmin, organizes };
}
