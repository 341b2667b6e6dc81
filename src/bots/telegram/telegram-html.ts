import type { InlineKeyboardButton } from "telegraf/types";
import { type Block, type Button, paragraph, type Reply, type Span, span } from "../../core/reply.js";
import { splitBlocks } from "../../core/split-blocks.js";

/** Telegram refuses a message over 4,096 characters; the margin covers the joins between blocks. */
export const telegramMessageLimit = 4000;

/** Telegram refuses callback_data over 64 bytes. */
export const callbackDataLimit = 64;

/** Buttons in one keyboard row: two fit side by side on a phone (Previous/Next, Approve/Reject). */
const buttonsPerRow = 2;

export interface TelegramMessage {
	html: string;
	keyboard?: InlineKeyboardButton[][];
}

export function escapeHtml(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
	return escapeHtml(text).replace(/"/g, "&quot;");
}

/** Only web links: a javascript:, tg: or file: href in a document would do more than open a page. */
function safeHref(href: string): string | undefined {
	try {
		const url = new URL(href);
		return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function spanHtml(part: Span): string {
	let html = escapeHtml(part.text);
	if (part.code) html = `<code>${html}</code>`;
	if (part.italic) html = `<i>${html}</i>`;
	if (part.bold) html = `<b>${html}</b>`;
	const href = part.href ? safeHref(part.href) : undefined;
	if (href) html = `<a href="${escapeAttribute(href)}">${html}</a>`;
	return html;
}

export function blockHtml(block: Block): string {
	const content = block.spans.map(spanHtml).join("");
	if (block.type === "heading") return `<b>${content}</b>`;
	if (block.type === "item" && block.marker) return `${escapeHtml(block.marker)} ${content}`;
	return content;
}

function joinBlocks(blocks: readonly Block[]): string {
	return blocks
		.map((block, index) => {
			const previous = blocks[index - 1];
			if (index === 0) return blockHtml(block);
			// Entries of one list stay on consecutive lines, as the documents print them.
			const separator = block.type === "item" && previous?.type === "item" ? "\n" : "\n\n";
			return `${separator}${blockHtml(block)}`;
		})
		.join("");
}

export function fitsCallbackData(action: string): boolean {
	return Buffer.byteLength(action, "utf8") <= callbackDataLimit;
}

function keyboardOf(buttons: readonly Button[]): InlineKeyboardButton[][] {
	const rows: InlineKeyboardButton[][] = [];
	for (let index = 0; index < buttons.length; index += buttonsPerRow)
		rows.push(
			buttons
				.slice(index, index + buttonsPerRow)
				.map((button) => ({ text: button.label, callback_data: button.action })),
		);
	return rows;
}

/**
 * A reply as Telegram HTML messages under the limit, cut by the one shared splitter counting
 * escaped HTML. Buttons go on the last message; an action too long for callback_data is shown as
 * the command to type instead, so nothing the core offers is lost.
 */
export function renderTelegram(reply: Reply): TelegramMessage[] {
	const buttons = reply.buttons ?? [];
	const pressable = buttons.filter((button) => fitsCallbackData(button.action));
	const typed = buttons.filter((button) => !fitsCallbackData(button.action));
	const blocks = [...reply.blocks];
	for (const button of typed)
		blocks.push(paragraph(span(`${button.label}: `), span(`/${button.action}`, { code: true })));
	const pages = splitBlocks(blocks, telegramMessageLimit, (block) => blockHtml(block).length);
	const messages: TelegramMessage[] = pages.map((page) => ({ html: joinBlocks(page) }));
	if (messages.length === 0) messages.push({ html: "…" });
	const last = messages[messages.length - 1];
	if (last && pressable.length > 0) last.keyboard = keyboardOf(pressable);
	return messages;
}

/** The reply as plain text, for a callback's alert, which takes no formatting. */
export function plainText(reply: Reply): string {
	return reply.blocks.map((block) => block.spans.map((part) => part.text).join("")).join("\n");
}
