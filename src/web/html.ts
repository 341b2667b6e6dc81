/**
 * HTML that is escaped by construction: a template's interpolations are escaped unless they are
 * themselves Html made by this module, so no user or document text can reach a page as markup.
 */
export class Html {
	constructor(readonly value: string) {}
	toString(): string {
		return this.value;
	}
}

type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function render(value: Interpolation): string {
	if (value === null || value === undefined || value === false) return "";
	if (value instanceof Html) return value.value;
	if (Array.isArray(value)) return value.map(render).join("");
	return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
	let out = strings[0] ?? "";
	values.forEach((value, index) => {
		out += render(value) + (strings[index + 1] ?? "");
	});
	return new Html(out);
}
