import { capitalRatio } from "./line-shape.js";
import { isRoleText, organizationWord } from "./person-names.js";
import { fold, wordsOf } from "./text-normalize.js";

// "Dear Senator,", "Onorevole Signor Presidente del Consiglio,", "Sehr geehrter Herr Götz,": a salutation names
// whom the letter is written to; it is no signature.
const salutation =
	/^(dear|estimad[oa]s?|querid[oa]s?|distinguid[oa]s?|senor(a|es)?|senhor(a|es)?|prezad[oa]s?|exm[oa]s?|cher|chere|chers|cheres|monsieur|madame|mesdames|messieurs|liebe|lieber|liebe[rn]?|sehr geehrte[rn]?|sehr verehrte[rn]?|gentil[ei](ssim[oaie])?|egregi[oa]|onorevol[ei]|spettabile|illustr[ei]ssim[oa])\b[^.;:!?]{0,80},$/;

// "PETIZIONE A SOSTEGNO DELLA MANIFESTAZIONE …", "Aufruf „Für Solidarität …“", "Open letter to the Minister": a
// document's own heading or a link to it, which no signatory's name opens with.
const documentKind =
	"(petizione|petition|peticao|peticion|appello|appeal|appel|aufruf|appell|offener brief|open letter|lettre ouverte|carta abierta|carta aberta|lettera aperta|manifesto|manifiesto|manifeste|lettera|letter|lettre|nota publica|nota|communique|comunicado|comunicato|declaration|declaracion|declaracao|dichiarazione|erklarung|statement|tribune|resolution|resolucion|resolucao|risoluzione)";
const documentTitle = new RegExp(
	`^${documentKind}\\s*[:–-]?\\s*["“„«‘]|^${documentKind}\\s+(a sostegno|in difesa|in favore|em defesa|en defensa|en defense|a|al|alla|alle|ai|per|pour|for|zur|zum|fur|gegen|contra|contre|against|del|della|dei|des|du|on|sur|sobre|to|an die|an den)\\s`,
);

const invitation =
	/^(have|find|read|watch|support|become|get|contact|join|share|donate|learn|discover|download|follow|subscribe|write|email|tell|take|add|send|visit|click|lee|descubre|unete|apoya|hazte|colabora|contacta|escribe|mira|descarga|suscribete|comparte|dona|participa|informate|conoce|lisez|decouvrez|rejoignez|soutenez|devenez|contactez|ecrivez|regardez|telechargez|abonnez-vous|partagez|faites|participez|leia|descubra|junte-se|apoie|torne-se|escreva|assista|baixe|compartilhe|doe|participe|saiba|conheca|leggi|scopri|unisciti|sostieni|diventa|contatta|scrivi|guarda|scarica|condividi|partecipa|lies|entdecke|werde|unterstutze|kontaktiere|schreibe|schau|abonniere|teile|spende|erfahre)\b.*\b(your|our|the|us|more|a|an|now|today|tu|tus|su|nuestro|nuestra|nosotros|mas|votre|vos|notre|nos|plus|seu|sua|nosso|nossa|mais|tuo|tua|nostro|nostra|noi|dein|deine|unser|unsere|uns|mehr|jetzt|ahora|maintenant|agora|ora|il|lo|la|gli|un|una|el|los|las|le|les|une|o|os|as|um|uma|der|die|das|ein|eine|mitglied|membre|miembro|socio|socia|membro)\b/;

/**
 * A line that no careful reader copies as a signatory: a salutation, a bare web address, a slogan printed wholly
 * in quotes, or a document's own heading.
 */
export function notASignatory(text: string): boolean {
	const trimmed = text.trim();
	const folded = fold(trimmed);
	if (salutation.test(folded) || /^(https?:\/\/|www\.)\S+$/.test(folded)) return true;
	// "Have your say", "Read our report", "Become a member", "Únete a nosotros": a page's invitations, in sentence case.
	if (invitation.test(folded) && wordsOf(trimmed).length <= 8 && capitalRatio(trimmed) < 0.7) return true;
	// "Date: Saturday 12 March": a date with its label, kept for the text's date, is no signer.
	if (/^(date|dated|fecha|datum|data)\s*:\s*\S/.test(folded)) return true;
	// "Et" between two lists: the joint between them, on a line of its own.
	if (/^(et|and|y|e|und|ed|ou|or|o|sowie|ainsi que|as well as|asi como|assim como)[.,:]?$/.test(folded)) return true;
	// "Cari compagni,", "Cara amica,": the Italian salutation, not "Cara Delevingne," (a given name).
	if (/^Car[oaie]\s+\p{Ll}[^.;:!?]{0,60},$/u.test(trimmed)) return true;
	// "“LAVORO, DIGNITA’ UGUAGLIANZA PER CAMBIARE L’ITALIA”": a slogan; a name is not printed wholly in quotes.
	if (/^["“„«][^"“”„«»]{3,}["”“»]$/.test(trimmed)) return true;
	return documentTitle.test(folded);
}

// "Sd/- K.K.N. Kutty", "gez. Erika Muster", "Fdo.: Juan Pérez": the mark of a signature printed before the name.
const signatureMark =
	/^(?:sd\/-?|\(sd\.?\)|sd\.|sgd\.?|gez\.|fdo\.?|f\.to|firmado\s*:|assinado\s*:|signed\s*:)\s*(?=\p{L})/iu;
// "euer Günter Wallraff", "Yours, Jane Doe", "Ihr Max Muster": the possessive of the closing run onto the name.
const closingPossessive =
	/^(?:euer|eure|dein|deine|ihr|ihre|yours|votre|vuestro|vuestra|vostro|vostra|tuo)\s*,?\s+(?=\p{Lu})/u;
// "LA CGIL SICILIA": an article is no part of a name, in capitals as in lower case; "DIE LINKE" keeps its article,
// with one word after it the article is part of the name.
const capitalArticle =
	/^(?:LA|EL|LOS|LAS|LE|LES|IL|LO|GLI|THE|DIE|DER|DAS|OS|AS)\s+(?=[\p{Lu}\p{N}][\p{Lu}\p{N}'’.&-]*\s+[\p{Lu}\p{N}][\p{Lu}\p{N}\s'’.&-]*$)/u;

/** The entry without what is printed around a name: a signature mark, a closing's possessive, a stray quote. */
export function stripSignatureMarks(text: string): string {
	let stripped = text
		.trim()
		.replace(signatureMark, "")
		.replace(closingPossessive, "")
		.replace(capitalArticle, "")
		// "Jane D. London 3 days ago": when a petition page says the name was signed.
		.replace(/,?\s+(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/i, "")
		.replace(/,?\s+(?:hace|il y a|vor)\s+\d+\s+\p{L}+$/iu, "");
	// "Günter Wallraff"": the quote closed the message the name signs, not the name.
	const straight = (stripped.match(/"/g) ?? []).length;
	const curlyOpen = (stripped.match(/[“„«]/g) ?? []).length;
	const curlyClose = (stripped.match(/[”»]/g) ?? []).length;
	if (straight % 2 === 1 && curlyOpen === 0 && stripped.endsWith('"')) stripped = stripped.slice(0, -1).trimEnd();
	else if (curlyClose > curlyOpen && /[”»]$/.test(stripped)) stripped = stripped.slice(0, -1).trimEnd();
	return stripped;
}

// "Al Sr. Secretario General" over "Sr. Luis Almagro Lemes", "To the Hon. Jane Roe": a letter's addressee, whose
// name and office follow on the lines under the opener until a blank line.
const addresseeOpener =
	/^(to|al|a la|a las|a los|alla|all['’]|ai|agli|ao|aos|a|an|an den|an die|attn\.?|attention|a l['’]attention (de|du|des)|alla cortese attenzione (di|del|della)|all['’]attenzione (di|del|della)|a la atencion (de|del))\s*:?\s+(the |el |la |il |le |o |os |den |die |del |della |sig\. )?(sr|sra|sres|senor|senora|senores|mr|mrs|ms|dr|mme|monsieur|madame|herr|frau|sig|sigg|signor|signora|on|onorevole|exmo|exma|excelentisimo|excelentisima|ilmo|ilma|hon|honorable|presidente|president|secretario|secretaria|secretary|secretaire|segretario|ministro|ministra|minister|ministre|senator|senador|senatore|governor|gobernador|governatore|mayor|alcalde|sindaco|prefeito|maire)\b/;

/** A short line that opens a letter's addressee block. */
export function opensAddressee(line: string): boolean {
	const folded = fold(line.trim());
	return folded.split(/\s+/).length <= 14 && !/[.!?]$/.test(folded) && addresseeOpener.test(folded);
}

/** "Il Segretario Generale", "The President", "Der Vorsitzende": an office with its article, printed over a name. */
export function isBareOffice(text: string): boolean {
	const office = /^(?:il|la|lo|the|el|le|der|die|o|a|los|las|les|i|gli|os|as)\s+(\p{Lu}.*)$/iu.exec(text.trim())?.[1];
	return office !== undefined && wordsOf(office).length <= 4 && isRoleText(office) && !organizationWord(office);
}

// "Pour la CGT, Sophie Binet, secrétaire générale", "On behalf of Unite, Jane Doe": the body the signer signs for,
// printed first; it goes after the name, where a signer's body is read.
const onBehalf =
	/^(?:pour|for|por|per|fur|für|on behalf of|au nom de|en nombre de|em nome de|a nome di|im namen)\s+(?:(?:la|le|les|the|el|los|las|il|lo|o|a|os|as|der|die|das|des|del|della|do|da)\s+|l['’])?([^,]{2,60}),\s*(\p{Lu}.+)$/iu;

/** "Pour la CGT, Sophie Binet, secrétaire générale" → "Sophie Binet, secrétaire générale, CGT". */
export function bodyAfterName(text: string): string {
	const match = onBehalf.exec(text.trim());
	return match?.[1] && match[2] ? `${match[2]}, ${match[1]}` : text;
}
