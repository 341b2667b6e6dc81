import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { freePort } from "../../../src/store/redis/redis-server-process.js";
import { projectRoot, runProgram } from "../../helpers/run-program.js";
import { TestRedis } from "../../helpers/test-redis.js";

const root = projectRoot;

/** `npm start`'s program, as a user runs it: lines on stdin, the conversation on stdout. */
const runApp = (input: string, env: NodeJS.ProcessEnv, args: string[] = []) =>
	runProgram(["--import", "tsx", "src/main.ts", ...args], env, input);

describe("the console chat", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start();
	});
	after(() => redis.stop());

	it("answers piped commands with the list, the statement and its numbered signatories, and exits 0", async () => {
		const webPort = await freePort();
		const run = await runApp(
			"/statements\n/statement icor-peru-struggle-2023\n/signatories icor-peru-struggle-2023\n",
			{ REDIS_URL: redis.url, WEB_PORT: String(webPort) },
		);
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stdout, /icor-peru-struggle-2023 — Solidarity with the struggle of the Peruvian people/);
		assert.match(
			run.stdout,
			/== Solidarity with the struggle of the Peruvian people ==\n\nResolution · Issued by ICOR/,
		);
		assert.match(run.stdout, /\n17\. RM Rode Morgen \(Red Dawn\), Netherlands\n/);
		assert.match(run.stdout, /31 signatories in all\./);
		// stdout is the conversation alone; the one line on stderr is where the web pages are.
		assert.equal(run.stderr, `solidarity-bot: web pages at http://127.0.0.1:${webPort}/\n`);
	});

	it("lets the local operator act on every campaign by default, and as a plain member with --member", async () => {
		const asOrganizer = await runApp("/pending icor-movadef-persecution\n", { REDIS_URL: redis.url });
		assert.match(asOrganizer.stdout, /No adherences to “Resolution against the political persecution/);
		const asMember = await runApp("/pending icor-movadef-persecution\n/help\n", { REDIS_URL: redis.url }, ["--member"]);
		assert.match(asMember.stdout, /Only organizers of ICOR can do that\./);
		assert.doesNotMatch(asMember.stdout, /Commands for organizers/);
		const byVariable = await runApp("/pending icor-movadef-persecution\n", {
			REDIS_URL: redis.url,
			CONSOLE_ROLE: "member",
		});
		assert.match(byVariable.stdout, /Only organizers of ICOR can do that\./);
	});

	it("signs step by step and shows the message the organizers get", async () => {
		const run = await runApp(
			"/adhere icor-movadef-persecution\nColectivo de Consola\n-\nPerú\norganización\n-\n/confirm\n",
			{ REDIS_URL: redis.url },
		);
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stdout, /--- message to the organizers of icor-movadef-persecution ---\nNew adherence to/);
		assert.match(run.stdout, /Received: Colectivo de Consola, Peru asks to sign/);
	});

	it("answers a line that is not a command with a hint, in the default language", async () => {
		const run = await runApp("hola\n", { REDIS_URL: redis.url, DEFAULT_LOCALE: "es" });
		assert.equal(run.code, 0);
		assert.match(run.stdout, /Los comandos empiezan con una barra/);
	});

	it("never lets a name's terminal escape codes reach the screen", async () => {
		const run = await runApp("/statement \u001b[2J\u001b]0;pwned\u0007\n", { REDIS_URL: redis.url });
		assert.equal(run.code, 0);
		assert.ok(!run.stdout.includes(String.fromCharCode(27)), "no escape character on stdout");
		assert.match(run.stdout, /There is no statement/);
	});

	it("stops with one line per problem and no stack trace on a wrong environment value", async () => {
		const run = await runApp("/help\n", { REDIS_URL: redis.url, DEFAULT_TIME_ZONE: "Lima", LOG_LEVEL: "chatty" });
		assert.equal(run.code, 1);
		const lines = run.stderr.trim().split("\n");
		assert.deepEqual(lines, [
			'solidarity-bot: configuration: DEFAULT_TIME_ZONE: expected an IANA time zone such as America/Lima (got "Lima")',
			'solidarity-bot: configuration: LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (got "chatty")',
		]);
		assert.equal(run.stdout, "");
	});

	it("reports a broken statement file and still serves the others", async () => {
		const dir = mkdtempSync(join(tmpdir(), "sb-console-"));
		try {
			const { cpSync, writeFileSync } = await import("node:fs");
			cpSync(join(root, "config/statements"), dir, { recursive: true });
			writeFileSync(join(dir, "broken.md"), "---\nid: broken\n---\n");
			const run = await runApp("/statements\n", { REDIS_URL: redis.url, SOLIDARITY_STATEMENTS_DIR: dir });
			assert.equal(run.code, 0);
			assert.match(run.stderr, /statement file skipped: .*broken\.md: language: /);
			assert.match(run.stdout, /icor-peru-struggle-2023/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("starts an embedded Redis when no REDIS_URL is set, keeps the data, and stops it at the end", async () => {
		const dataDir = mkdtempSync(join(tmpdir(), "sb-data-"));
		try {
			const first = await runApp("/statements\n", { SOLIDARITY_DATA_DIR: dataDir });
			assert.equal(first.code, 0, first.stderr);
			assert.match(first.stdout, /icor-peru-struggle-2023/);
			assert.ok(existsSync(join(dataDir, "redis", "appendonlydir")), "AOF files are written under the data folder");
			assert.ok(!existsSync(join(dataDir, "redis", "redis.sock")), "the server it started is stopped on exit");
			const second = await runApp("/signatories icor-movadef-persecution\n", {
				SOLIDARITY_DATA_DIR: dataDir,
				SOLIDARITY_STATEMENTS_DIR: join(dataDir, "no-such-folder"),
			});
			assert.equal(second.code, 0, second.stderr);
			assert.match(second.stdout, /21\. MLKP Turkey-Kurdistan/, "statements loaded the first time are still there");
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
