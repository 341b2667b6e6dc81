import { SnowflakeUtil } from "discord.js";
import { fakeApplicationId, message } from "./discord-fake.js";

/** Raw INTERACTION_CREATE payloads, shaped as Discord's gateway sends them. */
export interface Person {
	id: string;
	name: string;
	/** Manage Server. */
	manager?: boolean;
	locale?: string;
}

export const guildId = "700000000000000001";
export const channelId = "700000000000000010";
export const organizersChannelId = "700000000000000020";

export const memberAna: Person = { id: "800000000000000003", name: "Ana" };
/** Manage Server, and nothing more: a chat admin, no organizer. */
export const serverManager: Person = { id: "800000000000000004", name: "Mo", manager: true };
/** An organizer of ICOR (granted in the test), with no rights on the server. */
export const icorOrganizerOnDiscord: Person = { id: "800000000000000005", name: "Inés" };

const manageGuild = 1n << 5n;

function base(type: number, who: Person, channel = channelId) {
	const id = SnowflakeUtil.generate().toString();
	const user = {
		id: who.id,
		username: who.name.toLowerCase(),
		global_name: who.name,
		discriminator: "0",
		avatar: null,
	};
	return {
		id,
		application_id: fakeApplicationId,
		type,
		token: `token-${id}`,
		version: 1,
		guild_id: guildId,
		channel_id: channel,
		channel: { id: channel, type: 0, guild_id: guildId, name: "chat" },
		member: {
			user,
			nick: null,
			roles: [],
			joined_at: "2024-01-01T00:00:00.000Z",
			deaf: false,
			mute: false,
			flags: 0,
			permissions: String(who.manager ? manageGuild : 0n),
		},
		locale: who.locale ?? "en-US",
		guild_locale: "en-US",
		app_permissions: "0",
		entitlements: [],
		authorizing_integration_owners: {},
		context: 0,
	};
}

type OptionValue = string | number;

export function slashCommand(name: string, options: Record<string, OptionValue>, who: Person, channel?: string) {
	return {
		...base(2, who, channel),
		data: {
			id: "600000000000000001",
			name,
			type: 1,
			options: Object.entries(options).map(([option, value]) => ({
				name: option,
				type: typeof value === "number" ? 4 : 3,
				value,
			})),
		},
	};
}

export function autocomplete(name: string, option: string, typed: string, who: Person) {
	return {
		...base(4, who),
		data: {
			id: "600000000000000001",
			name,
			type: 1,
			options: [{ name: option, type: 3, value: typed, focused: true }],
		},
	};
}

/** A press on a button of a message the bot sent; the message is what Discord would attach. */
export function buttonPress(customId: string, who: Person, channel = channelId) {
	return {
		...base(3, who, channel),
		message: message(channel, {
			content: "earlier message",
			components: [{ type: 1, components: [{ type: 2, style: 1, label: "button", custom_id: customId }] }],
		}),
		data: { custom_id: customId, component_type: 2 },
	};
}

export function modalSubmit(customId: string, fields: Record<string, string>, who: Person) {
	return {
		...base(5, who),
		data: {
			custom_id: customId,
			components: Object.entries(fields).map(([field, value]) => ({
				type: 1,
				components: [{ type: 4, custom_id: field, value }],
			})),
		},
	};
}
