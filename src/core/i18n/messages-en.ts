/** English texts. messages-es.ts must have the same shape: the compiler checks it. */

/** The names a correction touched: five, then how many more, so removing fifty stays one line. */
const someOf = (names: readonly string[]) =>
	names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
const counted = (verb: string, names: readonly string[]) =>
	names.length === 1 ? `${verb}: ${someOf(names)}.` : `${verb} ${names.length}: ${someOf(names)}.`;

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
		numberedPlace: (number: number, line: string) => `No. ${number} (${line})`,
		placeUnder: (line: string, heading: string) => `${line}, under "${heading}"`,
		asOfHeading: (date: string) => `Signatories (as of ${date}, further signatories possible):`,
		subsequentHeading: "Subsequent signatories:",
		defaultHeading: "Signatories:",
		total: (count: number) => (count === 1 ? "1 signatory in all." : `${count} signatories in all.`),
		none: "No signatories yet.",
	},
	web: {
		siteTitle: "Solidarity statements",
		skipToContent: "Skip to content",
		home: "All statements",
		campaignsHeading: "Campaigns and their open statements",
		noOpenStatements: "No statement of this campaign takes signatures right now.",
		signatoryCount: (count: number) => (count === 1 ? "1 signatory" : `${count} signatories`),
		signButton: "Sign this statement",
		issuedBy: (issuer: string, date: string | null) => (date ? `${issuer}, ${date}` : issuer),
		versionsHeading: "Language versions",
		original: "original",
		unofficialTranslation: "unofficial translation",
		statusClosed: "This statement is closed: it takes no more signatures.",
		statusVoting: "This statement is being voted on and takes no signatures yet.",
		signatoriesHeading: "Signatories",
		dataHeading: "Open data",
		dataLinks: "The list as JSON, as CSV, and as an Atom feed of new signatories.",
		daysCalendar: "Solidarity days, as a calendar to subscribe to",
		signHeading: (title: string) => `Sign “${title}”`,
		signIntro:
			"Your signature goes to the organizers, who review it before it joins the list. The contact e-mail stays private: only the organizers see it.",
		signAs: "Sign as",
		asOrganization: "an organization",
		asIndividual: "an individual",
		nameLabel: "Name (of the organization, or your own)",
		abbreviationLabel: "Abbreviation (optional)",
		countryLabel: "Country",
		countryFilterLabel: "Filter the countries",
		chooseCountry: "Choose a country",
		emailLabel: "Contact e-mail (optional, private to the organizers)",
		attestLabel: "I may sign on behalf of this organization (or in my own name).",
		attestMissing: "Please confirm that you may sign on behalf of this organization.",
		honeypotLabel: "Leave this field empty",
		submit: "Sign",
		formProblems: "Please correct what is marked below; nothing was sent.",
		proofOfWorkNote:
			"With JavaScript on, your browser solves a small puzzle that keeps robots out. Without it, your signature is sent all the same and always reviewed by the organizers.",
		expiredForm: "This form has expired or was sent from another page. Please send it again from here.",
		rejectedForm: "This form could not be accepted. Please send it again.",
		tooManyRequests: "Too many requests from your address. Please wait a few minutes and try again.",
		receivedHeading: "Received",
		receivedBody: "The organizers will review it. This private link shows the outcome; keep it:",
		receivedMessage: (line: string, title: string, number: number) =>
			`Received: ${line} asks to sign “${title}” (request #${number}).`,
		signedHeading: "Thank you",
		alreadyHeading: "Already on the list",
		refusedHeading: "This statement cannot be signed",
		statusHeading: (title: string) => `Your signature of “${title}”`,
		statusPending: "It is waiting for the organizers' review.",
		statusApproved: "It was approved and is on the list.",
		statusRejected: (reason: string | undefined) =>
			reason ? `The organizers did not accept it. Their reason: ${reason}` : "The organizers did not accept it.",
		statusWithdrawn: "It was withdrawn.",
		statusUnknown: "This status link is not valid.",
		notFound: "There is no such page.",
		notFoundStatement: (id: string) => `There is no statement “${id}”.`,
		backToStatement: "Back to the statement",
		embedSigned: (count: number) => (count === 1 ? "1 signatory" : `${count} signatories`),
		languageSwitch: "Español",
		unavailable: "The service is briefly unavailable. Please try again in a minute.",
		organizerHeading: "Organizers: adherences waiting for review",
		organizerNone: "No adherence of your campaigns is waiting for review.",
		organizerContact: "Contact (private)",
		organizerSource: "Sent from",
		approve: "Approve",
		reject: "Reject",
		rejectReason: "Reason (optional, the signer reads it)",
		signOut: "Sign out",
		signedInAs: (who: string) => `Signed in as ${who}`,
		loginInvalid: "This sign-in link has expired or was already used. Ask the bot for a new one with /weblogin.",
		sessionNeeded: "Please sign in with a link from the bot: send /weblogin in a chat.",
		queues: "Job queues",
	},
	adherence: {
		askName: (title: string) =>
			`Signing “${title}”. What is the organization's name? (If you sign as an individual, your own name.) Send /cancel to stop.`,
		askAbbreviation: "Its abbreviation, if it has one? Send - for none.",
		askCountry: "Which country? A name in English or Spanish, or its ISO code such as PE.",
		askKind: "Does it sign as an organization or as an individual? Answer organization or individual.",
		askEmail: "A contact e-mail for the organizers? Only they will see it. Send - to skip.",
		summary: "Please check:",
		fieldName: "Name",
		fieldAbbreviation: "Abbreviation",
		fieldCountry: "Country",
		fieldKind: "Signs as",
		fieldEmail: "Contact (private)",
		kindOrganization: "organization",
		kindIndividual: "individual",
		none: "none",
		confirmQuestion: (title: string) =>
			`Do you confirm that you may sign “${title}” on behalf of this organization (or in your own name)? Answer /confirm or /cancel.`,
		confirmButton: "✓ Confirm",
		cancelButton: "✗ Cancel",
		received: (line: string, title: string, number: number) =>
			`Received: ${line} asks to sign “${title}” (request #${number}). The organizers will review it, and I will tell you the outcome.`,
		signed: (line: string, title: string) => `Thank you: ${line} now signs “${title}”.`,
		alreadySigned: (line: string, title: string, place: string) =>
			`${line} has already signed “${title}”, as ${place}. Nothing was added.`,
		alreadyPending: (title: string, number: number) =>
			`This organization's adherence to “${title}” is already waiting for the organizers (request #${number}). Nothing was added.`,
		cancelled: "Cancelled; nothing was sent.",
		nothingToCancel: "There is nothing to cancel.",
		nothingToConfirm: "There is nothing to confirm. Start with /adhere <id>.",
		possibleDuplicate: (place: string) => `Possible duplicate of ${place}.`,
		organizerCard: (title: string, number: number, line: string) =>
			`New adherence to “${title}”, request #${number}: ${line}`,
		submittedBy: (who: string, date: string) => `Sent by ${who} on ${date}.`,
		approveButton: (number: number) => `✓ Approve #${number}`,
		rejectButton: (number: number) => `✗ Reject #${number}`,
		pendingHeading: (title: string) => `Adherences waiting for review: “${title}”`,
		noPending: (title: string) => `No adherences to “${title}” are waiting for review.`,
		pendingHint: (id: string) => `Decide with /approve ${id} <number> or /reject ${id} <number> [reason].`,
		approved: (number: number, line: string, title: string) =>
			`Approved #${number}: ${line} is now on the list of “${title}”.`,
		rejected: (number: number, line: string) => `Rejected #${number}: ${line}. The submitter has been told.`,
		withdrawn: (number: number, line: string, title: string) =>
			`Withdrawn #${number}: ${line} is no longer on the list of “${title}”; the list is renumbered.`,
		toSubmitterApproved: (line: string, title: string) =>
			`Good news: ${line} is now on the list of signatories of “${title}”.`,
		toSubmitterRejected: (line: string, title: string) =>
			`The organizers did not accept the adherence of ${line} to “${title}”.`,
		toSubmitterReason: (reason: string) => `Their reason: ${reason}`,
		toSubmitterWithdrawn: (line: string, title: string) =>
			`The organizers withdrew ${line} from the list of signatories of “${title}”.`,
		published: (title: string, date: string, count: number) =>
			`The list of “${title}” is now published as of ${date}, with ${count} signatories.`,
		status: { pending: "waiting for review", approved: "approved", rejected: "rejected", withdrawn: "withdrawn" },
	},
	/** The adherence as a form, where a platform has forms (Discord's modal). */
	adherenceForm: {
		title: "Sign the statement",
		organization: "Organization",
		abbreviation: "Abbreviation (optional)",
		country: "Country",
		contact: "Contact e-mail (private, optional)",
		confirmation: "May you sign for it? Type yes",
		confirmationHint: "yes",
	},
	chats: {
		organizerChatSet: (campaign: string) =>
			`This chat now receives the moderation cards of ${campaign}: new adherences, with Approve and Reject buttons.`,
		subscribed: (campaigns: string, timeZone: string, language: string) =>
			`This chat follows ${campaigns}: their announcements and solidarity-day reminders arrive here, at local time in ${timeZone}, in ${language}.`,
		unsubscribed: "This chat no longer receives announcements and reminders.",
		unsubscribedFrom: (campaign: string, rest: string) =>
			`This chat no longer follows ${campaign}. It still follows ${rest}.`,
		notSubscribed: "This chat was not subscribed.",
		whichCampaign: (list: string) =>
			`Which campaign should this chat follow? Type /subscribe <campaign> with one of: ${list}`,
	},
	campaigns: {
		heading: "Campaigns",
		line: (id: string, name: string, statements: number) => `${id} — ${name}: ${statements} open statements`,
		hint: "A chat administrator follows one with /subscribe <campaign>.",
		organizersHeading: (campaign: string) => `Organizers of ${campaign}`,
		organizerAdded: (account: string, campaign: string) => `${account} is now an organizer of ${campaign}.`,
		organizerAlready: (account: string, campaign: string) => `${account} is already an organizer of ${campaign}.`,
		organizerRemoved: (account: string, campaign: string) => `${account} is no longer an organizer of ${campaign}.`,
		organizerAbsent: (account: string, campaign: string) => `${account} is not an organizer of ${campaign}.`,
		lastOrganizer: (campaign: string) =>
			`That is the last organizer of ${campaign}; add another one first, so the campaign keeps someone who can act for it.`,
	},
	accounts: {
		code: (code: string, command: string) =>
			`Your link code is ${code}. Within 10 minutes, send ${command} to the bot on your other platform (Discord or Telegram). The code works once.`,
		linked: (accounts: string) =>
			`Linked: ${accounts}. Your roles, your adherences and your organization's votes are the same on both.`,
		invalidCode: "That code is unknown, used or expired. Ask for a new one with /linkaccount on your other platform.",
		samePlatform: "Send the code from your account on the other platform, not from this one.",
		alreadyLinked: "One of these accounts is linked already. Send /unlinkaccount from it first.",
		unlinked: "Your accounts are no longer linked.",
		notLinked: "This account is not linked to another.",
	},
	webLogin: {
		heading: "Sign in to the organizers' web pages",
		link: "This link signs you in once, within 10 minutes. Do not share it:",
		privateOnly: "I give sign-in links only where no one else can read them: send /weblogin to me in a private chat.",
		noWeb: "The web pages are not running in this deployment.",
	},
	link: {
		heading: (title: string) => `Link to sign “${title}”`,
		publish: "Publish this link: whoever opens it gets the adherence form in a private chat with the bot.",
		noLinkHere: (command: string) => `On this platform there is no sign-up link; members sign with ${command}`,
		webPage: "The statement's web page, where any organization can read and sign it without a chat:",
	},
	vote: {
		opened: (title: string, attending: number, rule: string) =>
			`Vote open on “${title}”: ${attending} attending member organizations. It is adopted if ${rule}.`,
		deadline: (when: string) => `The vote closes by itself at ${when} (UTC).`,
		howToVote: (id: string) =>
			`Representatives vote with /vote ${id} approve, reject or abstain; a vote may be changed until the close.`,
		rule: (share: string, strict: boolean, ofMembers: boolean, quorum: number | null) =>
			`${strict ? "more than" : "at least"} ${share} of the ${ofMembers ? "member organizations on the roll" : "attending member organizations"} approve${quorum === null ? "" : `, with at least ${Math.round(quorum * 100)} percent of the members attending`}`,
		choices: { approve: "approve", reject: "reject", abstain: "abstain" },
		cast: (organization: string, choice: string, title: string) =>
			`Recorded: ${organization} votes ${choice} on “${title}”.`,
		replaced: (organization: string, choice: string, title: string) =>
			`Changed: ${organization} now votes ${choice} on “${title}”; the earlier vote is replaced.`,
		status: (title: string, approve: number, reject: number, abstain: number, notVoted: number, attending: number) =>
			`Vote on “${title}”: ${approve} approve, ${reject} reject, ${abstain} abstain, ${notVoted} not yet voted, of ${attending} attending.`,
		voted: (names: string) => `Voted: ${names}`,
		notVoted: (names: string) => `Not voted yet: ${names}`,
		nobody: "none",
		adopted: (title: string, approve: number, attending: number, reject: number, abstain: number, notVoted: number) =>
			`“${title}” is adopted: ${approve} of ${attending} attending member organizations approved (${reject} rejected, ${abstain} abstained, ${notVoted} did not vote). It is now open for further signatures, and the approving organizations are its first signatories.`,
		notAdopted: (
			title: string,
			approve: number,
			attending: number,
			reject: number,
			abstain: number,
			notVoted: number,
		) =>
			`“${title}” is not adopted: ${approve} of ${attending} attending member organizations approved (${reject} rejected, ${abstain} abstained, ${notVoted} did not vote).`,
		quorumMissed: (attending: number, members: number) =>
			`The quorum was not met: ${attending} of ${members} members attended.`,
		closed: (title: string) => `The vote on “${title}” is closed.`,
		rollHeading: "Member organizations",
		rollEmpty: "The roll of member organizations is empty: fill in config/members.yaml.",
		representatives: (count: number) => (count === 1 ? "1 representative" : `${count} representatives`),
	},
	broadcasts: {
		announcementHeading: "Announcement",
		reminderToday: (title: string) => `Today: ${title}.`,
		reminderTomorrow: (title: string, date: string) => `Tomorrow, ${date}: ${title}.`,
		reminderInDays: (title: string, days: number, date: string) => `In ${days} days, on ${date}: ${title}.`,
		readStatement: (command: string) => `Read the statement: ${command}`,
		progress: (sent: number, failed: number, gone: number, total: number) =>
			`Announcement: ${sent} sent, ${failed} failed, ${gone} chats gone, of ${total}.`,
		progressDone: (sent: number, total: number) => `Announcement delivered to ${sent} of ${total} chats.`,
		scheduled: (when: string, chats: number) =>
			`Announcement scheduled for ${when} (UTC), to the ${chats} subscribed chats. Its progress will appear here.`,
		previewHeading: (campaign: string, chats: number, when: string) =>
			`Announcement for ${campaign}, to the ${chats} chats that follow it, ${when}:`,
		now: "now",
		at: (when: string) => `at ${when} (UTC)`,
		previewConfirm: "Send it with /confirm, or drop it with /cancel.",
		previewPaid:
			"Telegram chats get it as a paid broadcast, up to 1,000 a second: Telegram charges the bot 0.1 Star for each message.",
		previewUnpaid:
			"Telegram chats get it as an ordinary broadcast, at the free rate, even if paid broadcasts are the default.",
		sendButton: "✓ Send",
		dropButton: "✗ Drop",
		dropped: "The announcement was dropped; nothing was sent.",
	},
	days: {
		heading: "Solidarity days",
		none: "There are no solidarity days yet. Organizers add one with /dayadd <date> <title>.",
		onDate: (date: string) => `on ${date}`,
		everyYear: (monthDay: string) => `every year on ${monthDay}`,
		next: (date: string) => `Next: ${date}.`,
		passed: "Already passed.",
		offset: (days: number) => (days === 0 ? "on the day" : days === 1 ? "1 day before" : `${days} days before`),
		reminders: (offsets: string, time: string) => `Reminders ${offsets}, at ${time} in each chat's time zone.`,
		statement: (command: string) => `Statement: ${command}`,
		thisChat: (timeZone: string) => `This chat gets the reminders at local time in ${timeZone}.`,
		thisChatNotSubscribed: "This chat is not subscribed to reminders; organizers subscribe it with /subscribe.",
		added: (title: string, id: string, when: string) => `Added the solidarity day “${title}” (${id}), ${when}.`,
		removed: (title: string, id: string) => `Removed the solidarity day “${title}” (${id}).`,
		removedConfigured:
			"It comes from config/solidarity-days.yaml, so it comes back at the next start unless it is removed from that file too.",
	},
	statementStatus: {
		opened: (title: string) => `“${title}” is published and takes signatures: /adhere.`,
		closed: (title: string) => `“${title}” is closed: it takes no more signatures. Its list stays as it is.`,
	},
	draft: {
		listing: (id: string) =>
			`Draft ${id}: correct it with /draft ${id} edit|kind|remove|add|move, publish it with /open ${id}.`,
		sectionHeading: (number: number, heading: string) => `Section ${number}: ${heading.replace(/\s*:\s*$/, "")}`,
		untitledSection: "Signatories",
		individual: "individual",
		uncertain: "(check this one)",
		/** Why a signatory is flagged, after "(check this one" in the listing and in the import reply. */
		doubts: {
			"weak-kind": "person or organization guessed from a weak cue",
			"guessed-split": "cut from a longer line at a guessed separator",
			"run-on": "name and role split where no comma was printed",
			"run-together": "may run a title, a body and a name together",
			"unknown-country": "the printed country was not recognized",
		},
		uncertainBecause: (reasons: string) => `(check this one: ${reasons})`,
		empty: "No signatories yet: add one with /draft <id> add <name; abbreviation; country>.",
		changed: {
			edit: (names: readonly string[]) => counted("Changed", names),
			kind: (names: readonly string[]) => counted("Kind changed", names),
			remove: (names: readonly string[]) => counted("Removed", names),
			add: (names: readonly string[]) => counted("Added", names),
			move: (names: readonly string[]) => counted("Moved", names),
		},
	},
	errors: {
		draftNotDraft: (title: string) => `Only a draft can be corrected this way, and “${title}” is not a draft.`,
		draftNoSuchSignatory: (number: number, count: number) =>
			`There is no signatory ${number} in this draft: it has ${count}. Type /draft <id> to see the numbers.`,
		draftNoSuchSection: (typed: string, count: number) =>
			`There is no section "${typed}": give its number (1 to ${count}) or its heading.`,
		draftNumbersInvalid: "Give the numbers to remove as /draft <id> lists them, for example 3 5 8-12.",
		draftNumberMissing: "Give the signatory's number first, as /draft <id> lists it.",
		draftDetailsInvalid: "Give the signatory as name; abbreviation; country (use - for none).",
		draftLineInvalid: (line: number, problem: string) =>
			`In line ${line} of the signatories: ${problem} Nothing was added.`,
		draftActionUnknown: "Say what to do: edit, kind, remove, add or move.",
		statementStatusUnchanged: (title: string, status: string) => `That does not apply: “${title}” is ${status}.`,
		voteNotDraft: (title: string) => `Only a draft can be put to a vote, and “${title}” is not a draft.`,
		voteAlreadyOpen: (title: string) => `A vote on “${title}” is already open.`,
		voteNotOpen: (title: string) => `There is no open vote on “${title}”.`,
		unknownMembers: (ids: string) => `These are not on the roll of member organizations: ${ids}. Type /roll to see it.`,
		ruleInvalid:
			"I do not understand that rule. Use majority, two-thirds, majority-of-members, two-thirds-of-members and quorum=0.5.",
		deadlineInvalid:
			"Give the deadline as a duration (90m, 2h, 3d) or a date and time such as 2026-12-01T18:00Z, in the future.",
		notARepresentative: "Only a representative of an attending member organization can vote.",
		severalOrganizations: (ids: string) => `You represent several attending organizations; add which one: ${ids}.`,
		timeZoneInvalid: (typed: string) =>
			`"${typed}" is not a time zone I know. Use an IANA name such as America/Lima or Europe/Madrid.`,
		statementClosed: (title: string) => `“${title}” is closed: it no longer takes signatures.`,
		statementDraft: (id: string) => `“${id}” is still a draft: it does not take signatures yet.`,
		statementVoting: (title: string) => `“${title}” is being voted on: it takes signatures once it is adopted.`,
		nameMissing: "Please give the organization's name.",
		nameTooLong: (limit: number) => `That name is too long: please keep it under ${limit} characters.`,
		nameHiddenCharacters:
			"That name contains invisible or text-direction control characters; please type it again without them.",
		nameNeedsLetters: "A name needs letters, not only symbols, digits or emoji.",
		nameMentions: "Names cannot contain @mentions.",
		abbreviationInvalid: (limit: number) =>
			`The abbreviation must be up to ${limit} characters, with letters and no invisible characters or @mentions.`,
		countryUnknown: (typed: string) =>
			`I don't know the country "${typed}". Please give its name in English or Spanish, or its ISO code.`,
		countryUnknownSuggest: (typed: string, suggestions: string) =>
			`I don't know the country "${typed}". Did you mean ${suggestions}?`,
		emailInvalid: "That is not an e-mail address I can use. Send - to skip it.",
		kindInvalid: "Please answer organization or individual.",
		rateLimited: (limit: number) =>
			`You have sent ${limit} adherences in the last hour; please wait a while before sending more.`,
		adherenceNotFound: (number: number, title: string) => `There is no adherence #${number} to “${title}”.`,
		adherenceAlreadyDecided: (number: number, status: string) => `Adherence #${number} is already ${status}.`,
		notYourAdherence: "You can withdraw only an adherence you sent yourself; organizers can withdraw any.",
		announceTimeInvalid:
			"Give the time as an ISO date and time with its zone, in the future, e.g. at 2026-12-01T09:00Z.",
		dateInvalid: "Please give the date as YYYY-MM-DD, today or earlier.",
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
		webLoginOrganizersOnly: "The organizers' web pages are for campaign organizers and operators.",
		unknownCampaign: (typed: string, list: string) => `There is no campaign "${typed}". The campaigns are: ${list}.`,
		accountInvalid:
			"Name the person as discord:<user id> or telegram:<user id>, or answer one of their messages with the command.",
		announcementsRateLimited: (limit: number, campaign: string) =>
			`${campaign} has sent ${limit} announcements in the last hour, the most it may; try again later.`,
		nothingToConfirm: "There is nothing waiting for your confirmation.",
		operatorsOnly: "Only the operators of this bot can do that.",
		paidBroadcastOperatorsOnly:
			"Only the operators of this bot can choose whether an announcement goes as a paid broadcast (Telegram charges Stars for each message). Leave out paid= and it goes as usual.",
		chatAdminsOnly: "Only this chat's administrators can change its settings.",
		campaignOrganizersOnly: (campaign: string) => `Only organizers of ${campaign} can do that.`,
		inputTooLong: (limit: number) => `That message is too long; please keep it under ${limit} characters.`,
		internal: (reference: string) =>
			`Sorry, something went wrong on my side. Please try again; if it keeps happening, give the organizers this reference: ${reference}.`,
		unavailable: "I can't reach my database for a moment, so that was not done. Please try again in a few seconds.",
		dateFormat: (typed: string) => `"${typed}" is not a date: give it as YYYY-MM-DD, e.g. 2023-02-07.`,
		dateOutOfRange: (typed: string, from: number, to: number) =>
			`${typed} is outside the years ${from} to ${to}; check the year.`,
		dateNoSuchMonth: (typed: string) => `${typed} is not a date: there is no such month (01 to 12).`,
		dateNoSuchDay: (typed: string, days: number) => `${typed} is not a date: that month has ${days} days.`,
		dateInFuture: (typed: string) => `${typed} is in the future: a list is published as of today or an earlier day.`,
		dayDateInvalid: (typed: string) =>
			`"${typed}" is not a date I can use. Give YYYY-MM-DD for one day, or --MM-DD for every year (e.g. --01-31).`,
		dayDatePast: (date: string) => `${date} has already passed. Give a date from today on, or --MM-DD for every year.`,
		dayTitleMissing: "Please give the day's title after the date.",
		dayUnknown: (id: string) => `There is no solidarity day with the id "${id}". Type /days to see them all.`,
		dayUnknownSuggest: (id: string, suggestions: string) =>
			`There is no solidarity day with the id "${id}". Did you mean: ${suggestions}?`,
	},
	console: {
		notACommand: "Commands start with a slash, for example /help.",
	},
	argumentNames: {
		title: "title",
		day: "day id",
		text: "announcement text",
		members: "attending organizations",
		choice: "vote",
		options: "deadline and rule",
		organization: "organization",
		timezone: "time zone",
		details: "organization details",
		number: "adherence number",
		reason: "reason",
		date: "date",
		id: "statement id",
		lang: "language",
		page: "page number",
		campaign: "campaign",
		person: "person",
		action: "add or remove",
		code: "link code",
		paid: "paid choice (paid=yes or paid=no)",
	},
};
