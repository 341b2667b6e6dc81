import type { Block, Span } from "../core/reply.js";
import { type Html, html } from "./html.js";

function spanHtml(part: Span): Html {
	let inner = html`${part.text}`;
	if (part.code) inner = html`<code>${inner}</code>`;
	if (part.bold) inner = html`<strong>${inner}</strong>`;
	if (part.italic) inner = html`<em>${inner}</em>`;
	// Only links the core made, to pages of its own or a statement's published source, are followed.
	if (part.href && /^https?:\/\//.test(part.href)) inner = html`<a href="${part.href}" rel="nofollow">${inner}</a>`;
	return inner;
}

/**
 * The core's neutral reply as HTML. Consecutive items form one list whose markers are the
 * document's own ("1.", "•", none), so the page numbers the list exactly as the text does.
 */
export function blocksHtml(blocks: readonly Block[], headingLevel: 2 | 3 = 3): Html {
	const out: Html[] = [];
	let items: Html[] = [];
	const flush = () => {
		if (items.length > 0) out.push(html`<ul class="list">${items}</ul>`);
		items = [];
	};
	for (const block of blocks) {
		const spans = block.spans.map(spanHtml);
		if (block.type === "item") {
			items.push(html`<li>${block.marker ? html`<span class="marker">${block.marker}</span> ` : ""}${spans}</li>`);
			continue;
		}
		flush();
		if (block.type === "heading") out.push(headingLevel === 2 ? html`<h2>${spans}</h2>` : html`<h3>${spans}</h3>`);
		else out.push(html`<p>${spans}</p>`);
	}
	flush();
	return html`${out}`;
}
