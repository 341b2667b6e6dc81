import type { en } from "./messages-en.js";

/** Los nombres que tocó una corrección: cinco, y cuántos más, para que quitar cincuenta quepa en una línea. */
const someOf = (names: readonly string[]) =>
	names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} y ${names.length - 5} más`;
const counted = (verb: string, names: readonly string[]) =>
	names.length === 1 ? `${verb}: ${someOf(names)}.` : `${verb} ${names.length}: ${someOf(names)}.`;

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
		numberedPlace: (number: number, line: string) => `n.º ${number} (${line})`,
		placeUnder: (line: string, heading: string) => `${line}, en «${heading}»`,
		asOfHeading: (date: string) => `Firmantes (al ${date}, abierta a nuevas firmas):`,
		subsequentHeading: "Firmantes posteriores:",
		defaultHeading: "Firmantes:",
		total: (count: number) => (count === 1 ? "1 firmante en total." : `${count} firmantes en total.`),
		none: "Todavía no hay firmantes.",
	},
	web: {
		siteTitle: "Declaraciones de solidaridad",
		skipToContent: "Saltar al contenido",
		home: "Todas las declaraciones",
		campaignsHeading: "Campañas y sus declaraciones abiertas",
		noOpenStatements: "Ninguna declaración de esta campaña recoge firmas ahora.",
		signatoryCount: (count: number) => (count === 1 ? "1 firmante" : `${count} firmantes`),
		signButton: "Firmar esta declaración",
		issuedBy: (issuer: string, date: string | null) => (date ? `${issuer}, ${date}` : issuer),
		versionsHeading: "Versiones en otros idiomas",
		original: "original",
		unofficialTranslation: "traducción no oficial",
		statusClosed: "Esta declaración está cerrada: no recoge más firmas.",
		statusVoting: "Esta declaración está en votación y aún no recoge firmas.",
		signatoriesHeading: "Firmantes",
		dataHeading: "Datos abiertos",
		dataLinks: "La lista en JSON, en CSV y como canal Atom de nuevos firmantes.",
		daysCalendar: "Días de solidaridad, como calendario al que suscribirse",
		signHeading: (title: string) => `Firmar «${title}»`,
		signIntro:
			"Tu firma llega a los organizadores, que la revisan antes de añadirla a la lista. El correo de contacto es privado: solo lo ven los organizadores.",
		signAs: "Firmar como",
		asOrganization: "una organización",
		asIndividual: "una persona",
		nameLabel: "Nombre (de la organización, o el tuyo)",
		abbreviationLabel: "Sigla (opcional)",
		countryLabel: "País",
		countryFilterLabel: "Filtrar los países",
		chooseCountry: "Elige un país",
		emailLabel: "Correo de contacto (opcional, privado para los organizadores)",
		attestLabel: "Puedo firmar en nombre de esta organización (o en el mío propio).",
		attestMissing: "Confirma que puedes firmar en nombre de esta organización.",
		honeypotLabel: "Deja este campo vacío",
		submit: "Firmar",
		formProblems: "Corrige lo que se indica abajo; no se envió nada.",
		proofOfWorkNote:
			"Con JavaScript activado, tu navegador resuelve un pequeño cálculo que aleja a los robots. Sin él, tu firma se envía igual y siempre la revisan los organizadores.",
		expiredForm: "Este formulario caducó o se envió desde otra página. Envíalo de nuevo desde aquí.",
		rejectedForm: "No se pudo aceptar este formulario. Envíalo de nuevo.",
		tooManyRequests: "Demasiadas solicitudes desde tu dirección. Espera unos minutos y vuelve a intentarlo.",
		receivedHeading: "Recibido",
		receivedBody: "Los organizadores la revisarán. Este enlace privado muestra el resultado; guárdalo:",
		receivedMessage: (line: string, title: string, number: number) =>
			`Recibida: ${line} pide firmar «${title}» (solicitud n.º ${number}).`,
		signedHeading: "Gracias",
		alreadyHeading: "Ya está en la lista",
		refusedHeading: "Esta declaración no se puede firmar",
		statusHeading: (title: string) => `Tu firma de «${title}»`,
		statusPending: "Está esperando la revisión de los organizadores.",
		statusApproved: "Fue aprobada y está en la lista.",
		statusRejected: (reason: string | undefined) =>
			reason ? `Los organizadores no la aceptaron. Su motivo: ${reason}` : "Los organizadores no la aceptaron.",
		statusWithdrawn: "Fue retirada.",
		statusUnknown: "Este enlace de estado no es válido.",
		notFound: "No existe esta página.",
		notFoundStatement: (id: string) => `No hay ninguna declaración «${id}».`,
		backToStatement: "Volver a la declaración",
		embedSigned: (count: number) => (count === 1 ? "1 firmante" : `${count} firmantes`),
		languageSwitch: "English",
		unavailable: "El servicio no está disponible por un momento. Vuelve a intentarlo en un minuto.",
		organizerHeading: "Organizadores: adhesiones pendientes de revisión",
		organizerNone: "Ninguna adhesión de tus campañas espera revisión.",
		organizerContact: "Contacto (privado)",
		organizerSource: "Enviada desde",
		approve: "Aprobar",
		reject: "Rechazar",
		rejectReason: "Motivo (opcional, lo lee quien firmó)",
		signOut: "Cerrar sesión",
		signedInAs: (who: string) => `Sesión de ${who}`,
		loginInvalid: "Este enlace de acceso caducó o ya se usó. Pide uno nuevo al bot con /weblogin.",
		sessionNeeded: "Entra con un enlace del bot: envía /weblogin en un chat.",
		queues: "Colas de trabajos",
	},
	adherence: {
		askName: (title: string) =>
			`Firma de «${title}». ¿Cuál es el nombre de la organización? (Si firmas a título individual, tu nombre.) Envía /cancel para dejarlo.`,
		askAbbreviation: "¿Su sigla, si tiene? Envía - si no tiene.",
		askCountry: "¿De qué país? Un nombre en español o en inglés, o su código ISO, como PE.",
		askKind: "¿Firma como organización o a título individual? Responde organización o individual.",
		askEmail: "¿Un correo de contacto para los organizadores? Solo ellos lo verán. Envía - para omitirlo.",
		summary: "Comprueba los datos:",
		fieldName: "Nombre",
		fieldAbbreviation: "Sigla",
		fieldCountry: "País",
		fieldKind: "Firma como",
		fieldEmail: "Contacto (privado)",
		kindOrganization: "organización",
		kindIndividual: "persona individual",
		none: "ninguna",
		confirmQuestion: (title: string) =>
			`¿Confirmas que puedes firmar «${title}» en nombre de esta organización (o en tu propio nombre)? Responde /confirm o /cancel.`,
		confirmButton: "✓ Confirmar",
		cancelButton: "✗ Cancelar",
		received: (line: string, title: string, number: number) =>
			`Recibido: ${line} pide firmar «${title}» (solicitud n.º ${number}). Los organizadores la revisarán y te avisaré del resultado.`,
		signed: (line: string, title: string) => `Gracias: ${line} ya firma «${title}».`,
		alreadySigned: (line: string, title: string, place: string) =>
			`${line} ya firmó «${title}», como ${place}. No se ha añadido nada.`,
		alreadyPending: (title: string, number: number) =>
			`La adhesión de esta organización a «${title}» ya está pendiente de los organizadores (solicitud n.º ${number}). No se ha añadido nada.`,
		cancelled: "Cancelado; no se ha enviado nada.",
		nothingToCancel: "No hay nada que cancelar.",
		nothingToConfirm: "No hay nada que confirmar. Empieza con /adhere <id>.",
		possibleDuplicate: (place: string) => `Posible duplicado de ${place}.`,
		organizerCard: (title: string, number: number, line: string) =>
			`Nueva adhesión a «${title}», solicitud n.º ${number}: ${line}`,
		submittedBy: (who: string, date: string) => `Enviada por ${who} el ${date}.`,
		approveButton: (number: number) => `✓ Aprobar n.º ${number}`,
		rejectButton: (number: number) => `✗ Rechazar n.º ${number}`,
		pendingHeading: (title: string) => `Adhesiones pendientes de revisión: «${title}»`,
		noPending: (title: string) => `No hay adhesiones a «${title}» pendientes de revisión.`,
		pendingHint: (id: string) => `Decide con /approve ${id} <número> o /reject ${id} <número> [motivo].`,
		approved: (number: number, line: string, title: string) =>
			`Aprobada la n.º ${number}: ${line} ya está en la lista de «${title}».`,
		rejected: (number: number, line: string) => `Rechazada la n.º ${number}: ${line}. Se ha avisado a quien la envió.`,
		withdrawn: (number: number, line: string, title: string) =>
			`Retirada la n.º ${number}: ${line} ya no está en la lista de «${title}»; la lista se ha renumerado.`,
		toSubmitterApproved: (line: string, title: string) =>
			`Buenas noticias: ${line} ya está en la lista de firmantes de «${title}».`,
		toSubmitterRejected: (line: string, title: string) =>
			`Los organizadores no aceptaron la adhesión de ${line} a «${title}».`,
		toSubmitterReason: (reason: string) => `Su motivo: ${reason}`,
		toSubmitterWithdrawn: (line: string, title: string) =>
			`Los organizadores retiraron a ${line} de la lista de firmantes de «${title}».`,
		published: (title: string, date: string, count: number) =>
			`La lista de «${title}» queda publicada al ${date}, con ${count} firmantes.`,
		status: { pending: "pendiente de revisión", approved: "aprobada", rejected: "rechazada", withdrawn: "retirada" },
	},
	adherenceForm: {
		title: "Firmar la declaración",
		organization: "Organización",
		abbreviation: "Sigla (opcional)",
		country: "País",
		contact: "Correo de contacto (privado, opcional)",
		confirmation: "¿Puedes firmar por ella? Escribe sí",
		confirmationHint: "sí",
	},
	chats: {
		organizerChatSet: (campaign: string) =>
			`Este chat recibe ahora las tarjetas de moderación de ${campaign}: las nuevas adhesiones, con botones para aprobar y rechazar.`,
		subscribed: (campaigns: string, timeZone: string, language: string) =>
			`Este chat sigue a ${campaigns}: sus anuncios y los recordatorios de sus días de solidaridad llegan aquí, a la hora local de ${timeZone}, en ${language}.`,
		unsubscribed: "Este chat ya no recibe anuncios ni recordatorios.",
		unsubscribedFrom: (campaign: string, rest: string) => `Este chat ya no sigue a ${campaign}. Sigue a ${rest}.`,
		notSubscribed: "Este chat no estaba suscrito.",
		whichCampaign: (list: string) =>
			`¿Qué campaña debe seguir este chat? Escribe /subscribe <campaña> con una de: ${list}`,
	},
	campaigns: {
		heading: "Campañas",
		line: (id: string, name: string, statements: number) => `${id} — ${name}: ${statements} declaraciones abiertas`,
		hint: "Quien administra un chat sigue una con /subscribe <campaña>.",
		organizersHeading: (campaign: string) => `Organizadores de ${campaign}`,
		organizerAdded: (account: string, campaign: string) => `${account} es ahora organizador de ${campaign}.`,
		organizerAlready: (account: string, campaign: string) => `${account} ya es organizador de ${campaign}.`,
		organizerRemoved: (account: string, campaign: string) => `${account} ya no es organizador de ${campaign}.`,
		organizerAbsent: (account: string, campaign: string) => `${account} no es organizador de ${campaign}.`,
		lastOrganizer: (campaign: string) =>
			`Es el último organizador de ${campaign}; añade antes a otra persona, para que la campaña siga teniendo quien actúe por ella.`,
	},
	accounts: {
		code: (code: string, command: string) =>
			`Tu código de enlace es ${code}. En los próximos 10 minutos, envía ${command} al bot en tu otra plataforma (Discord o Telegram). El código sirve una vez.`,
		linked: (accounts: string) =>
			`Enlazadas: ${accounts}. Tus funciones, tus adhesiones y los votos de tu organización son los mismos en las dos.`,
		invalidCode: "Ese código no existe, ya se usó o caducó. Pide otro con /linkaccount en tu otra plataforma.",
		samePlatform: "Envía el código desde tu cuenta de la otra plataforma, no desde esta.",
		alreadyLinked: "Una de estas cuentas ya está enlazada. Envía antes /unlinkaccount desde ella.",
		unlinked: "Tus cuentas ya no están enlazadas.",
		notLinked: "Esta cuenta no está enlazada con otra.",
	},
	webLogin: {
		heading: "Entrar en las páginas web de los organizadores",
		link: "Este enlace te da acceso una sola vez, durante 10 minutos. No lo compartas:",
		privateOnly: "Solo doy enlaces de acceso donde nadie más puede leerlos: envíame /weblogin en un chat privado.",
		noWeb: "Las páginas web no funcionan en esta instalación.",
	},
	link: {
		heading: (title: string) => `Enlace para firmar «${title}»`,
		publish: "Publica este enlace: quien lo abra recibe el formulario de adhesión en un chat privado con el bot.",
		noLinkHere: (command: string) => `En esta plataforma no hay enlace de adhesión; se firma con ${command}`,
		webPage: "La página web de la declaración, donde cualquier organización puede leerla y firmarla sin chat:",
	},
	vote: {
		opened: (title: string, attending: number, rule: string) =>
			`Votación abierta sobre «${title}»: ${attending} organizaciones miembro presentes. Se aprueba si ${rule}.`,
		deadline: (when: string) => `La votación se cierra sola a las ${when} (UTC).`,
		howToVote: (id: string) =>
			`Los representantes votan con /vote ${id} approve, reject o abstain; el voto se puede cambiar hasta el cierre.`,
		rule: (share: string, strict: boolean, ofMembers: boolean, quorum: number | null) =>
			`lo aprueban ${strict ? "más de" : "al menos"} ${share} de las ${ofMembers ? "organizaciones miembro del registro" : "organizaciones miembro presentes"}${quorum === null ? "" : `, con al menos un ${Math.round(quorum * 100)} por ciento de los miembros presentes`}`,
		choices: { approve: "a favor", reject: "en contra", abstain: "abstención" },
		cast: (organization: string, choice: string, title: string) =>
			`Registrado: ${organization} vota ${choice} sobre «${title}».`,
		replaced: (organization: string, choice: string, title: string) =>
			`Cambiado: ${organization} vota ahora ${choice} sobre «${title}»; el voto anterior queda sustituido.`,
		status: (title: string, approve: number, reject: number, abstain: number, notVoted: number, attending: number) =>
			`Votación sobre «${title}»: ${approve} a favor, ${reject} en contra, ${abstain} abstenciones, ${notVoted} sin votar aún, de ${attending} presentes.`,
		voted: (names: string) => `Han votado: ${names}`,
		notVoted: (names: string) => `Aún no han votado: ${names}`,
		nobody: "ninguna",
		adopted: (title: string, approve: number, attending: number, reject: number, abstain: number, notVoted: number) =>
			`«${title}» queda aprobada: ${approve} de ${attending} organizaciones miembro presentes votaron a favor (${reject} en contra, ${abstain} abstenciones, ${notVoted} no votaron). Queda abierta a nuevas firmas, y las organizaciones que la aprobaron son sus primeras firmantes.`,
		notAdopted: (
			title: string,
			approve: number,
			attending: number,
			reject: number,
			abstain: number,
			notVoted: number,
		) =>
			`«${title}» no queda aprobada: ${approve} de ${attending} organizaciones miembro presentes votaron a favor (${reject} en contra, ${abstain} abstenciones, ${notVoted} no votaron).`,
		quorumMissed: (attending: number, members: number) =>
			`No hubo quórum: asistieron ${attending} de ${members} miembros.`,
		closed: (title: string) => `La votación sobre «${title}» está cerrada.`,
		rollHeading: "Organizaciones miembro",
		rollEmpty: "El registro de organizaciones miembro está vacío: complétalo en config/members.yaml.",
		representatives: (count: number) => (count === 1 ? "1 representante" : `${count} representantes`),
	},
	broadcasts: {
		announcementHeading: "Anuncio",
		reminderToday: (title: string) => `Hoy: ${title}.`,
		reminderTomorrow: (title: string, date: string) => `Mañana, ${date}: ${title}.`,
		reminderInDays: (title: string, days: number, date: string) => `Dentro de ${days} días, el ${date}: ${title}.`,
		readStatement: (command: string) => `Lee la declaración: ${command}`,
		progress: (sent: number, failed: number, gone: number, total: number) =>
			`Anuncio: ${sent} enviados, ${failed} fallidos, ${gone} chats desaparecidos, de ${total}.`,
		progressDone: (sent: number, total: number) => `Anuncio entregado a ${sent} de ${total} chats.`,
		scheduled: (when: string, chats: number) =>
			`Anuncio programado para el ${when} (UTC), a los ${chats} chats suscritos. Su progreso aparecerá aquí.`,
		previewHeading: (campaign: string, chats: number, when: string) =>
			`Anuncio de ${campaign}, para los ${chats} chats que la siguen, ${when}:`,
		now: "ahora",
		at: (when: string) => `el ${when} (UTC)`,
		previewConfirm: "Envíalo con /confirm, o descártalo con /cancel.",
		previewPaid:
			"Los chats de Telegram lo reciben como difusión de pago, hasta 1.000 por segundo: Telegram cobra al bot 0,1 Star por cada mensaje.",
		previewUnpaid:
			"Los chats de Telegram lo reciben como difusión ordinaria, al ritmo gratuito, aunque las difusiones de pago sean lo habitual.",
		sendButton: "✓ Enviar",
		dropButton: "✗ Descartar",
		dropped: "Se descartó el anuncio; no se envió nada.",
	},
	days: {
		heading: "Días de solidaridad",
		none: "Todavía no hay días de solidaridad. Los organizadores añaden uno con /dayadd <fecha> <título>.",
		onDate: (date: string) => `el ${date}`,
		everyYear: (monthDay: string) => `cada año el ${monthDay}`,
		next: (date: string) => `Próximo: ${date}.`,
		passed: "Ya pasó.",
		offset: (days: number) => (days === 0 ? "el mismo día" : days === 1 ? "1 día antes" : `${days} días antes`),
		reminders: (offsets: string, time: string) =>
			`Recordatorios ${offsets}, a las ${time} en la zona horaria de cada chat.`,
		statement: (command: string) => `Declaración: ${command}`,
		thisChat: (timeZone: string) => `Este chat recibe los recordatorios a la hora local de ${timeZone}.`,
		thisChatNotSubscribed:
			"Este chat no está suscrito a los recordatorios; los organizadores lo suscriben con /subscribe.",
		added: (title: string, id: string, when: string) => `Día de solidaridad «${title}» (${id}) añadido, ${when}.`,
		removed: (title: string, id: string) => `Día de solidaridad «${title}» (${id}) eliminado.`,
		removedConfigured:
			"Viene de config/solidarity-days.yaml, así que volverá en el próximo arranque si no se quita también de ese archivo.",
	},
	statementStatus: {
		opened: (title: string) => `«${title}» está publicada y admite firmas: /adhere.`,
		closed: (title: string) => `«${title}» está cerrada: no admite más firmas. Su lista queda como está.`,
	},
	draft: {
		listing: (id: string) =>
			`Borrador ${id}: corrígelo con /draft ${id} edit|kind|remove|add|move y publícalo con /open ${id}.`,
		sectionHeading: (number: number, heading: string) => `Sección ${number}: ${heading.replace(/\s*:\s*$/, "")}`,
		untitledSection: "Firmantes",
		individual: "persona",
		uncertain: "(revisar)",
		doubts: {
			"weak-kind": "persona u organización deducida de un indicio débil",
			"guessed-split": "separada de una línea más larga por un separador supuesto",
			"run-on": "nombre y cargo separados donde no había coma",
			"run-together": "puede juntar un cargo, una entidad y un nombre",
			"unknown-country": "no se reconoció el país impreso",
		},
		uncertainBecause: (reasons: string) => `(revisar: ${reasons})`,
		empty: "Aún no hay firmantes: agrega uno con /draft <id> add <nombre; sigla; país>.",
		changed: {
			edit: (names: readonly string[]) => counted("Corregido", names),
			kind: (names: readonly string[]) => counted("Tipo cambiado", names),
			remove: (names: readonly string[]) => counted(names.length === 1 ? "Quitado" : "Quitados", names),
			add: (names: readonly string[]) => counted(names.length === 1 ? "Agregado" : "Agregados", names),
			move: (names: readonly string[]) => counted("Movido", names),
		},
	},
	errors: {
		draftNotDraft: (title: string) => `Solo un borrador se corrige así, y “${title}” no es un borrador.`,
		draftNoSuchSignatory: (number: number, count: number) =>
			`No hay firmante ${number} en este borrador: tiene ${count}. Escribe /draft <id> para ver los números.`,
		draftNoSuchSection: (typed: string, count: number) =>
			`No hay una sección "${typed}": da su número (1 a ${count}) o su encabezado.`,
		draftNumbersInvalid: "Da los números que quitar como los muestra /draft <id>, por ejemplo 3 5 8-12.",
		draftNumberMissing: "Da primero el número del firmante, como lo muestra /draft <id>.",
		draftDetailsInvalid: "Da el firmante como nombre; sigla; país (usa - si no hay).",
		draftLineInvalid: (line: number, problem: string) =>
			`En la línea ${line} de los firmantes: ${problem} No se agregó nada.`,
		draftActionUnknown: "Di qué hacer: edit, kind, remove, add o move.",
		statementStatusUnchanged: (title: string, status: string) => `Eso no procede: «${title}» está ${status}.`,
		voteNotDraft: (title: string) => `Solo se puede votar un borrador, y «${title}» no lo es.`,
		voteAlreadyOpen: (title: string) => `Ya hay una votación abierta sobre «${title}».`,
		voteNotOpen: (title: string) => `No hay ninguna votación abierta sobre «${title}».`,
		unknownMembers: (ids: string) =>
			`No están en el registro de organizaciones miembro: ${ids}. Escribe /roll para verlo.`,
		ruleInvalid:
			"No entiendo esa regla. Usa majority, two-thirds, majority-of-members, two-thirds-of-members y quorum=0.5.",
		deadlineInvalid:
			"Indica el plazo como duración (90m, 2h, 3d) o como fecha y hora, por ejemplo 2026-12-01T18:00Z, en el futuro.",
		notARepresentative: "Solo puede votar un representante de una organización miembro presente.",
		severalOrganizations: (ids: string) => `Representas a varias organizaciones presentes; indica cuál: ${ids}.`,
		timeZoneInvalid: (typed: string) =>
			`«${typed}» no es una zona horaria que conozca. Usa un nombre IANA como America/Lima o Europe/Madrid.`,
		statementClosed: (title: string) => `«${title}» está cerrada: ya no admite firmas.`,
		statementDraft: (id: string) => `«${id}» todavía es un borrador: aún no admite firmas.`,
		statementVoting: (title: string) => `«${title}» está en votación: admitirá firmas cuando se apruebe.`,
		nameMissing: "Indica el nombre de la organización.",
		nameTooLong: (limit: number) => `Ese nombre es demasiado largo: mantenlo por debajo de ${limit} caracteres.`,
		nameHiddenCharacters:
			"Ese nombre contiene caracteres invisibles o de control de dirección del texto; escríbelo de nuevo sin ellos.",
		nameNeedsLetters: "Un nombre necesita letras, no solo símbolos, cifras o emojis.",
		nameMentions: "Los nombres no pueden contener @menciones.",
		abbreviationInvalid: (limit: number) =>
			`La sigla debe tener hasta ${limit} caracteres, con letras y sin caracteres invisibles ni @menciones.`,
		countryUnknown: (typed: string) =>
			`No conozco el país «${typed}». Indica su nombre en español o en inglés, o su código ISO.`,
		countryUnknownSuggest: (typed: string, suggestions: string) =>
			`No conozco el país «${typed}». ¿Quisiste decir ${suggestions}?`,
		emailInvalid: "Esa no es una dirección de correo que pueda usar. Envía - para omitirla.",
		kindInvalid: "Responde organización o individual.",
		rateLimited: (limit: number) =>
			`Has enviado ${limit} adhesiones en la última hora; espera un rato antes de enviar más.`,
		adherenceNotFound: (number: number, title: string) => `No hay ninguna adhesión n.º ${number} a «${title}».`,
		adherenceAlreadyDecided: (number: number, status: string) => `La adhesión n.º ${number} ya está ${status}.`,
		notYourAdherence: "Solo puedes retirar una adhesión que enviaste tú; los organizadores pueden retirar cualquiera.",
		announceTimeInvalid: "Indica la hora como fecha y hora ISO con su zona, en el futuro, p. ej. at 2026-12-01T09:00Z.",
		dateInvalid: "Indica la fecha como AAAA-MM-DD, de hoy o anterior.",
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
		webLoginOrganizersOnly: "Las páginas web de los organizadores son para organizadores de campañas y operadores.",
		unknownCampaign: (typed: string, list: string) => `No hay ninguna campaña "${typed}". Las campañas son: ${list}.`,
		accountInvalid:
			"Indica a la persona como discord:<id de usuario> o telegram:<id de usuario>, o responde a uno de sus mensajes con el comando.",
		announcementsRateLimited: (limit: number, campaign: string) =>
			`${campaign} ha enviado ${limit} anuncios en la última hora, el máximo; inténtalo más tarde.`,
		nothingToConfirm: "No hay nada pendiente de tu confirmación.",
		operatorsOnly: "Solo los operadores de este bot pueden hacer eso.",
		paidBroadcastOperatorsOnly:
			"Solo los operadores de este bot pueden elegir si un anuncio sale como difusión de pago (Telegram cobra Stars por cada mensaje). Sin paid=, sale como siempre.",
		chatAdminsOnly: "Solo los administradores de este chat pueden cambiar su configuración.",
		campaignOrganizersOnly: (campaign: string) => `Solo los organizadores de ${campaign} pueden hacer eso.`,
		inputTooLong: (limit: number) => `Ese mensaje es demasiado largo; mantenlo por debajo de ${limit} caracteres.`,
		internal: (reference: string) =>
			`Lo siento, algo ha fallado por mi parte. Vuelve a intentarlo; si sigue pasando, da a los organizadores esta referencia: ${reference}.`,
		unavailable:
			"No puedo acceder a mi base de datos por un momento, así que no se ha hecho. Vuelve a intentarlo en unos segundos.",
		dateFormat: (typed: string) => `«${typed}» no es una fecha: indícala como AAAA-MM-DD, p. ej. 2023-02-07.`,
		dateOutOfRange: (typed: string, from: number, to: number) =>
			`${typed} está fuera de los años ${from} a ${to}; revisa el año.`,
		dateNoSuchMonth: (typed: string) => `${typed} no es una fecha: no existe ese mes (01 a 12).`,
		dateNoSuchDay: (typed: string, days: number) => `${typed} no es una fecha: ese mes tiene ${days} días.`,
		dateInFuture: (typed: string) =>
			`${typed} está en el futuro: una lista se publica a fecha de hoy o de un día anterior.`,
		dayDateInvalid: (typed: string) =>
			`«${typed}» no es una fecha válida. Indica AAAA-MM-DD para un solo día, o --MM-DD para todos los años (p. ej. --01-31).`,
		dayDatePast: (date: string) =>
			`El ${date} ya pasó. Indica una fecha a partir de hoy, o --MM-DD para todos los años.`,
		dayTitleMissing: "Indica el título del día después de la fecha.",
		dayUnknown: (id: string) =>
			`No hay ningún día de solidaridad con el identificador «${id}». Escribe /days para verlos todos.`,
		dayUnknownSuggest: (id: string, suggestions: string) =>
			`No hay ningún día de solidaridad con el identificador «${id}». ¿Quisiste decir: ${suggestions}?`,
	},
	console: {
		notACommand: "Los comandos empiezan con una barra, por ejemplo /help.",
	},
	argumentNames: {
		title: "título",
		day: "identificador del día",
		text: "texto del anuncio",
		members: "organizaciones presentes",
		choice: "voto",
		options: "plazo y regla",
		organization: "organización",
		timezone: "zona horaria",
		details: "datos de la organización",
		number: "número de adhesión",
		reason: "motivo",
		date: "fecha",
		id: "identificador de la declaración",
		lang: "idioma",
		page: "número de página",
		campaign: "campaña",
		person: "persona",
		action: "add o remove",
		code: "código de enlace",
		paid: "elección de pago (paid=yes o paid=no)",
	},
};
