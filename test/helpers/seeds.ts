import { resolve } from "node:path";
import type { Campaign } from "../../src/core/campaigns/campaign.js";
import { loadCampaignsFile } from "../../src/core/campaigns/campaigns-file.js";
import type { Statement } from "../../src/core/statements/statement.js";
import { loadStatementFiles } from "../../src/core/statements/statement-files.js";

export const seedDir = resolve(import.meta.dirname, "../../config/statements");

/** The five shipped seed statements, loaded the way the app loads them. */
export async function loadSeeds(): Promise<Statement[]> {
	const { statements, problems } = await loadStatementFiles(seedDir);
	if (problems.length > 0) throw new Error(`seed statements do not load: ${problems.join("; ")}`);
	return statements;
}

export const campaignsFile = resolve(import.meta.dirname, "../../config/campaigns.yaml");

/** The shipped campaigns, as config/campaigns.yaml lists them. */
export async function loadCampaigns(): Promise<Campaign[]> {
	const { campaigns, problems } = await loadCampaignsFile(campaignsFile);
	if (!campaigns) throw new Error(`campaigns do not load: ${problems.join("; ")}`);
	return campaigns;
}

export function seed(statements: Statement[], id: string): Statement {
	const found = statements.find((statement) => statement.id === id);
	if (!found) throw new Error(`no seed ${id}`);
	return found;
}
