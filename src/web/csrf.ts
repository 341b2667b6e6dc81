import { randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

export const csrfCookie = "sb_csrf";
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/**
 * A token bound to a cookie the page set: a post is accepted only when its hidden field matches
 * the cookie, which another site can neither read nor set (HttpOnly, SameSite=Strict).
 */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
	const existing = request.cookies[csrfCookie];
	if (existing && tokenShape.test(existing)) return existing;
	const token = randomBytes(32).toString("base64url");
	reply.setCookie(csrfCookie, token, { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: 60 * 60 * 12 });
	return token;
}

export function csrfMatches(request: FastifyRequest, submitted: unknown): boolean {
	const cookie = request.cookies[csrfCookie];
	if (!cookie || typeof submitted !== "string" || !tokenShape.test(cookie) || !tokenShape.test(submitted)) return false;
	return timingSafeEqual(Buffer.from(cookie), Buffer.from(submitted));
}
