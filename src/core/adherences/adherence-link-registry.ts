import type { AdherenceLinks } from "../ports.js";
import type { Platform } from "../request.js";

/** Makes the link that opens the adherence flow for a statement on one platform. */
export type AdherenceLinkMaker = (statementId: string) => string;

/** The links of the adapters running in this process; each registers its maker when it starts. */
export class AdherenceLinkRegistry implements AdherenceLinks {
	private readonly makers = new Map<Platform, AdherenceLinkMaker>();

	/** The returned function removes the maker again (on stop). */
	register(platform: Platform, maker: AdherenceLinkMaker): () => void {
		this.makers.set(platform, maker);
		return () => {
			if (this.makers.get(platform) === maker) this.makers.delete(platform);
		};
	}

	linkFor(platform: Platform, statementId: string): string | undefined {
		return this.makers.get(platform)?.(statementId);
	}

	private publicUrl: string | undefined;

	/** The web pages register their address, and with it their statement links. */
	registerWeb(publicUrl: string): () => void {
		this.publicUrl = publicUrl;
		const unregister = this.register("web", (statementId) => `${publicUrl}/s/${statementId}`);
		return () => {
			unregister();
			if (this.publicUrl === publicUrl) this.publicUrl = undefined;
		};
	}

	webAddress(): string | undefined {
		return this.publicUrl;
	}
}
