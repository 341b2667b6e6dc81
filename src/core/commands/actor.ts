import { type Actor, actorKey } from "../adherences/adherence.js";
import type { CommandContext } from "./command.js";

/** Who sent a request, as records keep it: enough to answer them later, in their language. */
export function actorOf(context: CommandContext): Actor {
	const { origin } = context;
	return {
		platform: origin.platform,
		userId: origin.userId,
		chatId: origin.chatId,
		displayName: origin.displayName?.slice(0, 200),
		locale: context.locale,
	};
}

export const requesterKey = (context: CommandContext): string => actorKey(context.origin);
