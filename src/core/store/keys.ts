/** Every Redis key the store uses: the one place that knows their names. */
export const keyPrefix = "sb:";

export const keys = {
	statement: (id: string) => `${keyPrefix}statement:${id}`,
	statementIds: `${keyPrefix}statements`,
	/** Hash: runtime facts organizers changed (asOf). */
	statementState: (id: string) => `${keyPrefix}statement-state:${id}`,
	/** Hash: adherence number -> record JSON. */
	adherences: (statementId: string) => `${keyPrefix}adherences:${statementId}`,
	adherenceSequence: (statementId: string) => `${keyPrefix}adherences:${statementId}:sequence`,
	/** Hash: identity key -> number of the pending or approved adherence that holds it. */
	adherenceIdentities: (statementId: string) => `${keyPrefix}adherences:${statementId}:identities`,
	/** Stream: every change to a statement's adherences and list. */
	audit: (statementId: string) => `${keyPrefix}audit:${statementId}`,
	submissionRate: (submitter: string) => `${keyPrefix}rate:submissions:${submitter}`,
	conversation: (key: string) => `${keyPrefix}conversation:${key}`,
};
