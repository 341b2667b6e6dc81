import type { Redis } from "ioredis";
import type { CommandDefinition } from "../../src/core/commands/command.js";
import type { Role } from "../../src/core/request.js";

/** The five people the permission matrix runs every command as. */
export const matrixActors = [
	"member",
	"admin of an unrelated chat",
	"organizer of another campaign",
	"organizer of the campaign",
	"operator",
] as const;
export type MatrixActor = (typeof matrixActors)[number];

/** The ICOR statement and day every organizer command acts on. */
export const matrixStatement = "icor-movadef-persecution";
export const matrixDay = "matrix-day";

/**
 * Valid arguments for every command of the table, aimed at ICOR's statement, campaign or day.
 * A command missing here fails the matrix, so no new command can skip the check.
 */
export const matrixArguments: Readonly<Record<string, Readonly<Record<string, string | number>>>> = {
	help: {},
	statements: {},
	statement: { id: matrixStatement },
	signatories: { id: matrixStatement },
	adhere: { id: matrixStatement, details: "Matrix Collective; -; Peru" },
	confirm: {},
	cancel: {},
	withdraw: { id: matrixStatement, number: 1 },
	pending: { id: matrixStatement },
	approve: { id: matrixStatement, number: 1 },
	reject: { id: matrixStatement, number: 1, reason: "Not an organization" },
	publish: { id: matrixStatement, date: "2026-11-20" },
	open: { id: matrixStatement },
	close: { id: matrixStatement },
	vote: { id: matrixStatement, choice: "approve" },
	votestatus: { id: matrixStatement },
	roll: {},
	voteopen: { id: matrixStatement, members: "all" },
	voteclose: { id: matrixStatement },
	moderatehere: { campaign: "icor" },
	subscribe: { campaign: "icor" },
	unsubscribe: {},
	announce: { campaign: "icor", text: "Matrix announcement" },
	import: { campaign: "icor", text: "Matrix statement\n\nSignatories:\n1. Matrix Union, Peru" },
	draft: { id: matrixStatement },
	link: { id: matrixStatement },
	days: {},
	dayadd: { campaign: "icor", date: "2027-01-05", title: "Matrix added day" },
	dayremove: { day: matrixDay },
	campaigns: {},
	organizers: { campaign: "icor" },
	organizer: { action: "add", campaign: "icor", person: "telegram:9999" },
	linkaccount: {},
	unlinkaccount: {},
	weblogin: {},
};

/** One run of the matrix: a command of the table with its arguments, and the role they need. */
export interface MatrixCase {
	label: string;
	command: CommandDefinition;
	args: Readonly<Record<string, string | number>>;
	role: Role;
}

/**
 * Arguments that need more than their command's role, each a case of its own: choosing whether an
 * announcement goes as a paid broadcast (Telegram charges Stars) is for operators, either way.
 */
const matrixVariants: readonly Omit<MatrixCase, "command">[] = [
	{
		label: "announce paid=yes",
		args: { campaign: "icor", paid: "yes", text: "Matrix paid announcement" },
		role: "operator",
	},
	{
		label: "announce paid=no",
		args: { campaign: "icor", paid: "no", text: "Matrix free announcement" },
		role: "operator",
	},
];

/** Every command of the table with its matrix arguments and role, then the variants. */
export function matrixCases(commands: readonly CommandDefinition[]): MatrixCase[] {
	const cases = commands.map((command) => ({
		label: command.name,
		command,
		args: matrixArguments[command.name] ?? {},
		role: command.role,
	}));
	const variants = matrixVariants.flatMap((variant) => {
		const command = commands.find((candidate) => candidate.name === variant.label.split(" ")[0]);
		return command ? [{ ...variant, command }] : [];
	});
	return [...cases, ...variants];
}

/** Who the model lets run a command of this role, run in the actor's own chat. */
export function allowed(role: Role, actor: MatrixActor): boolean {
	if (role === "member" || actor === "operator") return true;
	if (role === "chat-admin") return actor === "admin of an unrelated chat";
	if (role === "organizer") return actor === "organizer of the campaign";
	return false;
}

/** Every refusal the core gives for want of a role, in English. */
export const refusal =
	/^(Only organizers can do that\.|Only organizers of [^\n]+ can do that\.|Only this chat's administrators can change its settings\.|Only the operators of this bot can do that\.|Only the operators of this bot can choose whether an announcement goes as a paid broadcast [^\n]+)$/;

/** The command as a typed line: its arguments in the order of its parameters, a named one as name=value. */
export function commandLine(
	command: CommandDefinition,
	args: Readonly<Record<string, string | number>> = matrixArguments[command.name] ?? {},
): string {
	const words = command.parameters
		.filter((parameter) => args[parameter.name] !== undefined)
		.map((parameter) => (parameter.named ? `${parameter.name}=${args[parameter.name]}` : args[parameter.name]));
	return [`/${command.name}`, ...words].join(" ");
}

/**
 * Every key in the Redis and what it holds, so a refusal can be shown to have changed nothing.
 * Acknowledgements of earlier deliveries are written first: they are batched, and would otherwise
 * land in the middle of the comparison.
 */
export async function redisSnapshot(t: {
	redis: { client(): Redis };
	deps: { outbox: { flush(): Promise<void> } };
}): Promise<Map<string, string>> {
	await t.deps.outbox.flush();
	const redis = t.redis.client();
	const snapshot = new Map<string, string>();
	for (const key of (await redis.keys("*")).sort()) {
		const type = await redis.type(key);
		const value =
			type === "string"
				? await redis.get(key)
				: type === "hash"
					? await redis.hgetall(key)
					: type === "set"
						? (await redis.smembers(key)).sort()
						: type === "zset"
							? await redis.zrange(key, "0", "-1", "WITHSCORES")
							: type === "list"
								? await redis.lrange(key, 0, -1)
								: type === "stream"
									? await redis.xrange(key, "-", "+")
									: type;
		snapshot.set(key, JSON.stringify(value));
	}
	return snapshot;
}
