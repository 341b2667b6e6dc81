import { actorKey } from "../adherences/adherence.js";
import type { CoreDependencies } from "../context.js";
import type { RequestOrigin } from "../request.js";
import type { Access } from "./access.js";

/** Works out what the person behind a request may do: their linked accounts count as theirs. */
export async function accessOf(
	origin: RequestOrigin,
	deps: Pick<CoreDependencies, "accounts" | "campaigns" | "operators" | "isUnavailable">,
): Promise<Access> {
	const account = actorKey(origin);
	try {
		const accounts = await deps.accounts.linked(account);
		const operator = accounts.some((linked) => deps.operators.includes(linked));
		const organizes = new Set(await deps.campaigns.organizedBy(accounts));
		return { accounts, operator, chatAdmin: origin.isChatAdmin, organizes };
	} catch (error) {
		if (!deps.isUnavailable?.(error)) throw error;
		// With the store out of reach, what needs no store still works (/help): the person counts as
		// this account alone, and an organizer's grants wait until the store is back.
		return {
			accounts: [account],
			operator: deps.operators.includes(account),
			chatAdmin: origin.isChatAdmin,
			organizes: new Set(),
		};
	}
}
