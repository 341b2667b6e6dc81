import type { en } from "./messages-en.js";

export const es: typeof en = {
	intlLocale: "es",
	help: {
		title: "solidarity-bot",
		intro: "Lee declaraciones de solidaridad y sus firmantes, y fírmalas en nombre de tu organización.",
		commandsHeading: "Comandos",
		organizerCommandsHeading: "Comandos para organizadores",
		footer: "Los argumentos entre <ángulos> son obligatorios; entre [corchetes], opcionales.",
	},
	statements: {
		heading: "Declaraciones",
		none: "Todavía no hay declaraciones publicadas.",
		status: {
			draft: "borrador",
			voting: "en votación",
			open: "abierta a firmas",
			closed: "cerrada",
		},
		kind: { resolution: "Resolución", declaration: "Declaración", statement: "Pronunciamiento", call: "Convocatoria" },
		signatoryCount: (count: number) => (count === 1 ? "1 firmante" : `${count} firmantes`),
		undated: "sin fecha",
		readHint: (command: string) => `Lee una con ${command}`,
	},
	statement: {
		issuedBy: (issuer: string) => `Emitida por ${issuer}`,
		originalIn: (language: string) => `Original en ${language}; esta es una traducción publicada.`,
		unofficialTranslation: (original: string) => `Traducción no oficial; el original está en ${original}.`,
		otherLanguages: (languages: string) => `También disponible en: ${languages}`,
		page: (page: number, count: number) => `Página ${page} de ${count}`,
		nextPageHint: (command: string) => `Página siguiente: ${command}`,
		previous: "◀ Anterior",
		next: "Siguiente ▶",
		signatoriesHint: (command: string) => `Firmantes: ${command}`,
	},
	signatories: {
		asOfHeading: (date: string) => `Firmantes (al ${date}, abierta a nuevas firmas):`,
		subsequentHeading: "Firmantes posteriores:",
		defaultHeading: "Firmantes:",
		total: (count: number) => (count === 1 ? "1 firmante en total." : `${count} firmantes en total.`),
		none: "Todavía no hay firmantes.",
	},
	errors: {
		unknownCommand: (command: string) => `No conozco el comando ${command}. Escribe /help para ver lo que puedo hacer.`,
		unknownCommandSuggest: (command: string, suggestion: string) =>
			`No conozco el comando ${command}. ¿Quisiste decir ${suggestion}?`,
		unknownStatement: (id: string) =>
			`No hay ninguna declaración con el identificador «${id}». Escribe /statements para verlas todas.`,
		unknownStatementSuggest: (id: string, suggestions: string) =>
			`No hay ninguna declaración con el identificador «${id}». ¿Quisiste decir: ${suggestions}?`,
		missingArgument: (name: string, usage: string) => `Indica el ${name}. Uso: ${usage}`,
		invalidArgument: (name: string, usage: string) => `Ese ${name} no parece correcto. Uso: ${usage}`,
		tooManyArguments: (usage: string) => `Has escrito más de lo que esperaba. Uso: ${usage}`,
		languageUnavailable: (language: string, available: string) =>
			`Esta declaración no está disponible en ${language}. Está disponible en: ${available}.`,
		pageOutOfRange: (page: number, count: number) =>
			`No existe la página ${page}: esta declaración tiene ${count === 1 ? "1 página" : `${count} páginas`}.`,
		organizersOnly: "Solo los organizadores pueden hacer eso.",
		inputTooLong: (limit: number) => `Ese mensaje es demasiado largo; mantenlo por debajo de ${limit} caracteres.`,
		internal: (reference: string) =>
			`Lo siento, algo ha fallado por mi parte. Vuelve a intentarlo; si sigue pasando, da a los organizadores esta referencia: ${reference}.`,
	},
	console: {
		notACommand: "Los comandos empiezan con una barra, por ejemplo /help.",
	},
	argumentNames: {
		id: "identificador de la declaración",
		lang: "idioma",
		page: "número de página",
	},
};
