import { stringify } from "csv-stringify/sync";

/**
 * A spreadsheet runs a cell that begins with one of these as a formula (=HYPERLINK(...), +1+1,
 * -2+3, @SUM(...)), or after a tab or carriage return it strips.
 */
const formulaLead = /^[=+\-@\t\r]/;

/**
 * OWASP's defence against CSV injection: such a cell gets a leading single quote, which spreadsheets
 * show as text. Only the file is changed; names stay stored exactly as written.
 */
export function neutraliseCsvCell(value: string): string {
	return formulaLead.test(value) ? `'${value}` : value;
}

/**
 * Every CSV the project writes goes through here (the CLI export, any web download): RFC 4180
 * quoting by csv-stringify, CRLF records, numbers as numbers and every text cell neutralised.
 */
export function stringifyCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
	return stringify(rows as Record<string, unknown>[], {
		header: true,
		columns: [...columns],
		record_delimiter: "windows",
		cast: { number: String, string: neutraliseCsvCell },
	});
}
