/** English texts. messages-es.ts must have the same shape: the compiler checks it. */
export const en = {
	intlLocale: "en-GB",
	help: {
		title: "solidarity-bot",
		intro: "Read solidarity statements and their signatories, and sign them for your organization.",
		commandsHeading: "Commands",
		organizerCommandsHeading: "Commands for organizers",
		footer: "Arguments in <angle brackets> are required, in [square brackets] optional.",
	},
	statements: {
		heading: "Statements",
		none: "There are no published statements yet.",
		status: {
			draft: "draft",
			voting: "being voted on",
			open: "open for signatures",
			closed: "closed",
		},
		kind: { resolution: "Resolution", declaration: "Declaration", statement: "Statement", call: "Call" },
		signatoryCount: (count: number) => (count === 1 ? "1 signatory" : `${count} signatories`),
		undated: "undated",
		readHint: (command: string) => `Read one with ${command}`,
	},
	statement: {
		issuedBy: (issuer: string) => `Issued by ${issuer}`,
		originalIn: (language: string) => `Original in ${language}; this is a published translation.`,
		unofficialTranslation: (original: string) => `Unofficial translation; the original is in ${original}.`,
		otherLanguages: (languages: string) => `Also available in: ${languages}`,
		page: (page: number, count: number) => `Page ${page} of ${count}`,
		nextPageHint: (command: string) => `Next page: ${command}`,
		previous: "◀ Previous",
		next: "Next ▶",
		signatoriesHint: (command: string) => `Signatories: ${command}`,
	},
	signatories: {
		asOfHeading: (date: string) => `Signatories (as of ${date}, further signatories possible):`,
		subsequentHeading: "Subsequent signatories:",
		defaultHeading: "Signatories:",
		total: (count: number) => (count === 1 ? "1 signatory in all." : `${count} signatories in all.`),
		none: "No signatories yet.",
	},
	errors: {
		unknownCommand: (command: string) => `I don't know the command ${command}. Type /help to see what I can do.`,
		unknownCommandSuggest: (command: string, suggestion: string) =>
			`I don't know the command ${command}. Did you mean ${suggestion}?`,
		unknownStatement: (id: string) => `There is no statement with the id "${id}". Type /statements to see them all.`,
		unknownStatementSuggest: (id: string, suggestions: string) =>
			`There is no statement with the id "${id}". Did you mean: ${suggestions}?`,
		missingArgument: (name: string, usage: string) => `Please give the ${name}. Usage: ${usage}`,
		invalidArgument: (name: string, usage: string) => `That ${name} doesn't look right. Usage: ${usage}`,
		tooManyArguments: (usage: string) => `That is more than I expected. Usage: ${usage}`,
		languageUnavailable: (language: string, available: string) =>
			`This statement is not available in ${language}. It is available in: ${available}.`,
		pageOutOfRange: (page: number, count: number) =>
			`There is no page ${page}: this statement has ${count === 1 ? "1 page" : `${count} pages`}.`,
		organizersOnly: "Only organizers can do that.",
		inputTooLong: (limit: number) => `That message is too long; please keep it under ${limit} characters.`,
		internal: (reference: string) =>
			`Sorry, something went wrong on my side. Please try again; if it keeps happening, give the organizers this reference: ${reference}.`,
	},
	console: {
		notACommand: "Commands start with a slash, for example /help.",
	},
	argumentNames: {
		id: "statement id",
		lang: "language",
		page: "page number",
	},
};
