/** One line of `solidarity doctor`. */
export interface CheckResult {
	level: "ok" | "warn" | "fail";
	name: string;
	detail: string;
}

export const ok = (name: string, detail: string): CheckResult => ({ level: "ok", name, detail });
export const warn = (name: string, detail: string): CheckResult => ({ level: "warn", name, detail });
export const fail = (name: string, detail: string): CheckResult => ({ level: "fail", name, detail });

/** A GET with a deadline, so a service that does not answer is a fail line, not a hang. */
export async function getJson(
	url: string,
	headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
	const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
	const text = await response.text();
	let body: unknown = text;
	try {
		body = JSON.parse(text);
	} catch {
		// Not JSON: the raw text says enough for the detail.
	}
	return { status: response.status, body };
}
