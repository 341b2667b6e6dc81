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
			await this.chats.subscriptions(),
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

	/** Plans now and then every 15 minutes, whichever worker is free; one schedule however many workers start it. */
	async keepPlanning(): Promise<void> {
		await this.queues.planner.upsertJobScheduler("reminder-planner", { every: plannerEveryMs }, { name: "plan" });
	}
}
