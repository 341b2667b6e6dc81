/**
 * The neutral reply every adapter renders: Discord markdown, Telegram HTML or plain text.
 * Text in spans is raw user or document text; adapters escape it, so nothing in it can
 * format, link or mention.
 */
export interface Span {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** Literal text such as a command to type. */
	code?: boolean;
	href?: string;
}

export type Block =
	| { type: "heading"; spans: Span[] }
	| { type: "paragraph"; spans: Span[] }
	/** A list entry; `marker` is "1.", "•" or "" as the document prints it. */
	| { type: "item"; marker: string; spans: Span[] };

/** A button whose `action` comes back to the core unchanged when it is pressed. */
export interface Button {
	label: string;
	action: string;
}

export interface Pagination {
	page: number;
	pageCount: number;
}

export interface Reply {
	blocks: Block[];
	buttons?: Button[];
	pagination?: Pagination;
	/** Only the person who asked should see it (Discord ephemeral); used for errors. */
	private?: boolean;
	/** It asks a question whose answer is the person's next plain message (Telegram asks for a reply in groups). */
	asks?: boolean;
	/** The action that confirms what this reply summarizes, for a platform whose form already asked. */
	confirm?: string;
}

export const span = (text: string, style: Omit<Span, "text"> = {}): Span => ({ text, ...style });
export const paragraph = (...spans: Span[]): Block => ({ type: "paragraph", spans });
export const heading = (text: string): Block => ({ type: "heading", spans: [span(text)] });
export const item = (marker: string, ...spans: Span[]): Block => ({ type: "item", marker, spans });

/** The length of a block's text, the measure the page splitter counts in. */
export function blockLength(block: Block): number {
	const marker = block.type === "item" && block.marker ? block.marker.length + 1 : 0;
	return marker + block.spans.reduce((total, part) => total + part.text.length, 0);
}
