import type { Subscription } from "../core/chats/subscription.js";
import { planReminders } from "../core/days/plan-reminders.js";
import type { ChatRepository, ReminderPlanner, SolidarityDayRepository } from "../core/ports.js";
import { type Broadcast, jobIdPart } from "./broadcast.js";
import type { BroadcastLedger } from "./broadcast-ledger.js";
import { type BroadcastQueues, scheduleFanOut } from "./broadcast-queues.js";

/** Reminders are planned this far ahead; the planner runs far more often than that. */
const planningHorizonMs = 8 * 24 * 3600 * 1000;
const plannerEveryMs = 15 * 60 * 1000;

/** Reminder broadcasts: one per day, occurrence, offset and time zone, with ids made from those, so planning twice adds nothing. */
export function reminderBroadcastId(reminder: { day: string; date: string; offset: number; timeZone: string }): string {
	return `reminder-${reminder.day}-${reminder.date}-${reminder.offset}-${jobIdPart(reminder.timeZone)}`;
}

export class BullReminderPlanner implements ReminderPlanner {
	constructor(
		private readonly queues: BroadcastQueues,
		private readonly ledger: Pick<BroadcastLedger, "create">,
		private readonly days: SolidarityDayRepository,
		private readonly chats: ChatRepository,
		private readonly now: () => Date,
	) {}

	async replan(): Promise<void> {
		const now = this.now();
		const days = await this.days.list();
		const campaignOf = new Map(days.map((day) => [day.id, day.campaign]));
		const plan = planReminders(
			days,
			await this.oneChatPerZone(new Set(days.map((day) => day.campaign))),
			now,
			new Date(now.getTime() + planningHorizonMs),
		);
		const groups = new Map<string, (typeof plan)[number]>();
		for (const reminder of plan) {
			const id = reminderBroadcastId(reminder);
			if (!groups.has(id)) groups.set(id, reminder);
		}
		for (const [id, reminder] of groups) {
			const broadcast: Broadcast = {
				id,
				kind: "reminder",
				reminder: { day: reminder.day, date: reminder.date, offset: reminder.offset, timeZone: reminder.timeZone },
				at: reminder.utc,
				campaign: campaignOf.get(reminder.day) ?? "",
			};
			await this.ledger.create(broadcast);
			await scheduleFanOut(this.queues, broadcast, now);
		}
	}

	/**
	 * A reminder is planned per time zone, not per chat, so one follower per campaign and zone
	 * plans them all; the followers are read a page at a time, never all at once.
	 */
	private async oneChatPerZone(campaigns: ReadonlySet<string>): Promise<Subscription[]> {
		const chosen: Subscription[] = [];
		for (const campaign of campaigns) {
			const zones = new Set<string>();
			let after: string | undefined;
			do {
				const page = await this.chats.followers(campaign, after, 1000);
				for (const subscription of page.subscriptions) {
					if (zones.has(subscription.timeZone)) continue;
					zones.add(subscription.timeZone);
					chosen.push({ ...subscription, campaigns: [campaign] });
				}
				after = page.next;
			} while (after !== undefined);
		}
		return chosen;
	}

	/** Plans now and then every 15 minutes, whichever worker is free; one schedule however many workers start it. */
	async keepPlanning(): Promise<void> {
		await this.queues.planner.upsertJobScheduler("reminder-planner", { every: plannerEveryMs }, { name: "plan" });
	}
}
