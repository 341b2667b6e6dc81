import type { ChatMessenger } from "../core/ports.js";

/** A web signer is told the outcome on their status page: there is no chat to write to. */
export const webMessenger: ChatMessenger = {
	notifyUser: async () => {},
	notifyChat: async () => {},
};
