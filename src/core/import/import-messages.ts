import type { Locale } from "../i18n/locale.js";
import type { TextProblem } from "./import-input.js";

// The chat command's sentences live here until they move to the shared message catalogs.
const en = {
	draftSaved: (id: string) => `Draft saved as ${id}. Review it, then publish it.`,
	draftHeading: "Imported draft",
	title: "Title",
	issuer: "Issuer",
	date: "Date",
	undated: "no date found",
	language: "Language",
	section: (heading: string, count: number) =>
		`${heading.replace(/\s*:\s*$/, "")}: ${count === 1 ? "1 signatory" : `${count} signatories`}`,
	untitledSection: "Signatories",
	noSignatories: "No signatory list was found: the draft has the text only.",
	listCandidates: "The text reads like a sign-on, but no list was found. These lines may be it:",
	unrecognizedHeading: (count: number) =>
		count === 1 ? "1 line was not recognized:" : `${count} lines were not recognized:`,
	moreLines: (count: number) => `… and ${count} more.`,
	toCheckHeading: (count: number) =>
		count === 1 ? "1 signatory to check (by its number):" : `${count} signatories to check (by their numbers):`,
	nothingToImport: "There is no text to import. Paste the statement after /import.",
	inputProblem: (problem: TextProblem) =>
		problem.kind === "empty"
			? "there is no text in it"
			: problem.kind === "binary"
				? "this is not text but binary data; save or paste the statement as UTF-8 text and try again"
				: problem.kind === "nul"
					? "the text contains NUL characters, which no statement has; save or paste it as plain text"
					: `the text contains ${problem.count} control character${problem.count === 1 ? "" : "s"} (the first is ${problem.first}), which no statement has; paste it as plain text`,
};

const es: typeof en = {
	draftSaved: (id: string) => `Borrador guardado como ${id}. Revísalo y luego publícalo.`,
	draftHeading: "Borrador importado",
	title: "Título",
	issuer: "Emisor",
	date: "Fecha",
	undated: "sin fecha",
	language: "Idioma",
	section: (heading: string, count: number) =>
		`${heading.replace(/\s*:\s*$/, "")}: ${count === 1 ? "1 firmante" : `${count} firmantes`}`,
	untitledSection: "Firmantes",
	noSignatories: "No se encontró una lista de firmantes: el borrador solo tiene el texto.",
	listCandidates: "El texto parece una adhesión, pero no se encontró la lista. Estas líneas podrían serlo:",
	unrecognizedHeading: (count: number) =>
		count === 1 ? "1 línea no fue reconocida:" : `${count} líneas no fueron reconocidas:`,
	moreLines: (count: number) => `… y ${count} más.`,
	toCheckHeading: (count: number) =>
		count === 1 ? "1 firmante que revisar (por su número):" : `${count} firmantes que revisar (por su número):`,
	nothingToImport: "No hay texto que importar. Pega la declaración después de /import.",
	inputProblem: (problem) =>
		problem.kind === "empty"
			? "no contiene texto"
			: problem.kind === "binary"
				? "no es texto sino datos binarios; guarda o pega la declaración como texto UTF-8 y vuelve a intentarlo"
				: problem.kind === "nul"
					? "el texto contiene caracteres NUL, que ninguna declaración tiene; guárdalo o pégalo como texto plano"
					: `el texto contiene ${problem.count} carácter${problem.count === 1 ? "" : "es"} de control (el primero es ${problem.first}), que ninguna declaración tiene; pégalo como texto plano`,
};

export type ImportMessages = typeof en;

export const importMessages: Record<Locale, ImportMessages> = { en, es };
