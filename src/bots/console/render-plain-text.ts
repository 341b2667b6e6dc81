import type { Block, Reply } from "../../core/reply.js";

/**
 * Terminal control characters in a name could move the cursor or recolour the screen;
 * they are shown as visible escapes instead. Newlines and tabs stay.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function sanitizeForTerminal(text: string): string {
	return text.replace(controlCharacters, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function blockText(block: Block): string {
	const text = sanitizeForTerminal(
		block.spans.map((part) => (part.href ? `${part.text} <${part.href}>` : part.text)).join(""),
	);
	if (block.type === "heading") return `== ${text} ==`;
	if (block.type === "item") return block.marker ? `${block.marker} ${text}` : text;
	return text;
}

/** A reply as plain text: headings marked with ==, list items on their own lines, buttons as the commands they stand for. */
export function renderPlainText(reply: Reply): string {
	const lines: string[] = [];
	reply.blocks.forEach((block, index) => {
		const previous = reply.blocks[index - 1];
		const sameList = block.type === "item" && previous?.type === "item";
		if (index > 0 && !sameList) lines.push("");
		lines.push(blockText(block));
	});
	if (reply.buttons && reply.buttons.length > 0) {
		lines.push(
			"",
			reply.buttons
				.map((button) => `[${sanitizeForTerminal(button.label)}] /${sanitizeForTerminal(button.action)}`)
				.join("   "),
		);
	}
	return lines.join("\n");
}
