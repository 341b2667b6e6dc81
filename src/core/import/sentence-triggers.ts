// Words that introduce the signers inside a sentence: "signed by A, B and C", "Entre los firmantes están …".
export const triggers: readonly RegExp[] = [
	/\bsigned by\b|signatories to .{0,200}? include\b|\b(?:other |new |further |more |first |initial )?(?:signatories|signers)(?: (?:of|to) the (?:letter|statement|appeal|petition|call|declaration))? (?:include|included|includes|are|were)\b|\bendorsed by\b|\bamong those who (?:have )?signed\b[^.]{0,60}? (?:are|were|include)\b/,
	// "Among the organisations backing the letter are …", "Entre as entidades que assinam estão …", "Parmi les
	// organisations signataires : …", "Unterschrieben haben u.a. …", "Firman el comunicado A, B y C".
	/\bamong the (?:organi[sz]ations|unions|groups|bodies|people) (?:backing|supporting|signing|that signed|who signed) the (?:letter|statement|appeal|call|declaration) (?:are|were|include)\b|\bentre (?:as|os) (?:entidades|organizacoes|sindicatos|centrais|pessoas|personalidades) (?:que (?:assinam|assinaram)|signatarias|signatarios) (?:estao|figuram|constam)\b|\bparmi les (?:organisations|syndicats|associations|personnalites) signataires\s*(?::|figurent|on trouve)|\bunterschrieben haben (?:unter anderem |unter anderen |u\. ?a\. |etwa )?(?=\S)|(?:^|[.!?]\s+)(?:(?:entre otr[oa]s|among others|entre autres|tra gli altri|unter anderem|entre outr[oa]s),?\s+)?(?:firman|firmaron|suscriben|suscribieron|signent|ont signe|assinam|assinaram|firmano|hanno firmato|unterzeichnen|unterzeichneten) (?:el|la|le|o|a|il|den|die|das|esta|este|cette|ce|questa|questo|diesen|diese|dieses|essa|esse|this|the) (?:comunicado|manifiesto|carta|texto|declaracion|communique|manifeste|lettre|texte|appel|nota|manifesto|documento|comunicato|appello|lettera|aufruf|brief|erklarung|convocatoria|convocacao|convocation|convocazione|llamamiento|chamamento|pronunciamiento|peticion|petition|petizione|peticao|statement|letter|appeal|declaration)\b(?: (?:tambien|aussi|tambem|anche|auch|also|ademas))?/,
	// "El manifiesto lo firman, entre otros, A y B": the signing verb with the document as its pronoun.
	/\b(?:lo|la|los|las) (?:firman|suscriben|firmaron|suscribieron),? (?:entre (?:otros|otras),?)?/,
	/\bentre (los|las|otros|otras) (\d[\d.]* )?(primer[oa]s )?firmantes( \([^)]{0,80}\))? (estan|figuran|se encuentran)\b|\bfirmad[oa] por\b|\bsuscrit[oa] por\b|\bentre ell[oa]s se encuentran\b/,
	/\bassinaram o documento\b|\bassinad[oa] por\b|\bsubscrit[oa] por\b|\bteve a adesao d[aoe]s?\b|\borganizada por varios movimentos, como\b/,
	/\bsignee? par\b|\bsignee?s? par\b|\bsignee?s? notamment par\b|\b(en )?sont (les )?signataires\s*:/,
	/\bunterzeichnet haben [^,.]{0,40}?(unter anderen|unter anderem|u\. ?a\.|etwa|beispielsweise)(?=\s)|\bunterzeichnet von\b/,
	/\bzu den (\S+ )?(erst)?unterzeichner(n|innen|\*innen)? gehoren\b|\bunterzeichner(innen)? (des|der) \S+ sind( auch)?\b/,
	/\bassinam (a|o) (nota|documento|manifesto|carta|texto)\b/,
	/\bfirmat[ao] da\b|\ba firmare [^,.]{0,40}? sono( infatti)?\b|\bhanno firmato\b|\btra i quali\b|\btra cui spiccano [^,]{0,40}? come\b|\bpromossa da [^(]{0,60}\(/,
	/\bavevano gia dato la propria adesione, tra gli altri,|\boltre ai giuristi\b/,
	// "sottoscritto da A, B", "é assinada pelos … tais como A, B", "vão aderir ao manifesto a CSB, …".
	// "le adesioni di don A, B", "sumaron su firma … se encuentran el senador A; …".
	/\ble adesioni di\b|\bl'adesione di\b|\bfirma\b[^.]{0,80}?\bse encuentran\b|\b(?:han|ha) apoyado (?:el|la) (?:documento|manifiesto|texto|carta|declaracion)\b|\bapoyaron (?:el|la) (?:documento|manifiesto|texto|carta|declaracion)\b/,
	// "… reúne mais de 300 mil assinaturas, incluindo grandes entidades como A, B": the signatures counted, then
	// some named.
	/\b(?:assinaturas|firmas|signatures|firme|unterschriften),? (?:incluindo|incluidas|including|dont|tra cui|darunter|entre elas|entre ellas)\b/,
	// "Den offenen Brief an Oberbürgermeister Kufen haben unterzeichnet: Die Initiative A, die Bürgerinitiative B …".
	/\b(?:haben|hat|have|has|han|ont|hanno|tem|têm) (?:\S+ ){0,2}?(?:unterzeichnet|unterschrieben|signed|firmado|signe|firmato|assinado)\s*:/,
	// "Lo dichiarano Roberto Benaglia, segretario generale Fim-Cisl, …": a press release's closing names who issue it.
	/(?:^|[.!?]\s+)(?:lo|cosi lo|asi lo|assim o) (?:dichiarano|affermano|sottolineano|declaran|afirman|declaram|afirmam)\s(?=\S)/,
	// "the letter includes signatures from Dave Prentis of Unison, Tim Roache of GMB, …".
	/\b(?:includes|included|carries|carried|bears|bore|has|had|gathered|collected) (?:the )?(?:signatures?|support|backing|endorsements?) (?:of|from)\s(?=\S)|\b(?:lleva|llevaba|cuenta con|recoge|recogio|reune|reunio) (?:la|las) firmas? de\s(?=\S)|\b(?:porte|portait|recueille|a recueilli) (?:la|les) signatures? de\s(?=\S)|\b(?:traz|trazia|reune|reuniu|recolheu) (?:a|as) assinaturas? de\s(?=\S)|\b(?:porta|reca|raccoglie|ha raccolto) (?:la|le) firme? di\s(?=\S)|\btragt die unterschriften? von\s(?=\S)/,
	// "entre los colectivos adheridos a esta movilización se encuentran la A, la B, …": the bodies that joined, named.
	/\bentre (?:los|las|os|as) (?:colectivos|coletivos|organizaciones|organizacoes|entidades|grupos|asociaciones|associacoes|sindicatos|firmantes|adherentes) (?:adherid[oa]s|aderid[oa]s|firmantes|signatari[oa]s|que (?:apoyan|respaldan|firman|firmaron|se adhieren|se adhirieron|apoiam|assinam|assinaram|aderiram))\b[^.]{0,80}?\b(?:se encuentran|figuran|estan|se cuentan|se encontram|figuram|estao)\s/,
	// "The following statement was released by leaders of … Those leaders include: Representatives A (WA-07), …".
	/\b(?:those|these|the) (?:leaders|chairs|co-chairs|signers|signatories|members) (?:include|included|are)\s*:/,
	// "Entre quienes apoyan esta iniciativa se puede mencionar a los ex ministros A, B; …".
	/\bentre (?:quienes|los que|las que|aquellos que|os que|as que|aqueles que) (?:apoyan|apoiam|firman|firmaron|assinam|assinaram|respaldan|suscriben|subscrevem|adhieren|aderem)\b[^.:]{0,80}?\b(?:se (?:puede|pueden|pode|podem) (?:mencionar|citar)(?: a)?|se cuentan|figuran|figuram|estan|estao|se encuentran|se encontram|destacan|destacam)\s/,
	// "Bekannte Unterzeichner sind: A, B (Philosophin), …", "Firmantes destacados son: …".
	/\b(?:bekannte |prominente |weitere |erste )?(?:unterzeichner|unterzeichnerinnen|unterzeichnende|erstunterzeichner|erstunterzeichnerinnen) (?:sind|waren)\s*:/,
	// "Unterzeichnet wurde dieser offene Brief bislang u.a von A, B, …".
	/\bunterzeichnet wurde[^,]{0,60}?\bvon\b/,
	// "… con la participación y adhesión de las distintas organizaciones: la A, la B, …".
	/\b(?:adhesion|adesao|adhesion|adesione) d[eiao]s?\b[^:.]{0,60}:/,
	// "A lista de signatários é extensa. Entre eles estão A, B …": "among them" after the signatories.
	/\b(?:signatarios|firmantes|signatories|signataires|firmatari|unterzeichner\S*)\b.{0,80}?\b(?:entre eles|entre elas|entre ellos|entre ellas|among them|parmi eux|tra loro|tra di loro) (?:estao|estan|figuram|figuran|are|were|figurent|sont|sono|ci sono)\b/,
	// "… que también suscribieron dirigentes de … gremios entre los que se cuentan A, B": signing, then "among them".
	/\b(?:assin|firm|sign|suscri|subscri|sottoscri|unterzeichn|unterschr|adheri|aderi)\S*\b[^.]{0,200}?\b(?:entre (?:los|las) que (?:se cuentan|figuran|estan|se encuentran)|entre (?:os|as) quais (?:estao|figuram|se contam)|parmi lesquels|parmi lesquelles|tra cui|tra i quali|among them|darunter)\s/,
	// "Nelle ultime ore hanno sottoscritto il testo A e il teologo B", "tra i primi sottoscrittori A, B".
	/\bhanno (?:gia |anche )?(?:sottoscritto|firmato|aderito)(?: (?:il|l'|la|al|all') ?(?:testo|appello|documento|lettera|manifesto))?\s(?=\S)|\btra i (?:primi )?(?:sottoscrittori|firmatari)\s/,
	// "Já assinaram a “Carta …”, nomes como A, B …": the signing verb, then "names such as".
	/\b(?:assin|firm|sign|unterzeichn|unterschr|sottoscri|adheri|aderi|desplegad)\S*\b[^.]{0,200}?\b(?:nomes|nombres|names|noms|nomi|namen|personalidades|personnalites|personalita|personalities|personlichkeiten|personajes|figuras) (?:como|such as|like|comme|come|wie)\b/,
	// "Among the signatories are …", "Parmi les signataires figurent …", "Tra i firmatari ci sono …".
	/\bamong (?:the )?(?:signatories|signers|first signatories) (?:are|were|include[sd]?)\b|\bparmi les (?:premiers )?signataires,? (?:figurent|on (?:trouve|retrouve|compte)|se trouvent|il y a)\b|\b(?:tra|fra) i (?:primi )?firmatari (?:ci sono|figurano|compaiono)\b|\bentre os (?:signatarios|subscritores|que assinaram) (?:estao|figuram|constam)\b|\bunter den (?:erst)?unterzeichner\S* (?:sind|befinden sich|finden sich)\b/,
	// "Já assinaram, por exemplo, a presidenta da …, A, e a atriz B": the verb first, the signers after it.
	/(?:^|[.!?]\s+)(?:ja|ya|deja|gia|bereits|already)? ?(?:assinaram|firmaron|han firmado|ont (?:deja )?signe|hanno (?:gia )?firmato|haben (?:bereits )?unterschrieben|have (?:already )?signed)\b(?=\s*[,:]|\s+(?:por exemplo|por ejemplo|par exemple|per esempio|zum beispiel|for example)\b)/,
	// "A ellos se sumaron la A y el B": more signers after a sentence that named the first.
	/\ba (?:ellos|ellas) se (?:sumaron|unieron|adhirieron)\b|\bse adhirieron (?:al|a la) (?:manifiesto|declaracion|carta|comunicado|documento|texto|pronunciamiento)\b/,
	/\bsottoscritt[oa] da\b|\bassinad[oa]s? pel[oa]s?\b|\baderi(?:r|ram|rem|ram|u)? (?:a|ao|à) (?:manifesto|nota|carta|documento)\b/,
	// "Dans une déclaration commune, la CGT, FO, …": the bodies a joint statement names are its signers.
	/\b(?:dans|par) (?:une|un) (?:declaration|communique|lettre|tribune|texte) commune?,|\bin a joint (?:statement|letter|declaration),|\ben (?:un|una) (?:comunicado|declaracion|nota) conjunt[ao],|\bem (?:nota|carta|declaracao) conjunta,|\bin (?:un|una) (?:comunicato|nota|dichiarazione) congiunt[ao],|\bin einer gemeinsamen erklarung\b/,
];

// Verbs that follow the list they sign for: "A, B e C hanno firmato l'appello".
export const triggersAfter: readonly RegExp[] = [
	// "As Centrais Sindicais A, B, C decidiram, nesta quinta-feira, de forma unânime, assinar o manifesto".
	/\s(?:decidiram|decidieron|decided|ont decide|hanno deciso|haben beschlossen|resolveram|resolvieron)\b[^.]{0,80}?\b(?:assinar|firmar|to sign|de signer|di firmare|zu unterzeichnen|zu unterschreiben|aderir|adherir|to endorse)\b/,
	// "… y el antropólogo Julio Caro Baroja, son algunos de los firmantes del manifiesto".
	/,?\s(?:son|sont|are|were|sind|sono|sao|eran|fueron) (?:algunos|algunas|some|quelques-uns|quelques-unes|einige|alcuni|alcune|alguns|algumas) (?:de los|de las|of the|des|der|dei|delle|degli|dos|das) (?:firmantes|signatories|signers|signataires|unterzeichner\S*|firmatari|signatarios|signatarias)\b/,
	// "… e o ativista social João Pedro Stedile estão entre os signatários".
	/,?\s(?:estao|estan|sont|sono|are|were|sind|sao|figuran|figuram|figurent|figurano) (?:entre|among|parmi|tra|unter) (?:os|los|las|les|the|i|den) (?:primeiros |primeros |premiers |primi |first )?(?:signatarios|firmantes|signataires|firmatari|signatories|signers|unterzeichner\S*)\b/,
	// "Les organisations syndicales CGT/FO/FSU/UNSA/CFTC/Solidaires appellent à soutenir la pétition": who call for
	// it are the call's signers.
	/\s(?:appellent|llaman|convocan|chiamano|convocano|rufen|convocam|conclamam) (?:a|à|al|a la|ai|alle|zu|zum|zur|para|os|as)\s/,
	// "Nomes como os infectologistas A e B … endossam a carta": the people who back the letter, before the verb.
	/\s(?:endossam|endossaram|endosan|endosaron|respaldan|respaldaron|endorse|endorsed|soutiennent|sostengono|unterstutzen) (?:a|o|la|el|the|this|le|il|lo|den|die|das|esta|este|essa|esse) (?:carta|manifesto|manifiesto|documento|texto|letter|statement|appeal|lettre|appel|lettera|appello|brief|aufruf)\b/,
	// "La A, el B … o el C también han mostrado su apoyo": bodies that said they back the call.
	/\s(?:(?:tambien|ya|also|aussi|deja|anche|gia|auch|bereits|tambem|ja)\s)?(?:han mostrado|han expresado|han manifestado|mostraron|expresaron|manifestaron|have (?:also )?(?:expressed|voiced|declared)|ont (?:aussi |egalement )?(?:apporte|exprime|manifeste)|hanno (?:anche )?(?:espresso|manifestato|dato)|manifestaram|expressaram|demonstraram) (?:su|their|leur|il loro|la loro|seu|o seu|sua|a sua) (?:apoyo|adhesion|respaldo|support|backing|soutien|sostegno|adesione|apoio|adesao)\b/,
	// "A, B, la APDH y otros organismos … adhirieron al paro": bodies that joined a call are its signers.
	/\s(?:adhirieron|se adhirieron|adhieren|aderiram|aderem|ont adhere|adherent|haben sich angeschlossen|have joined|joined|endorsed) (?:al|a la|a los|ao|a|à|au|a l'|dem|der|the)\b/,
	/\s(firman (?:la|el) (?:carta|documento|manifiesto|texto|declaracion|comunicado)|hanno firmato|hanno sottoscritto|have signed|signed the (letter|statement|appeal)|ont signe|firmaron|han firmado|assinaram|haben unterschrieben|unterzeichneten|unterstutzten (das|den) (anliegen|aufruf))\b/,
];

// Triggers that may also open an ordinary sentence: the list must start with a name right after them.
export const strictTriggers: readonly RegExp[] = [/\blos diputados\b/];

// "…, entre otras organizaciones", "… and other unions", "… e outras entidades": the others, counted or named
// only by kind.
export const trailingRemark =
	/,?\s*(entre (otras|otros|outras|outros)( \p{L}+){0,2}|among (others|other \p{L}+)|and (many )?others|and other \p{L}+|e molti altri|und viele (mehr|andere)|entre autres|etc|(y|e) (otras|otros|outras|outros|muchas|muchos|muitas|muitos) \p{L}+|et (d['’]autres|de nombreuses|de nombreux) \p{L}+|e (altre|altri|molte|molti) \p{L}+|und (weitere|andere) \p{L}+|(und|and|y|et|e) (viele|many|muchas|muchos|nombreuses|nombreux|molte|molti|muitas|muitos)(\s+\p{L}+){1,3}|(und|and|y|et|e)\s+(\S+\s+){0,6}?(mehr als|more than|más de|mas de|plus de|oltre|mais de)\s+\d[\d.]*\s+\p{L}+(\s+\p{L}+)?)\.?$/iu;
export const leadingArticle =
	/^(?:(?:y|e|et|and|und|o|ou|or)\s+)?(?:el|la|los|las|the|le|les|l['’]|o|a|os|as|der|die|das|den|dem|il|lo|i|gli|del|della|da|do|dos|das|pelo|pela|pelos|pelas)\s+(?=\p{L})/iu;

// "…, cet appel vise à …": the text itself comes back as the subject.
export const clauseGoesOn =
	/,\s+(?:(?:was|were|is|are|has|have|had|will|would|fue|fueron|es|son|ha|han|habia|fut|a été|ont été|est|sont|ont|sera|è|sono|hanno|wurde|wurden|ist|sind|hat|haben|wird|foi|foram|é|são|tem|têm)\s|(?:cet|cette|ce|this|the|la|el|il|lo|der|die|das|o|a|esta|este|questa|questo|dieser|diese|dieses)\s+(?:appel|tribune|texte|lettre|letter|statement|appeal|call|declaration|carta|manifiesto|comunicado|texto|documento|lettera|appello|testo|documento|brief|aufruf|nota|manifesto|déclaration|declaración|declaração)\s).*$/su;
