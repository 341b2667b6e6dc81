import { z } from "zod";
import { platformSchema } from "../adherences/adherence.js";
import { campaignIdSchema } from "../campaigns/campaign.js";
import { statementIdSchema } from "../statements/statement.js";

/** Reminders, in days before the day: 7 = a week before, 0 = on the day itself. */
export const reminderOffsetsSchema = z.array(z.number().int().min(0).max(60)).min(1).max(10);

export const localHourSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a local time such as 09:00");

/** A day of action: one-off ("2023-01-31") or yearly ("--01-31", the month and day of every year). */
export const solidarityDaySchema = z.strictObject({
	id: statementIdSchema,
	title: z.object({ en: z.string().trim().min(1).max(200), es: z.string().trim().min(1).max(200).optional() }),
	/** YYYY-MM-DD for one day; --MM-DD for every year. */
	date: z
		.string()
		.regex(/^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected YYYY-MM-DD, or --MM-DD for every year"),
	/** The campaign whose organizers keep the day and whose followers get its reminders. */
	campaign: campaignIdSchema,
	statementId: statementIdSchema.optional(),
	offsets: reminderOffsetsSchema.default([7, 1, 0]),
	localTime: localHourSchema.default("09:00"),
	/** Where it comes from: the config file, or an organizer's /day add. */
	source: z.enum(["config", "chat"]).default("config"),
});
export type SolidarityDay = z.infer<typeof solidarityDaySchema>;

export const solidarityDaysFileSchema = z.strictObject({ days: z.array(solidarityDaySchema) });

/** One reminder for one chat: the same plan the jobs carry out and `solidarity days plan` prints. */
export const plannedReminderSchema = z.strictObject({
	day: z.string(),
	/** The occurrence's date (a yearly day has one per year). */
	date: z.iso.date(),
	offset: z.number().int(),
	platform: platformSchema,
	chat: z.string(),
	timeZone: z.string(),
	/** The reminder's local date and time in the chat's zone, e.g. 2024-01-24T09:00. */
	localTime: z.string(),
	utc: z.iso.datetime(),
});
export type PlannedReminder = z.infer<typeof plannedReminderSchema>;
