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
		// Most people link no second account: their own grants are read beside the link, so a request
		// waits on one round trip here, and only a linked person's on a second.
		const [accounts, ownGrants] = await Promise.all([
			deps.accounts.linked(account),
			deps.campaigns.organizedBy([account]),
		]);
		const operator = accounts.some((linked) => deps.operators.includes(linked));
		const organizes = new Set(accounts.length > 1 ? await deps.campaigns.organizedBy(accounts) : ownGrants);
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
