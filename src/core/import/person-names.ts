import { startsWithGivenName } from "./given-names.js";
import { fold } from "./text-normalize.js";

/** Titles printed before a person's name. */
export const personTitle =
	/^(?:(?:the|el|la|le|il|lo|der|die|o|a)\s+)?(prof\.? dr\.?|prof\.?|dr\.? phil\.?|dott\.?|dott\.ssa|avv\.?|sen\.?|on\.?|baroness|baron|lord|lady|dame|sir|professor|professora|profesor|profesora|professeur|professeure|dr\.?|dra\.?|doctor|docteur|rev\.?|reverend|rabbi|fr\.?|father|padre|sister|sor|hon\.?|mr\.?|mrs\.?|ms\.?|mme|sr\.?|sra\.?|srta\.?|lic\.?|ing\.?|me|maitre|dom|dona|don|dona|sen\.?|senator|senador|senadora|deputy|diputado|diputada|depute|deputee|deputado|deputada|bishop|cardinal|cardenal|cardeal|cardinale|kardinal|obispo|monsenor|imam|deacon|archbishop|archimandrite|very reverend|pastor|pastora|cantor|sheikh|cllr\.?|councillor|councilmember|sec\.\s(?:gral\.?|general|adjunt[oa]|de\s\S+)|(?:u\.?\s?s\.?\s|state\s)(?:sen|rep)\.?|rep\.|(?:u\.?\s?s\.?\s|state\s)?(?:representatives?|congressman|congresswoman|assemblymember|assemblyman|assemblywoman)|(?:\p{L}+\s)?city\s(?:councilor|council member)(?:\sat-large|\sdistrict\s[\p{L}\d]+)?|(?:councilor|council member|alderman|alderwoman)(?:\sat-large|\sdistrict\s[\p{L}\d]+)?|pfarrer|pfarrerin|pater|abbe|abbé|don|padre|frei|frère|mons\.?|mgr\.?)\s+(?=\p{Lu})/iu;

// Words that start a role or affiliation line ("Professor of Law, …", "président de …").
const roleWords =
	"mdl|mdb|mdep|msp|mla|maitre|maître|leader|lider|líder|leiter|vorsitzender|vorsitzende|bundesvorsitzender|bundesvorsitzende|prasident|prasidentin|sprecher|sprecherin|bundessprecher|leiter|leiterin|geschaftsfuhrer|generalsekretar|ehem|ehemaliger|ehemalige|segretario|segretaria|direttore|direttrice|docente|consigliere|consigliera|sindaco|portavoce|assessore|deputato|deputata|senatore|senatrice|coordinatore|coordinatrice|responsabile|fondatore|fondatrice|secretaria|secretario|diretor|diretora|dirigente|vereador|vereadora|presidenta|directrice|directeur|co-presidente|coprésidente|porte-parole|professor|profesor|profesora|professeur|professeure|professora|lecturer|senior|associate|assistant|emeritus|emerita|director|directora|directeur|directrice|diretor|diretora|president|presidente|presidenta|president|presidente|chair|chairman|chairwoman|chairperson|co-chair|vice|secretary|secretario|secretaria|secretaire|general|coordinator|coordinador|coordinadora|coordinateur|coordinatrice|coordenador|coordenadora|member|miembro|membre|membro|founder|cofounder|co-founder|fundador|fundadora|fondateur|fondatrice|lawyer|abogado|abogada|avocat|avocate|advogado|advogada|researcher|investigador|investigadora|chercheur|chercheuse|pesquisador|pesquisadora|journalist|periodista|journaliste|jornalista|writer|escritor|escritora|ecrivain|author|autor|autora|auteur|activist|activista|militante|spokesperson|portavoz|porte-parole|porta-voz|mp|mep|mayor|alcalde|alcaldesa|maire|prefeito|bishop|obispo|rector|rectora|dean|decano|decana|doyen|head|executive|ceo|representative|representante|delegate|delegado|delegada|delegue|organizer|organiser|organizador|organizadora|responsable|responsavel|economist|economista|economiste|philosopher|filosofo|filosofa|philosophe|sociologist|sociologo|sociologa|sociologue|historian|historiador|historiadora|historien|historienne|artist|artista|artiste|poet|poeta|poete|actor|actriz|acteur|actrice|atriz|ator|musician|musico|musicien|musicienne|student|estudiante|etudiant|etudiante|estudante|former|ex|ancien|ancienne|antiguo|antigua|trade|unionist|sindicalista|syndicaliste|deputy|adjoint|adjointe|adjunto|adjunta|national|nacional|regional|executive|vice-president|vice-presidente|vice-presidente|co-president|co-presidente|copresidente|convenor|convener|pastor|pastora|teacher|maestro|maestra|docente|enseignant|enseignante|doctor|medico|medica|medecin";
const roleStart = new RegExp(`^(${roleWords})s?\\b`);

/** "Professor of Law, University of X", "président de …", "Chair": a role, not a new signatory. */
export function isRoleText(text: string): boolean {
	const trimmed = text.trim();
	if (/^\p{Ll}/u.test(trimmed)) return true;
	// "BR-Vorsitzende", "DGB-Vorsitzender": an office of the body its acronym names.
	const acronymFirst = /^\p{Lu}{2,5}-/u.test(trimmed);
	const folded = acronymFirst ? fold(trimmed).replace(/^[a-z]{2,5}-(?=[a-z]{4})/, "") : fold(trimmed);
	if (!roleStart.test(folded)) return false;
	// "Professor Gill H. Boehringer" is a person with a title, not a role.
	return !/^\S+\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(trimmed) || /\b(of|de|at|en|du|da|do)\b/.test(folded);
}

/** A role word anywhere: "Mary Jane Crowe Professor", "Center for … and professor of law". */
export function mentionsRole(text: string): boolean {
	return /\b(professor|profesor|profesora|professeur|professora|director|directora|chair|president|presidente|secretary|secretario|secretaria|coordinator|coordinador|coordinadora)\b/.test(
		fold(text),
	);
}

// German compounds end in the role: "Betriebsratsvorsitzender", "Landesbezirksleiterin", "Generalsekretär".
const compoundRole =
	/^\p{L}{3,}(vorsitzender|vorsitzende|sekretar|sekretarin|leiter|leiterin|prasident|prasidentin|sprecher|sprecherin)\b/u;

/** The text's first word is a role word ("General secretary, Unite", "MP", "Chair Finsbury Park branch"). */
export function opensWithRoleWord(text: string): boolean {
	const folded = fold(text.trim());
	return roleStart.test(folded) || compoundRole.test(folded);
}

export function startsWithRole(text: string): boolean {
	return (
		isRoleText(text) ||
		roleStart.test(
			fold(text)
				.split(/\s+/)
				.slice(0, 3)
				.join(" ")
				.replace(/^\S+\s/, ""),
		)
	);
}

// Stems of words that only organizations carry in their names.
const organizationStems =
	/(associa|asocia|union|unión|partido|\bparty\b|parti\b|front|network|\bred\b|\brede\b|reseau|centre|center|centro|council|consejo|conseil|conselho|comite|committee|comissao|comision|coalition|coalicion|coalizao|collective|colectivo|coletivo|collectif|movement|movimiento|movimento|mouvement|federa|confedera|institut|foundation|fundacion|fundacao|fondation|alliance|alianza|alianca|group|grupo|league|liga|ligue|campaign|campana|campanha|organi[sz]a|society|sociedad|sociedade|societe|church|iglesia|igreja|eglise|universi|school|escuela|escola|ecole|club|forum|\bforo\b|project|proyecto|projeto|projet|trust|guild|\bfund\b|fondo|office|oficina|service|servicio|cooperativ|syndicat|sindicato|workers|trabajadores|trabalhadores|travailleurs|tribunal|mission|mision|missao|assembl|asamblea|platform|plataforma|plateforme|coordina|coordena|observator|secretariat|house|\bcasa\b|maison|press|media|radio|news|agency|agencia|international|internacional|national|nacional|friends|amigos|amis|solidarity|solidaridad|solidarite|solidariedade|action|accion|acao|exchange|initiative|iniciativa|peace|paz|paix|rights|derechos|droits|direitos|program|programa|commission|comisi|academ|fraternity|board|department|departamento|ministry|caucus|brigade|brigada|women|mujeres|femmes|mulheres|youth|juventud|jeunesse|juventude|students|estudiantes|etudiants|\bong\b|\bngo\b|\bs\.a\b|\bltd\b|\binc\b|stiftung|zentralrat|\\brat\\b|verband|verein|\bbund\b|gewerkschaft|partei|gruppe|netzwerk|bundnis|gesellschaft|zentrum|komitee|fraktion|kollektiv|partito|comitato|coordinamento|circolo|\brete\b|fondazione|onlus|\be\.v\b|gmbh|\blabou?r\b|\blocal\b|\bregion\b|\bbranch\b|\bcommunity\b|comunidad|comunidade|communaute|comunita|\bsection\b|\bseccion\b|\bsezione\b|\bprovinc|\bmunicip|\bcomune\b|\bayuntamiento\b|\bprefeitura\b|\bcounty\b|\bgemeinde\b|\bregione\b|\bregiao\b|\bdepartement\b|\bdiputacion\b)/;

/** The text carries a word only organizations carry ("Union", "Comité", "Verband"). */
export function organizationWord(text: string): boolean {
	return organizationStems.test(fold(text));
}

/** "Jane Q. Doe", "Sylvie Bukhari-de Pontual": two to five capitalized words, no organization words. */
export function isPersonLike(text: string): boolean {
	const trimmed = text.trim().replace(/\*+$/, "");
	if (/[()\d@/]/.test(trimmed)) return false;
	const withoutTitle = trimmed.replace(personTitle, "");
	const words = withoutTitle.split(/\s+/).filter(Boolean);
	if (words.length < 2 || words.length > 5) return false;
	// "Die Ärzte", "The Clash", "Les Motivés": a name that opens with an article is a band's or a body's.
	if (/^(die|der|das|the|les|los|las|il|gli|os|as)$/i.test(words[0] ?? "")) return false;
	if (organizationStems.test(fold(withoutTitle))) return false;
	// "Anne AMBROIS", "Lydie LE POITTEVIN": a given name, then the surname in capitals, as French lists print it.
	if (
		/^\p{Lu}\p{Ll}/u.test(words[0] ?? "") &&
		words.slice(1).every((word) => /^[\p{Lu}'’-]{2,}$/u.test(word)) &&
		words.slice(1).some((word) => /^[\p{Lu}'’-]{3,}$/u.test(word)) &&
		startsWithGivenName(withoutTitle)
	)
		return true;
	return words.every(
		(word) =>
			/^(de|da|do|dos|das|del|la|le|van|von|der|den|bin|al|el|y|e|et|and|di|du|ibn)$/i.test(word) ||
			(/^[\p{Lu}]/u.test(word) && !/^[\p{Lu}]{2,}$/u.test(word)) ||
			/^[\p{Lu}]\.$/u.test(word),
	);
}

/** "Elke Dieter, Braunschweig", "Kurt Dockhorn. Braunschweig": a person's name before the entry's first separator. */
export function opensWithPerson(text: string): boolean {
	return isPersonLike(text.split(/[,.;]|\s[-–—]\s/)[0]?.trim() ?? "");
}
