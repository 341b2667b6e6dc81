import { z } from "zod";
import { parameter } from "./command.js";

/** Parameters several commands share, so every command names and checks them alike. */
export const statementIdParameter = parameter(
	// Any word is accepted here: an unknown id gets suggestions rather than a usage error.
	z
		.string()
		.min(1)
		.max(100)
		.transform((id) => id.toLowerCase()),
	{
		type: "string",
		description: {
			en: "The statement's id, as /statements lists it",
			es: "El identificador de la declaración, como lo muestra /statements",
		},
		autocomplete: "statement",
	},
);

export const languageParameter = parameter(
	z
		.string()
		.regex(/^[a-zA-Z]{2}$/)
		.transform((code) => code.toLowerCase())
		.optional(),
	{
		type: "string",
		description: { en: "Language version, e.g. en or es", es: "Versión de idioma, por ejemplo en o es" },
	},
);

export const pageParameter = parameter(z.number().int().min(1).max(999).optional(), {
	type: "integer",
	description: { en: "Page number", es: "Número de página" },
});

/** An adherence's number on its statement. */
export const adherenceNumberParameter = parameter(z.number().int().min(1).max(10_000_000), {
	type: "integer",
	description: {
		en: "The adherence's number, as /pending shows it",
		es: "El número de la adhesión, como lo muestra /pending",
	},
});

/** A campaign's id, as /campaigns lists it. */
export const campaignParameter = parameter(
	z
		.string()
		.min(1)
		.max(40)
		.transform((id) => id.toLowerCase()),
	{
		type: "string",
		description: {
			en: "The campaign's id, as /campaigns lists it",
			es: "El identificador de la campaña, como lo muestra /campaigns",
		},
	},
);

/**
 * A person: discord:<id> or telegram:<id>, or a bare id on the platform the command comes from.
 * On Telegram, answering one of the person's messages names them too.
 */
export const personParameter = parameter(z.string().min(1).max(40).optional(), {
	type: "user",
	description: {
		en: "The person: discord:<id>, telegram:<id>, or a reply to their message",
		es: "La persona: discord:<id>, telegram:<id>, o una respuesta a su mensaje",
	},
});
