import { DateTime } from "luxon";
import type { Subscription } from "../chats/subscription.js";
import type { PlannedReminder, SolidarityDay } from "./solidarity-day.js";

/** The dates a day falls on between two instants: itself, or its month and day in every year around them. */
function occurrences(day: SolidarityDay, from: Date, to: Date): string[] {
	if (!day.date.startsWith("--")) return [day.date];
	const monthDay = day.date.slice(2);
	const dates: string[] = [];
	// A year either side: reminders a week before a day early in January fall in the year before.
	for (let year = from.getUTCFullYear() - 1; year <= to.getUTCFullYear() + 1; year++) {
		const date = `${year}-${monthDay}`;
		// 29 February exists only in leap years.
		if (DateTime.fromISO(date, { zone: "UTC" }).isValid) dates.push(date);
	}
	return dates;
}

/**
 * Every reminder due in [from, to): for each day, each of its offsets and each subscribed chat,
 * the day's local hour in the chat's own time zone, the given number of calendar days before.
 * Local calendar arithmetic (luxon), so a reminder stays at 09:00 across a daylight-saving change;
 * a local time that does not exist that night is moved forward, as clocks are.
 */
export function planReminders(
	days: readonly SolidarityDay[],
	subscriptions: readonly Subscription[],
	from: Date,
	to: Date,
): PlannedReminder[] {
	const planned: PlannedReminder[] = [];
	for (const day of days) {
		for (const date of occurrences(day, from, to)) {
			for (const offset of day.offsets) {
				for (const subscription of subscriptions) {
					if (!subscription.campaigns.includes(day.campaign)) continue;
					const local = DateTime.fromISO(`${date}T${day.localTime}`, { zone: subscription.timeZone }).minus({
						days: offset,
					});
					if (!local.isValid) continue;
					const utc = local.toUTC();
					if (utc.toMillis() < from.getTime() || utc.toMillis() >= to.getTime()) continue;
					planned.push({
						day: day.id,
						date,
						offset,
						platform: subscription.platform,
						chat: subscription.chatId,
						timeZone: subscription.timeZone,
						localTime: local.toFormat("yyyy-MM-dd'T'HH:mm"),
						utc: utc.toISO({ suppressMilliseconds: false }) ?? "",
					});
				}
			}
		}
	}
	return planned.sort(
		(a, b) => a.utc.localeCompare(b.utc) || a.platform.localeCompare(b.platform) || a.chat.localeCompare(b.chat),
	);
}
