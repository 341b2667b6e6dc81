import { slashCommands } from "../../bots/discord/slash-commands.js";
import type { Environment } from "../../config.js";
import { commandTable } from "../../core/commands/command-table.js";
import { type CheckResult, fail, getJson, ok, warn } from "./check.js";

const telegramDefault = "https://api.telegram.org";
/** discord.js's default; like discord.js, the API version is added to DISCORD_API_BASE. */
const discordDefault = "https://discord.com/api";

type TelegramAnswer = { ok?: boolean; result?: Record<string, unknown>; description?: string };

async function telegramCall(config: Environment, method: string): Promise<TelegramAnswer & { status: number }> {
	const root = (config.TELEGRAM_API_ROOT ?? telegramDefault).replace(/\/$/, "");
	const { status, body } = await getJson(`${root}/bot${config.TELEGRAM_BOT_TOKEN}/${method}`);
	return { status, ...(typeof body === "object" && body ? (body as TelegramAnswer) : {}) };
}

export async function telegramChecks(config: Environment): Promise<CheckResult[]> {
	if (!config.TELEGRAM_BOT_TOKEN) return [ok("telegram token", "not set: Telegram is off")];
	const results: CheckResult[] = [];
	try {
		const me = await telegramCall(config, "getMe");
		if (!me.ok) return [fail("telegram token", `getMe refused it (${me.status} ${me.description ?? ""})`.trim())];
		results.push(ok("telegram token", `getMe: @${String(me.result?.username ?? "?")}`));
	} catch (error) {
		return [
			fail(
				"telegram token",
				`cannot reach ${config.TELEGRAM_API_ROOT ?? telegramDefault}: ${(error as Error).message}`,
			),
		];
	}
	results.push(...(await webhookChecks(config)));
	return results;
}

async function webhookChecks(config: Environment): Promise<CheckResult[]> {
	const wanted = config.TELEGRAM_WEBHOOK_URL;
	const results: CheckResult[] = [];
	if (wanted) {
		if (!wanted.startsWith("https://"))
			results.push(fail("telegram webhook", `${wanted}: Telegram only calls https URLs`));
		else results.push(ok("telegram webhook", `${wanted}, listening on port ${config.TELEGRAM_WEBHOOK_PORT}`));
		if (!config.TELEGRAM_WEBHOOK_SECRET)
			results.push(warn("telegram webhook secret", "not set: anyone who finds the URL can post updates"));
	}
	try {
		const info = await telegramCall(config, "getWebhookInfo");
		if (!info.ok) return [...results, warn("telegram webhook at Telegram", `getWebhookInfo: ${info.status}`)];
		const current = String(info.result?.url ?? "");
		if (!wanted && current)
			results.push(warn("telegram webhook at Telegram", `${current} is set; polling removes it at start`));
		else if (wanted && current && current !== wanted)
			results.push(warn("telegram webhook at Telegram", `${current} is set; the bot sets ${wanted} at start`));
		else results.push(ok("telegram webhook at Telegram", current ? `${current}` : "none (polling)"));
	} catch (error) {
		results.push(warn("telegram webhook at Telegram", `getWebhookInfo failed: ${(error as Error).message}`));
	}
	return results;
}

export async function discordChecks(config: Environment, guildId?: string): Promise<CheckResult[]> {
	if (!config.DISCORD_TOKEN) return [ok("discord token", "not set: Discord is off")];
	const base = `${(config.DISCORD_API_BASE ?? discordDefault).replace(/\/$/, "")}/v10`;
	const headers = { authorization: `Bot ${config.DISCORD_TOKEN}` };
	const results: CheckResult[] = [];
	try {
		const me = await getJson(`${base}/users/@me`, headers);
		if (me.status !== 200) return [fail("discord token", `/users/@me answered ${me.status}`)];
		const user = me.body as { username?: string; id?: string };
		results.push(ok("discord token", `/users/@me: ${user.username ?? "?"} (${user.id ?? "?"})`));
	} catch (error) {
		return [fail("discord token", `cannot reach ${base}: ${(error as Error).message}`)];
	}
	if (!config.DISCORD_APPLICATION_ID) {
		results.push(fail("discord commands", "DISCORD_APPLICATION_ID is not set: the commands cannot be deployed"));
		return results;
	}
	const route = guildId
		? `/applications/${config.DISCORD_APPLICATION_ID}/guilds/${guildId}/commands`
		: `/applications/${config.DISCORD_APPLICATION_ID}/commands`;
	try {
		const deployed = await getJson(`${base}${route}`, headers);
		if (deployed.status !== 200) {
			results.push(warn("discord commands", `${route} answered ${deployed.status}`));
			return results;
		}
		const names = new Set((deployed.body as { name: string }[]).map((command) => command.name));
		const missing = slashCommands(commandTable)
			.map((command) => command.name)
			.filter((name) => !names.has(name));
		const where = guildId ? `in server ${guildId}` : "globally";
		results.push(
			missing.length === 0
				? ok("discord commands", `${names.size} deployed ${where}`)
				: warn(
						"discord commands",
						`${missing.length} not deployed ${where} (${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}): run solidarity discord deploy${guildId ? ` --guild ${guildId}` : ""}`,
					),
		);
	} catch (error) {
		results.push(warn("discord commands", `${route}: ${(error as Error).message}`));
	}
	return results;
}
