/** "PCC-M", "UoC", "SympPFLP", "CPA/ML", "БКП", "UPC-Manidem", "FAEE.": a token that reads as an acronym. */
export function isAbbreviationToken(token: string): boolean {
	const word = token.replace(/[.,;:]+$/, "");
	if (word.length < 2 || word.length > 16) return false;
	if (!/^[\p{Lu}\p{N}]/u.test(word) || /[^\p{L}\p{N}\-–/&.']/u.test(word)) return false;
	const upper = word.match(/\p{Lu}/gu)?.length ?? 0;
	if (upper < 2) return false;
	if (upper / (word.match(/\p{L}/gu)?.length ?? 1) >= 0.5) return true;
	const first = word.split(/[-–/]/)[0] ?? "";
	return first.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(first);
}

/** "(ML)", "(Mashal)", "(independiente)": a bracketed word that qualifies an acronym. */
export function isBracketToken(token: string): boolean {
	return token.startsWith("(") && token.endsWith(")");
}
