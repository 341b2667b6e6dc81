import { linkAccountCommand, unlinkAccountCommand } from "./account-commands.js";
import { adhereCommand, cancelCommand, confirmCommand } from "./adhere-commands.js";
import { announceCommand } from "./announce-command.js";
import { campaignsCommand, organizerCommand, organizersCommand } from "./campaign-commands.js";
import { moderateHereCommand, subscribeCommand, unsubscribeCommand } from "./chat-commands.js";
import type { CommandDefinition } from "./command.js";
import { dayAddCommand, dayRemoveCommand, daysCommand } from "./day-commands.js";
import { draftCommand } from "./draft-command.js";
import { helpCommand } from "./help-command.js";
import { importCommand } from "./import-command.js";
import { linkCommand } from "./link-command.js";
import {
	approveCommand,
	pendingCommand,
	publishCommand,
	rejectCommand,
	withdrawCommand,
} from "./moderation-commands.js";
import { signatoriesCommand } from "./signatories-command.js";
import { statementCommand } from "./statement-command.js";
import { closeCommand, openCommand } from "./statement-status-commands.js";
import { statementsCommand } from "./statements-command.js";
import { rollCommand, voteCloseCommand, voteCommand, voteOpenCommand, voteStatusCommand } from "./vote-commands.js";
import { webLoginCommand } from "./web-login-command.js";

/**
 * Every command the bot knows. Discord's slash commands, Telegram's menu and /help are all made
 * from this one table.
 */
export const commandTable: readonly CommandDefinition[] = [
	helpCommand(() => commandTable),
	statementsCommand,
	statementCommand,
	signatoriesCommand,
	adhereCommand,
	confirmCommand,
	cancelCommand,
	withdrawCommand,
	pendingCommand,
	approveCommand,
	rejectCommand,
	publishCommand,
	openCommand,
	closeCommand,
	voteCommand,
	voteStatusCommand,
	rollCommand,
	voteOpenCommand,
	voteCloseCommand,
	moderateHereCommand,
	subscribeCommand,
	unsubscribeCommand,
	announceCommand,
	importCommand,
	draftCommand,
	linkCommand,
	webLoginCommand,
	daysCommand,
	dayAddCommand,
	dayRemoveCommand,
	campaignsCommand,
	organizersCommand,
	organizerCommand,
	linkAccountCommand,
	unlinkAccountCommand,
];
