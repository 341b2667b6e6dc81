import type { Locale } from "./i18n/locale.js";
import { type Messages, messages } from "./i18n/messages.js";
import { paragraph, type Reply, span } from "./reply.js";

type ErrorTexts = Messages["errors"];
export type ErrorCode = keyof ErrorTexts;
type ErrorParams<C extends ErrorCode> = ErrorTexts[C] extends (...params: infer P) => string ? P : [];

/** Something the user can fix or should know, as data; the sentence is made in their language. */
export interface UserError<C extends ErrorCode = ErrorCode> {
	kind: "user-error";
	code: C;
	params: ErrorParams<C>;
}

export function userError<C extends ErrorCode>(code: C, ...params: ErrorParams<C>): UserError<C> {
	return { kind: "user-error", code, params };
}

export function isUserError(value: unknown): value is UserError {
	return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "user-error";
}

export function describeUserError(error: UserError, locale: Locale): string {
	const text = messages(locale).errors[error.code] as string | ((...params: unknown[]) => string);
	return typeof text === "function" ? text(...(error.params as unknown[])) : text;
}

/** The reply that carries a user error: only the person who asked sees it. */
export function userErrorReply(error: UserError, locale: Locale): Reply {
	return { blocks: [paragraph(span(describeUserError(error, locale)))], private: true };
}
