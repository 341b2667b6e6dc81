/** Every Redis key the store uses: the one place that knows their names. */
export const keyPrefix = "sb:";

export const keys = {
	statement: (id: string) => `${keyPrefix}statement:${id}`,
	statementIds: `${keyPrefix}statements`,
};
