// A news page's furniture around the text it reports: photographs' credits and captions, where the item came
// from and who wrote it. Each rule is named, so a dropped line says which rule dropped it; tried after the
// page's other furniture rules (junk-patterns.ts), in this order.
export const newsFurniturePatterns: ReadonlyArray<readonly [string, RegExp]> = [
	// A photograph's credit under the headline: "Foto: Agência Brasil", "Antonioni Cassara/Mídia Ninja".
	[
		"photo-credit",
		/^((credits?|credito) )?(foto|fotos|photo|photos|image|imagen|imagem|credito|credit|bild|fotografia|ilustracion|ilustracao|illustration|illustrazione|video|infografia|grafik|graphic)( (credit|de|di|by|par|von))?\s*:|^(foto|photo|image|imagen|imagem) (di|de|by|par|von|do|da) \p{Lu}?/u,
	],
	// "Nurses on a picket line in Leeds. Photograph: Jane Doe/PA", "… Foto: EFE", "… © AFP": a photograph's caption.
	[
		"photo-credit",
		/(\.|\s)\s*(photograph|photo|foto|fotografia|bild|imagen|imagem|image|credit|credito)s?\s*:\s*[^.:]{1,60}$|\s©\s*[\p{L}\s/.-]{2,40}$/u,
	],
	// "V.l.n.r.: Florian Ritter, Linda Schneider, …", "From left: …", "De gauche à droite : …": who stands in a
	// photograph, named left to right, is a caption, not a list of signers.
	[
		"photo-caption",
		/^\(?(v\. ?l\. ?n\. ?r\.|von links( nach rechts)?|(pictured )?(from|l to r|left to right)( left)?( to right)?|de gauche a droite|de (izquierda a derecha|izda\. a dcha\.)|da sinistra( a destra)?|da esquerda para a direita|en la (foto|imagen)|na foto|nella foto|sur la photo|in the (photo|picture)|im bild|auf dem foto)\)?\s*[:,]/,
	],
	// "Recurso exclusivo para assinantes", "assine ou faça login", "Salvar artigos": a paywall's buttons; the
	// subscribers it speaks of are a newspaper's readers, not signers.
	[
		"paywall",
		/^(?:[•·*-]\s*)?(recurso exclusivo para assinantes|(conteudo |materia )?exclusiv[oa] para assinantes|assine ou faca login|assine( ja| agora)?|salvar artigos?|ja e assinante\?.*|subscriber[- ]only( content| feature)?|subscribe (now|to (read|continue)).*|already a subscriber\?.*|contenido (exclusivo )?para suscriptores|exclusivo para suscriptores|suscribete( ahora)?|reservado a suscriptores|article reserve aux abonnes|reserve aux abonnes|abonnez-vous( pour lire.*)?|deja abonne\?.*|contenuto riservato agli abbonati|riservato agli abbonati|abbonati( ora)?|nur fur abonnenten|jetzt abonnieren|bereits abonnent\?.*)$/,
	],
	// "Uffici Stampa Fim, Fiom, Uilm Nazionali", "Press office: …": who sent the release out, not who signs it.
	[
		"press-office",
		/^(uffic[io] stampa|press office|press offices|media office|gabinete de prensa|oficina de prensa|service de presse|pressestelle|assessoria de imprensa)\b/,
	],
	// "Fuente: Agencia Paco Urondo", "Quelle: epd": where a news item came from.
	["source-line", /^(source|sources|fuente|fuentes|fonte|fontes|quelle|quellen)\s*:/],
	// "Via NCST", "via Europa Press": the site or agency a page copied the item from ("La Via Campesina" signs).
	["source-line", /^via\s+(?!campesina\b)\S+(\s+\S+){0,2}$/],
	// "Escrito por Redacción", "Autor: Max Mustermann", "Edição: Maria Silva", "A cura della redazione": the page's
	// author or editor, not a signer.
	[
		"byline",
		/^((written|reported|edited) by|escrito por|redactado por|ecrit par|redige par|geschrieben von|scritto da|escrito por|a cura (di|della|del)|(autor|autora|author|auteur|autore|texto|text|testo|texte|redaccion|redacao|redazione|redaction|redaktion|edicion|edicao|editing|reportagem|reporter|reportage)\s*:)/,
	],
	["byline", /^(by|por|par) (la |the |a )?(redaccion|redacao|redaction|redazione|staff|editorial team|newsroom)\b/],
];
