import type { SolidarityDay } from "../core/days/solidarity-day.js";
import { formatDate, messages } from "../core/i18n/messages.js";
import type { SolidarityDayRepository, StatementRepository } from "../core/ports.js";
import { heading, paragraph, type Reply, span } from "../core/reply.js";
import type { Broadcast } from "./broadcast.js";

/** Only reminders read them: the day's title, and whether its statement exists to point to. */
export interface BroadcastMessageSources {
	days: Pick<SolidarityDayRepository, "list">;
	statements: Pick<StatementRepository, "get">;
}

/** The message one chat gets, in its own language. */
export async function broadcastMessage(
	broadcast: Broadcast,
	locale: "en" | "es",
	sources: BroadcastMessageSources,
): Promise<Reply> {
	const text = messages(locale).broadcasts;
	if (broadcast.kind === "announcement")
		return { blocks: [heading(text.announcementHeading), paragraph(span(broadcast.text ?? ""))] };
	const reminder = broadcast.reminder;
	const day: SolidarityDay | undefined = (await sources.days.list()).find(
		(candidate) => candidate.id === reminder?.day,
	);
	const title = (locale === "es" ? day?.title.es : undefined) ?? day?.title.en ?? reminder?.day ?? "";
	const date = formatDate(reminder?.date ?? broadcast.at.slice(0, 10), locale);
	const offset = reminder?.offset ?? 0;
	const sentence =
		offset === 0
			? text.reminderToday(title)
			: offset === 1
				? text.reminderTomorrow(title, date)
				: text.reminderInDays(title, offset, date);
	const blocks = [paragraph(span(sentence, { bold: true }))];
	if (day?.statementId && (await sources.statements.get(day.statementId))) {
		blocks.push(paragraph(span(text.readStatement(`/statement ${day.statementId}`))));
	}
	return { blocks };
}
