import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { RedisStatementRepository } from "../../../src/store/redis/redis-statement-repository.js";
import { loadSeeds, seed } from "../../helpers/seeds.js";
import { TestRedis } from "../../helpers/test-redis.js";

describe("RedisStatementRepository", () => {
	let redis: TestRedis;
	before(async () => {
		redis = await TestRedis.start();
	});
	after(() => redis.stop());

	it("stores statements and reads them back whole", async () => {
		const repository = new RedisStatementRepository(redis.client(), redis.trackedReads());
		const seeds = await loadSeeds();
		for (const statement of seeds) await repository.upsert(statement);
		assert.deepEqual(await repository.get("icor-peru-struggle-2023"), seed(seeds, "icor-peru-struggle-2023"));
		assert.deepEqual(
			(await repository.list()).map((statement) => statement.id),
			seeds.map((statement) => statement.id).sort(),
		);
		assert.equal(await repository.get("nope"), undefined);
	});

	it("replaces a statement when its document changes", async () => {
		const repository = new RedisStatementRepository(redis.client(), redis.trackedReads());
		const original = seed(await loadSeeds(), "icor-movadef-persecution");
		await repository.upsert({ ...original, issuer: "Changed issuer" });
		assert.equal((await repository.get("icor-movadef-persecution"))?.issuer, "Changed issuer");
		assert.equal((await repository.list()).filter((s) => s.id === "icor-movadef-persecution").length, 1);
	});

	it("still has every statement after redis-server is killed with SIGKILL and restarted", async () => {
		const repository = new RedisStatementRepository(redis.client(), redis.trackedReads());
		const seeds = await loadSeeds();
		for (const statement of seeds) await repository.upsert(statement);
		await redis.crashAndRestart();
		const afterCrash = new RedisStatementRepository(redis.client(), redis.trackedReads());
		assert.equal((await afterCrash.list()).length, seeds.length);
		assert.deepEqual(await afterCrash.get("red-muqui-international-2023"), seed(seeds, "red-muqui-international-2023"));
	});
});
