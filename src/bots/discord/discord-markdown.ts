import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIComponentInMessageActionRow,
	ButtonStyle,
	ComponentType,
	escapeMarkdown,
} from "discord.js";
import type { Block, Button, Reply, Span } from "../../core/reply.js";
import { splitBlocks } from "../../core/split-blocks.js";

/** Discord's limit for a message's content. */
export const discordMessageLimit = 2000;
/** Discord's limits for message components: 5 rows of 5 buttons, ids and labels. */
const buttonsPerRow = 5;
const maxRows = 5;
const maxCustomIdLength = 100;
const maxLabelLength = 80;

const zeroWidthSpace = "\u200b";

/**
 * Raw text from a user or a document, made inert: no markdown, no link syntax, and no mention
 * that could ping or render (@everyone, @here, <@id>, <@&role>, <#channel>, </command:id>).
 * allowedMentions is empty on every message as well; this keeps the text from even looking like one.
 */
export function escapeDiscordText(text: string): string {
	const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
	return escaped.replaceAll("@", `@${zeroWidthSpace}`).replaceAll("<", "\\<");
}

/** Inline code cannot hold backslash escapes, so a backtick inside is shown as a look-alike that cannot close it. */
function codeSpan(text: string): string {
	const inert = text.replaceAll("@", `@${zeroWidthSpace}`).replaceAll("`", "ˋ");
	return `\`${inert}\``;
}

function renderSpan(part: Span): string {
	if (part.text.trim() === "") return part.text;
	if (part.code) return codeSpan(part.text);
	let text = escapeDiscordText(part.text);
	if (part.bold) text = `**${text}**`;
	if (part.italic) text = `*${text}*`;
	if (part.href && /^https?:\/\//i.test(part.href)) {
		const target = part.href.replace(/[<>()\s]/g, (character) => encodeURIComponent(character));
		text = `[${text}](<${target}>)`;
	}
	return text;
}

export function renderBlock(block: Block): string {
	const text = block.spans.map(renderSpan).join("");
	if (block.type === "heading") return `**${text}**`;
	if (block.type === "item") return block.marker ? `${escapeDiscordText(block.marker)} ${text}` : text;
	return text;
}

/** The measure splitBlocks counts in: a block's length once rendered and escaped, as Discord counts it. */
export const renderedLength = (block: Block): number => renderBlock(block).length;

function joinBlocks(blocks: readonly Block[]): string {
	return blocks
		.map((block, index) => {
			const previous = blocks[index - 1];
			const sameList = block.type === "item" && previous?.type === "item";
			return `${index === 0 ? "" : sameList ? "\n" : "\n\n"}${renderBlock(block)}`;
		})
		.join("");
}

/** Buttons as Discord action rows; a button whose action does not fit a custom id is left out, never cut. */
export function actionRows(buttons: readonly Button[] = []): APIActionRowComponent<APIComponentInMessageActionRow>[] {
	const seen = new Set<string>();
	const usable: APIButtonComponent[] = [];
	for (const button of buttons) {
		if (button.action.length > maxCustomIdLength || seen.has(button.action)) continue;
		if (usable.length >= buttonsPerRow * maxRows) break;
		seen.add(button.action);
		const label = button.label.length > maxLabelLength ? `${button.label.slice(0, maxLabelLength - 1)}…` : button.label;
		usable.push({
			type: ComponentType.Button,
			style: usable.length === 0 ? ButtonStyle.Primary : ButtonStyle.Secondary,
			label,
			custom_id: button.action,
		});
	}
	const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
	for (let start = 0; start < usable.length; start += buttonsPerRow)
		rows.push({ type: ComponentType.ActionRow, components: usable.slice(start, start + buttonsPerRow) });
	return rows;
}

export interface DiscordMessage {
	content: string;
	components: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/**
 * A reply as the Discord messages that carry it: split under 2,000 characters by the shared
 * splitter, counting the escaped text, with the buttons on the last message.
 */
export function renderDiscordMessages(reply: Reply): DiscordMessage[] {
	const pages = splitBlocks(reply.blocks, discordMessageLimit, renderedLength);
	const contents = pages.map(joinBlocks).filter((content) => content.length > 0);
	if (contents.length === 0) contents.push("…");
	const rows = actionRows(reply.buttons);
	return contents.map((content, index) => ({
		// A single grapheme longer than the limit is the only way past it; cut rather than be refused.
		content: content.length > discordMessageLimit ? `${content.slice(0, discordMessageLimit - 1)}…` : content,
		components: index === contents.length - 1 ? rows : [],
	}));
}
