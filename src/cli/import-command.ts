import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { draftSummaryLines } from "../core/import/draft-summary.js";
import { draftToStatement, freeStatementId } from "../core/import/draft-to-statement.js";
import { toImportJson } from "../core/import/import-draft.js";
import { decodeImportInput, maxImportBytes } from "../core/import/import-input.js";
import { importMessages } from "../core/import/import-messages.js";
import { importStatement } from "../core/import/import-statement.js";
import type { Statement } from "../core/statements/statement.js";

export const importUsage = `solidarity statement import <file> [--campaign <id>] [--dry-run] [--json]

  Reads a statement copied from a web page, PDF or e-mail (UTF-8 text) and makes a draft:
  title, issuer, date, language, body and signatory sections. Lines it does not understand
  are listed, never dropped. The draft is saved with status "draft" for an organizer to review.

  --campaign  the campaign the draft belongs to (config/campaigns.yaml); needed to save it
  --dry-run   show the draft, save nothing
  --json      print the draft as JSON (title, date, language, issuer, body, sections,
              unrecognized); saves nothing

  A text without a signatory list is still a draft (a call, a resolution without signatures);
  the summary says so.

  Exit codes: 0 draft made, 1 bad input (empty, binary, over 2 MB) or saving failed,
  2 usage, 66 the file does not exist or cannot be read.`;

export interface ImportCommandDeps {
	out: (text: string) => void;
	err: (text: string) => void;
	/** Stores the draft; absent where there is no store, in which case only --dry-run and --json work. */
	save?: (statement: Statement) => Promise<void>;
	/** Whether a statement id is taken, so an import never replaces a published statement. */
	exists?: (id: string) => Promise<boolean>;
	/** Told each step done of read, parse, save (a progress bar for a large file on a terminal). */
	progress?: (done: number, total: number) => void;
	/** The end of the steps, whatever the outcome. */
	progressDone?: () => void;
}

export const exitCodes = { ok: 0, badInput: 1, usage: 2, noInput: 66 } as const;

/** `solidarity statement import`: returns the exit code; prints through deps, never to the process. */
export async function runStatementImport(args: string[], deps: ImportCommandDeps): Promise<number> {
	try {
		const code = await importSteps(args, deps);
		if (code === exitCodes.ok) deps.progress?.(3, 3);
		return code;
	} finally {
		deps.progressDone?.();
	}
}

async function importSteps(args: string[], deps: ImportCommandDeps): Promise<number> {
	let parsed: ReturnType<
		typeof parseArgs<{
			allowPositionals: true;
			options: {
				"dry-run": { type: "boolean" };
				json: { type: "boolean" };
				campaign: { type: "string" };
				help: { type: "boolean"; short: "h" };
			};
		}>
	>;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			strict: true,
			options: {
				"dry-run": { type: "boolean" },
				json: { type: "boolean" },
				campaign: { type: "string" },
				help: { type: "boolean", short: "h" },
			},
		});
	} catch (error) {
		deps.err(`${(error as Error).message}\n\n${importUsage}`);
		return exitCodes.usage;
	}
	if (parsed.values.help) {
		deps.out(importUsage);
		return exitCodes.ok;
	}
	const [file, ...extra] = parsed.positionals;
	if (!file || extra.length > 0) {
		deps.err(`${file ? "give one file only" : "give the file to import"}\n\n${importUsage}`);
		return exitCodes.usage;
	}

	let bytes: Uint8Array;
	try {
		const info = await stat(file);
		if (!info.isFile()) {
			deps.err(`${file}: not a file`);
			return exitCodes.noInput;
		}
		if (info.size > maxImportBytes) {
			deps.err(`${file}: too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB)`);
			return exitCodes.badInput;
		}
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		deps.err(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? "error"})`);
		return exitCodes.noInput;
	}

	deps.progress?.(1, 3);
	const decoded = decodeImportInput(bytes);
	if ("problem" in decoded) {
		const problem = decoded.problem;
		deps.err(
			problem.kind === "too-large"
				? `${file}: too large (${(problem.bytes / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB)`
				: problem.kind === "empty"
					? `${file}: the file is empty`
					: problem.kind === "binary"
						? `${file}: this is not a text file; save the statement as UTF-8 text and try again`
						: `${file}: ${importMessages.en.inputProblem(problem)}`,
		);
		return exitCodes.badInput;
	}

	const draft = importStatement(decoded.text);
	deps.progress?.(2, 3);
	if (draft.sections.length === 0) deps.err("note: no signatory list was found; the draft has the text only");
	if (parsed.values.json) {
		deps.out(JSON.stringify(toImportJson(draft), null, 2));
		return exitCodes.ok;
	}
	const summary = draftSummaryLines(draft).join("\n");
	if (parsed.values["dry-run"]) {
		deps.out(`${summary}\n(dry run: nothing saved)`);
		return exitCodes.ok;
	}
	if (!deps.save) {
		deps.out(summary);
		deps.err("not saved: no statement store is available here; use --dry-run or --json");
		return exitCodes.badInput;
	}
	const campaign = parsed.values.campaign?.trim().toLowerCase();
	if (!campaign) {
		deps.out(summary);
		deps.err("not saved: say which campaign the draft belongs to with --campaign <id> (config/campaigns.yaml)");
		return exitCodes.usage;
	}
	try {
		const id = await freeStatementId(draft.title, deps.exists ?? (async () => false));
		const statement = draftToStatement(draft, id, campaign);
		await deps.save(statement);
		deps.progress?.(3, 3);
		deps.out(`saved draft ${statement.id}\n${summary}`);
		return exitCodes.ok;
	} catch (error) {
		deps.err(`the draft could not be saved: ${(error as Error).message}`);
		return exitCodes.badInput;
	}
}
