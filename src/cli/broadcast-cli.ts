import { setTimeout as sleep } from "node:timers/promises";
import { findCampaign } from "../core/campaigns/find-campaign.js";
import { describeUserError, isUserError } from "../core/user-error.js";
import type { Runtime } from "../runtime.js";
import { print, withRuntime } from "./cli-io.js";
import { progressBar } from "./progress.js";

export async function announce(options: {
	text?: string;
	at?: string;
	campaign?: string;
	/** --paid / --no-paid: Telegram's paid broadcasts for this one; absent, TELEGRAM_PAID_BROADCAST. */
	paid?: boolean;
}): Promise<number> {
	const text = options.text?.trim();
	if (!text) {
		process.stderr.write(`solidarity: broadcast needs --text "<announcement>"\n`);
		return 2;
	}
	const at = options.at ? new Date(options.at) : new Date();
	if (Number.isNaN(at.getTime()) || (options.at && !/(Z|[+-]\d{2}:\d{2})$/.test(options.at))) {
		process.stderr.write("solidarity: --at takes an ISO date and time with its zone, e.g. 2026-12-01T09:00Z\n");
		return 1;
	}
	if (text.length > 3500) {
		process.stderr.write("solidarity: the announcement is longer than 3,500 characters\n");
		return 1;
	}
	const campaignId = options.campaign?.trim().toLowerCase();
	if (!campaignId) {
		process.stderr.write("solidarity: broadcast needs --campaign <id>: only the chats that follow it receive it\n");
		return 2;
	}
	return withRuntime(async (runtime) => {
		const campaign = await findCampaign(runtime.deps.campaigns, campaignId);
		if (isUserError(campaign)) {
			process.stderr.write(`solidarity: ${describeUserError(campaign, runtime.config.DEFAULT_LOCALE)}\n`);
			return 1;
		}
		const paid = options.paid === undefined ? {} : { paid: options.paid };
		const { id, chats } = await runtime.deps.broadcaster.announce({ text, at, campaign: campaign.id, ...paid });
		const how =
			options.paid === undefined
				? ""
				: options.paid
					? "; to Telegram as a paid broadcast (0.1 Star a message)"
					: "; to Telegram as an ordinary broadcast";
		print(
			`${id}: scheduled for ${at.toISOString()} to ${chats} subscribed chats${how}; a worker sends it (solidarity broadcast status ${id})`,
		);
		return 0;
	});
}

async function watch(runtime: Runtime, id: string, intervalMs: number) {
	let stats = await runtime.broadcastStore.stats(id);
	const bar = progressBar(id, Math.max(stats.total, 1));
	// A fan-out that has not run yet has a total of 0: keep watching until it has one and it is reached.
	while (stats.total === 0 || stats.sent + stats.failed + stats.gone < stats.total) {
		bar.update(stats.sent + stats.failed + stats.gone, Math.max(stats.total, 1));
		await sleep(intervalMs);
		stats = await runtime.broadcastStore.stats(id);
	}
	bar.update(stats.total, stats.total);
	bar.stop();
	return stats;
}

/** sent / failed / gone / total; with --watch, a progress bar on a terminal until every chat is done. */
export function broadcastStatus(id: string, options: { watch?: boolean; interval?: string }): Promise<number> {
	return withRuntime(async (runtime) => {
		const interval = Math.max(100, Number(options.interval ?? 1000) || 1000);
		const stats = options.watch ? await watch(runtime, id, interval) : await runtime.broadcastStore.stats(id);
		print(`${id}: ${stats.sent} sent, ${stats.failed} failed, ${stats.gone} gone, of ${stats.total}`);
		return 0;
	});
}
