import { newsFurniturePatterns } from "./news-furniture-patterns.js";

// Each rule is named, so a dropped line says which rule dropped it.
export const junkPatterns: ReadonlyArray<readonly [string, RegExp]> = [
	["skip-link", /^skip to (main )?(content|navigation)/],
	["breadcrumb", /^you are here:/],
	// "Home > News > Politics", "Inicio › Política": a page's trail, its steps joined by arrows.
	["breadcrumb", /^[^>›»]{1,30}(\s[>›»]\s[^>›»]{1,40}){1,5}$/],
	// "Listen to this article", "Écouter cet article": a page's audio button.
	[
		"listen-button",
		/^(listen to this (article|story)|escuchar (este|el) articulo|ecouter (cet|l') ?article|ouvir (este|o) artigo|artikel (an)?horen|ascolta (questo|l') ?articolo)$/,
	],
	// "… and 345 more", "+ 200 further signatures", "Total: 548 signatures", "Y 345 firmas más": a count of further
	// signers, not one of them.
	[
		"more-signers",
		/^(\.{3}|…)?\s*(and|y|et|e|und|ed|\+)\s*\d[\d.,]*\s+(more|others?|further|additional|firmas|firmantes|otros|otras|autres|altri|altre|weitere|andere|outros|outras|assinaturas|signatures|signataires|firmatari|unterschriften|names)\b.{0,40}$/,
	],
	["more-signers", /^(total|totale|gesamt)\s*:?\s*\d[\d.,]*\s*\p{L}*\.?$/u],
	// "1.311 Pessoas", "1,234 signatures", "Reasons for signing": a petition page's counter and its comments' title.
	[
		"more-signers",
		/^\d[\d.,]*\s+(pessoas|people|persons|personas|personnes|persone|personen|signatures|firmas|assinaturas|firme|unterschriften|signataires|firmantes|signatories|supporters|apoiadores|adhesiones|adesoes|adesioni)\.?$|^(reasons for signing|why people are signing|razones para firmar|razoes para assinar|raisons de signer|pourquoi ils signent|motivi per firmare|grunde fur die unterschrift)\s*:?$/,
	],
	// "See the full list of signatories", "Ver la lista completa de firmantes": a link to the list elsewhere.
	[
		"list-link",
		/^(see|view|read|ver|voir|vedi|veja|siehe|consulta|consulte|consultez|accede a|clique para ver)\s.{0,30}\b(list|lista|liste|elenco)\b.{0,40}$/,
	],
	[
		"share-button",
		/^(share|compartir|comparti|comparte|partager|partagez|compartilhar|compartilhe|partilhar|partilhe|teilen|teile|condividi)( (this|on|to|en|con|sur|su|auf|per|por|par|in|with|no|em|esta|este|cet|via|noticia|noticias|nota|articulo|artigo|article|articolo|artikel|post|story)\b.{0,30})?:?$/,
	],
	[
		"view-counter",
		/^\d[\d.,\s]*\s*(views?|visitas?|vistas|vues|visualizacoes|lecturas|reads|hits|lectures|downloads)$/,
	],
	["view-counter", /^(views?|visitas?|vues|hits|visualizacoes|lecturas)\s*:?\s*\d[\d.,]*$/],
	[
		"reading-time",
		/^-?\s*\d+\s*(minutos? de lectura|min read|minutes? read|min de lecture|2min de lecture|minuti di lettura)$/,
	],
	["reading-time", /^(tempo de leitura|temps de lecture|tiempo de lectura)\s*:/],
	[
		"post-date",
		/^(posted|published|updated|publicado|actualizado|publie|mis a jour|atualizado|pubblicato|veroffentlicht)\b.{0,40}\d{4}/,
	],
	["copyright", /^(©|\(c\)|copyright)/],
	[
		"copyright",
		/all rights reserved|todos los derechos reservados|tous droits reserves|todos os direitos reservados|riproduzione riservata|alle rechte vorbehalten/,
	],
	// "Síguenos en redes sociales", "Folgen Sie uns auf Facebook": links to the site's social accounts.
	["follow-us", /^(follow us|siguenos|suivez-nous|seguici|siga-nos|segue-nos|folgen sie uns|folge uns)\b/],
	// "O Núcleo do PT Lisboa nas redes sociais": the heading over a body's social accounts.
	[
		"follow-us",
		/^(?=(\S+\s+){0,9}\S+$).*\s(nas redes sociais|en (las )?redes sociales|on social media|sur les reseaux sociaux|sui social( network)?|in den sozialen (medien|netzwerken))$/,
	],
	// "Recibe las noticias en WhatsApp", "Assine a newsletter", "Newsletter abonnieren": a site's subscriptions.
	[
		"newsletter",
		/^(receba|recibe|recevez|ricevi|erhalten sie|get)\b.{0,40}\b(noticias|notizie|actualites|nachrichten|news|newsletter|boletin)\b|^(?=(\S+\s+){0,6}\S+$).*\bnewsletters?\b/,
	],
	// "______        ______": signature lines printed side by side count as one rule.
	["rule-line", /^[-=*_~.·•|]{3,}(?:\s+[-=*_~.·•|]{3,})*$/],
	// "Copy link", "Guardar", "Écouter", "Voir plus", "Siguiente", "Chiudi", "Gesponsert": a page's buttons and labels.
	[
		"page-button",
		/^(copy link|copiar (enlace|link)|copier le lien|link kopieren|copia link|save|guardar|enregistrer|speichern|salva|salvar|listen|escuchar|ecouter|horen|ascolta|ouvir|ver mas|voir plus|mehr|continua a leggere|ver mais|mostrar mas|show more|load more|cargar mas|next|previous|siguiente|anterior|suivant|precedent|weiter|zuruck|avanti|indietro|proximo|tweet this|share on [a-z]+|send by e-?mail|subscribe now|suscribete ahora|abonnez-vous|jetzt abonnieren|abbonati|assine ja|log in to comment|image|video|gallery|galeria|galerie|watch|close|cerrar|fermer|schliessen|schließen|chiudi|fechar|sponsored|patrocinado|sponsorise|gesponsert|sponsorizzato|anuncio|more|mas|plus|altro|mais|invia per e-?mail|per e-?mail (versenden|senden|teilen)|enviar por e-?mail|envoyer par (e-?)?mail|pin it|flipboard|messenger|copy|continuar lendo|continuar leyendo|temas relacionados|mots[- ]cles\s*:?)$/,
	],
	// "@unitetheunion", "#StopTheWar #8M", "Twitter: @cgt", "facebook.com/unite": a site's social accounts and tags.
	[
		"social-handle",
		/^([@#][\p{L}\p{N}_.]+[\s,]*)+$|^(twitter|instagram|facebook|x|tiktok|youtube|telegram|mastodon|bluesky|threads)\s*:?\s*@\S+$|^(www\.)?(facebook|twitter|instagram|x|youtube|tiktok|linkedin)\.com\/\S+$/u,
	],
	// "EFE", "(Europa Press)", "Redacción", "Madrid, 3 mar (EFE).-": a news agency or the newsroom, credited.
	[
		"agency-credit",
		/^\(?(agencia efe|efe|afp|ap|reuters|dpa|epd|kna|ansa|adnkronos|lusa|agencia brasil|europa press|redaccion|redacao|redazione|redaktion|la redaction|staff reporter|newsroom)\)?\.?$|\((efe|afp|ap|reuters|dpa|ansa|lusa|europa press|ep)\)\s*\.?\s*[-–]?$/,
	],
	[
		"post-date",
		/^((ultima actualizacion|ultimo aggiornamento|derniere mise a jour|zuletzt aktualisiert|last updated|ultima atualizacao)\s*:?|stand\s*:)\s*.{0,20}\d/,
	],
	[
		"reading-time",
		/^(lesezeit|tempo di lettura|reading time)\s*:?\s*\d+|^\d+\s*min\.?\s*(de lectura|de leitura|di lettura|lesezeit|read)$/,
	],
	// "Media partner: The Guardian", "Design: …", "Printed by …", "With thanks to …", "Diseño: …": a publication's
	// credits, not its signers.
	[
		"credits",
		/^(?=.{0,120}$)((media partners?|design(ed)?|graphic design|layout|photography|photos?|illustrations?|printed|promoted|published and promoted|produced|edited|translated|translation|traduccion|traduction|traduzione|ubersetzung|traducao|diseno|maquetacion|impreso|imprime|conception|mise en page|gestaltung|druck|grafica|impressao|diagramacao|agradecimientos|remerciements|ringraziamenti|danksagung|agradecimentos)(\s*:|\s+(by|por|par|da|von|de)\s)|(with (special )?|many )thanks to\s)/,
	],
	// "Date: Saturday 12 March", "Venue: Parliament Square", "Lugar: Puerta del Sol", "Lieu : …", "Ort: …": an event's
	// details, printed as label and value.
	[
		"event-details",
		/^(?=.{0,120}$)(time|venue|location|where|when|address|meeting point|hora|lugar|direccion|punto de encuentro|lieu|heure|horaire|adresse|rendez-vous|ort|zeit|uhrzeit|treffpunkt|ora|luogo|indirizzo|appuntamento|local|horario|endereco|concentracao)\s*:\s*\S/,
	],
	// "MOBILIZE   MOBILIZE   MOBILIZE": a banner, one word said three times.
	["banner", /^(\p{L}+)(\s+\1){2,}[!.]*$/u],
	// "Pressemitteilung der Diakonie Deutschland", "Press release of the TUC": a link to a body's release.
	[
		"release-link",
		/^(pressemitteilung|pressemeldung|presseerklarung|press release|news release|communique de presse|nota de prensa|nota de imprensa|comunicato stampa)\s+(der|des|von|vom|of|from|by|de|du|da|do|della|del|dell'|di)\s/,
	],
	["rule-line", /^(\* ){3,}\*?$/],
	[
		"print-button",
		/^(print|imprimir|imprimer|drucken|stampa|druckansicht|druckversion|print version|printer-friendly version|version imprimable|versione stampabile|version para imprimir|versao para impressao)( (this|esta|cette)\b.{0,20})?$/,
	],
	// "Posted in Education, Universities | 3 Comments": a post's categories and its comment count.
	["tag-list", /^(posted in|filed under|publicado en|publie dans|pubblicato in|veroffentlicht in)\b.{0,120}$/],
	[
		"tag-list",
		/^(tags?|labels?|etiquetas?|libelles|marcadores|etichette|categor(y|ies|ias|ie|ia|ie)|kategorien?|rubriques?|rubrica|filed under|posted in|archivado en|topicos|topics|temas|themes|themen|argomenti|mots-cles|schlagworte|schlagworter|palabras clave|palavras-chave)\s*:/,
	],
	[
		"read-more",
		/^(::\s*)?(read more|leer mas|lire la suite|leia mais|continue reading|seguir leyendo|leggi qui|leggi tutto|weiterlesen|leggi anche|lire aussi|lea tambien|leia tambem|veja tambem|see also|vedi anche|mehr zum thema)\b/,
	],
	["ad-slot", /^(hide ad)+\s*(advertisement)?$|^advertisement$|^placeholder$|^publicidade$|^anzeige$/],
	["script", /^<(script|style|div|iframe)\b/],
	[
		"comment-form",
		/^(leave a comment|publica un comentario|publicar un comentario|lascia un commento|kommentar (veroffentlichen|schreiben)|mailing list|keine kommentare:?)$/,
	],
	[
		"comment-form",
		/^please enter your (comment|name|email|e-mail)( address)?( here)?!?\.?$|^(save my name|notify me of)\b/,
	],
	["newsletter", /^(subscreva|subscribe to|suscribete|abonnez-vous|iscriviti)\b.{0,40}(newsletter|bulletin)/],
	["newsletter", /^ative as notificacoes\b|^porque (o seu tempo e precioso|as noticias nao escolhem hora)\.?$/],
	["page-number", /^(page|pagina|pag\.|seite|p\.)?\s*\d{1,3}(\s*(\/|of|de|di|von)\s*\d{1,3})?$/],
	["site-section", /^(ultimas noticias|categorias|categories|inland|ausland|politica|lettere|news)$/],
	[
		"comment-author",
		/^(\d+\.\s*)?[\p{L}][\p{L} .'’-]{1,40} (said|dijo|a dit|disse|sagte|ha detto|wrote|says|escribio|escreveu|a ecrit|ha scritto|schrieb|comento|comentou)(:|\.\.\.|…)$/u,
	],
	// "RispondiElimina": Blogger's reply and delete buttons, run onto a comment; "No Replies to …", "Enregistrer au
	// format PDF": a thread's count and a page's buttons.
	[
		"comment-tools",
		/^(rispondi ?elimina|reply ?delete|responder ?eliminar|repondre ?supprimer|antworten ?loschen)|^(no|\d+) (replies|comments|responses|comentarios|commentaires|commenti|kommentare) (to|a|sur|su|zu)\b/,
	],
	["page-button", /^(enregistrer|imprimer|telecharger) (au format|en) pdf$|^(save|download|print) (as|to) pdf$/],
	// "Die gemeinsame Erklärung kann hier abgerufen werden: stiftung.de/…": a link to the text.
	["link-line", /\b(here|hier|aqui|ici|qui)\b[^:]{0,40}:?\s*(https?:\/\/)?[\w-]+(\.[\w-]+)+\/\S*$/],
	// A forum's or comment thread's buttons and time stamps: "Reply", "Quote", "3 days ago", "hace 2 horas".
	[
		"comment-tools",
		/^(logged|en linea|online|offline|report to moderator|reportar al moderador|signaler au moderateur|segnala al moderatore|reply|responder|repondre|rispondi|antworten|quote|report|report abuse|permalink|flag|upvote|downvote|log in to reply|login to reply|inicia sesion para responder|connectez-vous pour repondre|accedi per rispondere|anmelden zum antworten)$/,
	],
	[
		"comment-time",
		/^\d+\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+ago$|^[^,]{0,4}\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+(at|a las|as|às|a|à|alle|um)?\s*\d{1,2}[:.h]\d{2}\s*(am|pm|uhr|h)?$|^[\p{L}\s,.]{0,20}\d{1,2}(st|nd|rd|th)?,?\s+(de\s+)?\p{L}+\.?,?\s+(de\s+)?\d{4},?\s+(at|a las|as|às|à|alle|um)\s+\d{1,2}[:.h]\d{2}\s*(am|pm|uhr|h)?$|^\p{L}+\.?\s+\d{1,2},?\s+\d{4},?\s+(at|a las)\s+\d{1,2}[:.]\d{2}\s*(am|pm)?$|^(hace|il y a|vor|ha)\s+\d+\s+(minutos?|horas?|dias?|semanas?|meses|anos?|minutes?|heures?|jours?|mois|ans|minuten|stunden|tagen|wochen|monaten|jahren|minuti|ore|giorni|settimane|mesi|anni)$/u,
	],
	// "Carried unanimously", "Aprobada por unanimidad": how a motion was voted, under it.
	[
		"vote-result",
		/^(carried|agreed|adopted|passed|approved)( unanimously| by acclamation| nem\.? con\.?)?\.?$|^(aprobad[oa]|adoptad[oa]|adoptee?|approvat[oa]|aprovad[oa]|einstimmig (beschlossen|angenommen)|angenommen)\b.{0,40}(unanimidad|unanimite|unanimita|unanimidade|acclamation|aclamacion)?\.?$/,
	],
	// A forum member's card: "Posts: 1234", "Karma: +10/-2", "Hero Member", "Mensajes: 1234".
	[
		"forum-member",
		/^(posts|karma|mensajes|messages|messaggi|beitrage|mensagens|reputation|joined|registrado|inscrit|iscritto|registriert)\s*:\s*[\d+\-/.,\s]+$|^(newbie|jr\. member|full member|sr\. member|hero member|global moderator|moderator|administrator|miembro heroe|miembro junior|miembro completo|usuario nuevo|moderador|administrador)$/,
	],
	// "Publicado por Juan Pérez en 10:15": a blog's byline, with the time it was posted.
	[
		"posted-by",
		/^(posted|publicado|publie|pubblicato|gepostet|postado) (by|por|par|da|von)\b[^:]{0,80}(\d{1,2}:\d{2}.{0,12})?$/,
	],
	["call-to-action", /^(sign|firma|signez|assine|unterzeichne|firme)\b.{0,80}\b(here|aqui|ici|qui|hier|aca|aqui)\.?$/],
	["dated-link", /^[-•]\s*\d{1,2}\/\d{1,2}\/\d{4}\s+\S/],
	["date-stamp", /^date \d{4}-\d{2}(-\d{2})?$/],
	// "0 Response to "Nota do Partido dos Trabalhadores"", "3 comments:": a blog's comment counter.
	[
		"comment-count",
		/^\d+\s+(responses?|comments?|comentarios?|commentaires?|risposte|commenti|kommentare?)\b\s*(to|a|para|au|a|su|zu|:)?/,
	],
	// "Anhang | Größe |", "Soliadresse-Diakonie.pdf | 44.94 KB |": a page's table of attached files.
	["attachment", /^(anhang|attachments?|anexos?|allegati|allegato|pieces? jointes?|fichiers?|datei)\s*\|/],
	["attachment", /\.(pdf|docx?|odt|xlsx?|jpe?g|png|zip)\b.{0,20}\d[\d.,]*\s*(kb|mb|kib|mib|ko|mo)\b/],
	// A download box prints the file's name and its size on lines of their own: "Communique-….pdf", "162.1 KiB",
	// "PDF - 357.6 ko".
	["attachment", /^[\w.%()~-]+\.(pdf|docx?|odt|xlsx?|pptx?|jpe?g|png|gif|zip|mp3|mp4)$/],
	// "Documento pdf", "Download PDF", "Télécharger le PDF": the link to the text as a file.
	[
		"attachment",
		/^(documento|document|dokument|descargar|download|scarica|telecharger|baixar|baixe|herunterladen)( (el|le|o|il|das|the|en|em|in|als))? ?(pdf|documento|document)( (en|em|in|als) pdf)?$/,
	],
	["attachment", /^((pdf|docx?|odt|zip)\s*[-–]?\s*)?\d[\d.,]*\s*(bytes?|kb|mb|gb|kib|mib|gib|ko|mo|octets)$/],
	// "Koordinierungsgruppe des InterBündnis: info@inter-buendnis.de", "Press contact: …": where to write, not who
	// signed.
	["contact", /^(?=[^@]*@)[^@]{0,80}\S+@\S+\.[a-z]{2,}\.?$/],
	[
		"contact",
		/^(press contacts?|media contacts?|contacts? presse|pressekontakt|contacto de prensa|contacto para prensa|contato para imprensa|ufficio stampa|for more information|pour plus d'informations|para mas informacion)\b/,
	],
	// "This site uses cookies …", "Questo sito utilizza cookie. Accetta": a cookie banner.
	["cookie-banner", /^(?=.{0,300}$).*\b(cookies?|galletas)\b/],
	// "21 ter rue Voltaire, 75011 Paris", "Via Roma 1, 20100 Milano", "12 High Street, London EC1 1AA": a postal
	// address in a footer or a letterhead.
	[
		"postal-address",
		/^(?=.{0,120}$).*(\b\d+[a-z]?(\s+(bis|ter))?,?\s+(rue|avenue|boulevard|bd|place|chemin|allee|impasse|quai)\b|\b(via|viale|piazza|corso|calle|avenida|avda|rua|travessa|praca|alameda|paseo|plaza)\s+[^,]{2,40},?\s*\d+|\b[a-z]+(strasse|straße|str\.|weg|platz|allee|gasse|ring)\s+\d+|\b\d+\s+[a-z]+(\s+[a-z]+)?\s+(street|road|avenue|lane|square|st|rd)\b)/,
	],
	["postal-address", /^(?=.{0,120}$)(.*,\s*)?\d{5}\s+\p{L}+(\s+\p{L}+)?(\s*[-,].*)?$/u],
	// "London WC1X 8TN", "Chicago, IL 60601": a British postcode or an American state and ZIP code under a street.
	[
		"postal-address",
		/^(?=.{0,60}$)([a-z][a-z .'’-]+,?\s+)?[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}$|^(?=.{0,60}$)[a-z][a-z .'’-]+,\s*[a-z]{2}\.?\s+\d{5}(-\d{4})?$/,
	],
	// "C/ Lope de Vega, 38 - 28014 Madrid", "CEP 01011-100", "(11) 3188-5200": a street with its postcode after a
	// dash, a Brazilian postcode, a telephone number alone.
	["postal-address", /^(?=.{0,120}$).*\d\s*[-–]\s*\d{5}\s+\p{L}+(\s+\p{L}+)?$|^cep\s*:?\s*\d{5}-?\d{3}$/u],
	[
		"contact",
		/^(?=(?:\D*\d){8})(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|(19|20)\d{2}\s*[-–/]\s*(19|20)\d{2}$)\+?(\(\d{2,4}\)\s*)?\d{2,5}([\s.-]\d{2,5}){1,4}$/,
	],
	// "Tel: 020 7611 2500", "Fax +33 1 48 18 80 00", "Teléfono: (55) 5555-1234": a letterhead's or signature's number.
	[
		"contact",
		/^(tel|tele|telephone|phone|ph|fax|mob|mobile|cell|telefono|telefone|telefon|fon|handy|tlf)\.?\s*:?\s*\+?[\d(][\d\s()./-]{5,}$/,
	],
	// "P.IVA 01234567890", "CNPJ 00.000.000/0001-00", "SIRET …": a company's registration number in a footer.
	["company-id", /^(p\.?\s?iva|partita iva|cnpj|siret|siren|cif|nif|vat( no\.?| number)?|ust-idnr\.?)\b/],
	// "Add your name", "Signer l'appel", "Jetzt unterzeichnen", "Firma anche tu", "I agree to the privacy policy".
	[
		"call-to-action",
		/^(add your (name|signature|organi[sz]ation)|sign (the|this|our) (statement|letter|appeal|petition|call|pledge)|sign now|signer (l'appel|la petition|la lettre|la tribune|la declaration|maintenant)|signez (l'appel|la petition|la lettre|la tribune|ici)|jetzt (unterzeichnen|unterschreiben|mitzeichnen)|aufruf (unterzeichnen|unterschreiben)|firma (aqui|aca|ahora|la carta|el manifiesto|la declaracion|anche tu|l'appello|la petizione)|firmar (la carta|el manifiesto|la declaracion)|adhiere aqui|assine (aqui|ja|a carta|o manifesto|a nota|a peticao)|aderisci|sottoscrivi (l'appello|la lettera)|(i agree|acepto|j'accepte|ich stimme|accetto|concordo|aceito)\b.{0,80}(privacy|privacidad|confidentialite|datenschutz|privacidade|condi|terms))/,
	],
	// "Read the full statement (PDF)", "Erklärung als PDF herunterladen": a link to the text or its file.
	[
		"download-link",
		/^(download|descargar|descarga|telecharger|baixar|baixe|scarica|scaricare|herunterladen|read the full|lea el texto completo|lire (le texte|la declaration|l'appel) (complet|en entier|integral)|leia a integra|leggi il testo)\b|^(?=.{0,100}$).*\b(als|as|en|in|em|formato) pdf\b/,
	],
	// "Signatories list in formation", "Más firmas en construcción", "Weitere Unterschriften folgen": a word on the
	// list, not an entry of it.
	[
		"list-status",
		/^(?=.{0,120}$)\(?[^()]*\b(in formation|list in progress|to follow|being updated|updated regularly|en cours de constitution|en construccion|abierta a (nuevas )?adhesiones|en actualizacion|folgen|wird (laufend |standig )?aktualisiert|in aggiornamento|in costruzione|em construcao|em atualizacao|aberta a novas adesoes|aperta a nuove adesioni)\b[^()]*\)?\.?$/,
	],
	// "* Organisations listed for identification purposes only", "* à titre personnel": the list's footnote.
	[
		"list-footnote",
		/^\*+\s*.{0,40}\b(personal|personnel|personale|pessoal|personlich|identification|identificacion|identificazione|identificacao|identifikation)\b|^(organi[sz]ations? (are )?listed for identification|for identification (purposes )?only|titles? and affiliations? (are )?for identification)/,
	],
	["date-stamp", /^\(?stand:?\s.{0,30}\d{4}\)?$/],
	// A blog's archive: "► 2023 (12)", "März 2023", "View my complete profile".
	["blog-archive", /^[►▼▶◄•]?\s*\d{4}\s*\(\d+\)$|^[►▼▶◄]\s*\p{L}+\s*\(\d+\)$/u],
	[
		"blog-archive",
		/^(january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|marz|juni|juli|oktober|dezember)( de)? \d{4}( \(\d+\))?$/,
	],
	[
		"blog-archive",
		/^(view my complete profile|ver todo mi perfil|afficher mon profil complet|ver meu perfil completo|visualizza il mio profilo completo|mein vollstandiges profil anzeigen)$/,
	],
	// A comment form's links: "Kommentar verfassen", "Antwort abbrechen", "Cancel reply".
	[
		"comment-form",
		/^(cancel reply|cancelar respuesta|annuler la reponse|cancelar resposta|annulla risposta|antwort abbrechen|kommentar verfassen|deja un comentario|deixe um comentario|laisser un commentaire|scrivi un commento|write a comment|add a comment)$/,
	],
	// "Read this statement in: Español | Français", "ESPAÑOL", "English version": a page's language switch.
	[
		"language-switch",
		/^((read|lea|leer|lire|leggi|leia|lesen)\b.{0,30}\b(in|en|em|auf)\s*:?\s*)?((english|espanol|castellano|francais|portugues|deutsch|italiano|catala|euskara|galego|ingles|frances|anglais|espagnol|englisch|spanisch|inglese|spagnolo|arabic|arabe)( version| versao| version originale)?\s*[|/·•,]?\s*)+$|^(version|versao|versione|fassung) (en |em |in |auf )?(english|espanol|castellano|francais|portugues|deutsch|italiano|ingles|frances|anglais|espagnol|englisch|inglese|spagnolo|espanhol|ingles)$/,
	],
	// "cc: Prime Minister Jane Roe", "Copia a: …", "Enclosure: …": a letter's copies and enclosures, not its signers.
	[
		"copy-to",
		/^((cc|bcc|c\.\s?c\.?|p\.\s?c\.?)\s*[:.]\s|(copy to|copies to|copia a|con copia a|copie a|copies a|copia para|com copia para|kopie an|in kopie an|per conoscenza)\s*:?\s)/,
	],
	[
		"enclosure",
		/^(enclosures?|encl\.|attachments?|anexos?|adjuntos?|piece jointe|pieces jointes|p\.\s?j\.|allegat[oi]|anlagen?)\s*:/,
	],
	// "Font size: A A A": a page's text-size buttons.
	[
		"font-size",
		/^(font size|text size|tamano de (la )?letra|taille (du texte|de (la )?police)|dimensione (del )?testo|schriftgrosse|tamanho da (fonte|letra))\b/,
	],
	...newsFurniturePatterns,
];
