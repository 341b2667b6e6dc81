import { type Interaction, PermissionFlagsBits } from "discord.js";
import type { RequestOrigin } from "../../core/request.js";

/** Who is asking, as the core needs it: Manage Server makes an organizer; configured ids are the core's to check. */
export function originOf(interaction: Interaction): RequestOrigin {
	const member = interaction.member;
	const nickname = member && "nick" in member && typeof member.nick === "string" ? member.nick : undefined;
	return {
		platform: "discord",
		chatId: interaction.channelId ?? interaction.user.id,
		...(interaction.guildId ? { scopeId: interaction.guildId } : {}),
		userId: interaction.user.id,
		displayName: nickname ?? interaction.user.globalName ?? interaction.user.username,
		userLocale: interaction.locale,
		isChatAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
		// A private reply to an interaction is ephemeral: only this user sees it.
		privateReplies: true,
	};
}
