import { z } from "zod";
import type { Parameter } from "./command.js";

/** Parameters several commands share, so every command names and checks them alike. */
export const statementIdParameter: Parameter = {
	name: "id",
	type: "string",
	required: true,
	description: {
		en: "The statement's id, as /statements lists it",
		es: "El identificador de la declaración, como lo muestra /statements",
	},
	// Any word is accepted here: an unknown id gets suggestions rather than a usage error.
	schema: z.string().min(1).max(100),
	autocomplete: "statement",
};

export const languageParameter: Parameter = {
	name: "lang",
	type: "string",
	required: false,
	description: { en: "Language version, e.g. en or es", es: "Versión de idioma, por ejemplo en o es" },
	schema: z
		.string()
		.regex(/^[a-zA-Z]{2}$/)
		.transform((code) => code.toLowerCase()),
};

export const pageParameter: Parameter = {
	name: "page",
	type: "integer",
	required: false,
	description: { en: "Page number", es: "Número de página" },
	schema: z.number().int().min(1).max(999),
};
