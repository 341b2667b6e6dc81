export async function runDoctor(_env: NodeJS.ProcessEnv): Promise<number> {
	return 0;
}
