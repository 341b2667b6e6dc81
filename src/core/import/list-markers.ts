export type ListStyle = "numbered" | "bulleted" | "plain";

const numberedMarker = /^\(?\d{1,4}(?:\.-|\.\)|[.):º°]|\s?[-–])\s+/;
// A dash or bullet glued to the text ("-The immediate release") still marks an item.
const bulletMarker = /^(?:[•●○◦▪▫■□►▸‣⁃·*✓✔➢➤→]\s*|[-–—](?:\s+|(?=\p{Lu})))/u;

export interface MarkedLine {
	text: string;
	style: ListStyle;
}

/** Splits "12. PML Peru" into its marker's style and the text. */
export function stripListMarker(line: string): MarkedLine {
	const trimmed = line.trim();
	const numbered = numberedMarker.exec(trimmed);
	if (numbered) return { text: trimmed.slice(numbered[0].length).trim(), style: "numbered" };
	const bullet = bulletMarker.exec(trimmed);
	if (bullet) return { text: trimmed.slice(bullet[0].length).trim(), style: "bulleted" };
	return { text: trimmed, style: "plain" };
}
