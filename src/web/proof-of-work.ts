import { createChallenge, randomInt, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Challenge, Payload } from "altcha-lib/types";

/** One challenge is good for one post: what remembers the ones already used (Redis, for replicas). */
export type SpendOnce = (key: string, ttlSeconds: number) => Promise<boolean>;

export interface ProofOfWork {
	challenge(): Promise<Challenge>;
	/** True for a solved, unexpired challenge of ours that has not been used before. */
	verify(payload: string | undefined): Promise<boolean>;
}

const challengeTtlSeconds = 20 * 60;

/**
 * ALTCHA: a signed PBKDF2 puzzle the signer's browser solves in about a second, with no
 * third-party service. Its cost makes a flood of posts expensive; it is not an identity check.
 */
export function altchaProofOfWork(options: {
	secret: string;
	spendOnce: SpendOnce;
	cost?: number;
	now?: () => Date;
}): ProofOfWork {
	const cost = options.cost ?? 1000;
	const now = options.now ?? (() => new Date());
	return {
		challenge: () =>
			createChallenge({
				algorithm: "PBKDF2/SHA-256",
				cost,
				counter: randomInt(cost, cost * 5),
				deriveKey,
				expiresAt: Math.floor(now().getTime() / 1000) + challengeTtlSeconds,
				hmacSignatureSecret: options.secret,
			}),
		async verify(encoded) {
			if (!encoded || encoded.length > 10_000) return false;
			let payload: Payload;
			try {
				payload = JSON.parse(Buffer.from(encoded, "base64").toString("utf8")) as Payload;
			} catch {
				return false;
			}
			if (!payload?.challenge?.parameters || !payload.solution) return false;
			const result = await verifySolution({
				challenge: payload.challenge,
				solution: payload.solution,
				deriveKey,
				hmacSignatureSecret: options.secret,
			}).catch(() => undefined);
			if (!result?.verified) return false;
			return options.spendOnce(
				`pow:${payload.challenge.signature ?? payload.challenge.parameters.nonce}`,
				challengeTtlSeconds,
			);
		},
	};
}
