import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { after, describe, it } from "node:test";
import { findRedisBinary } from "../../../src/store/redis/redis-server-process.js";

describe("finding redis-server", () => {
	const root = mkdtempSync(join(tmpdir(), "sb-redis-binary-"));
	const path = process.env.PATH;
	after(() => {
		process.env.PATH = path;
		rmSync(root, { recursive: true, force: true });
	});
	const folder = (name: string, binary?: { mode: number }) => {
		const dir = join(root, name);
		mkdirSync(dir, { recursive: true });
		if (binary) {
			writeFileSync(join(dir, "redis-server"), "#!/bin/sh\n");
			chmodSync(join(dir, "redis-server"), binary.mode);
		}
		return dir;
	};

	it("takes the first executable redis-server on PATH, as a shell would", () => {
		const first = folder("first", { mode: 0o755 });
		const second = folder("second", { mode: 0o755 });
		process.env.PATH = [folder("empty"), first, second].join(delimiter);
		assert.equal(findRedisBinary(), join(first, "redis-server"));
	});

	it("passes over a file that may not be run, and a folder of that name", () => {
		const notExecutable = folder("not-executable", { mode: 0o644 });
		const aFolder = folder("a-folder");
		mkdirSync(join(aFolder, "redis-server"));
		const usable = folder("usable", { mode: 0o755 });
		process.env.PATH = [notExecutable, aFolder, usable].join(delimiter);
		assert.equal(findRedisBinary(), join(usable, "redis-server"));
	});

	it("does not search a relative folder on PATH, which depends on where the bot was started", () => {
		folder("relative", { mode: 0o755 });
		const cwd = process.cwd();
		process.chdir(root);
		try {
			process.env.PATH = ["relative", folder("usable-too", { mode: 0o755 })].join(delimiter);
			assert.equal(findRedisBinary(), join(root, "usable-too", "redis-server"));
		} finally {
			process.chdir(cwd);
		}
	});
});
