import { fold } from "./text-normalize.js";

// Common given names in the six languages the importer reads (folded: lower case, no accents). A line that
// opens with one is a person's far more often than a body's, which is the cue the kind rules lean on when
// the line carries no role or title. Bodies named after a person carry an organization word as well
// ("Fundación Pablo Iglesias", "Rosa-Luxemburg-Stiftung"), which the kind rules check first. The second block
// (stop 31) adds less common names of the six languages and names common in international statements (Arabic,
// West and East African, Slavic, Greek, Indian); names that are also places, words or titles ("Salvador",
// "Primo", "Dean", "Mercedes") are left out, as are names of three letters or fewer, which acronyms share.
const names = `
aaron abdel adam adele adriana adriano agnes agnese agustin ahmed aida aitor alain alan alba albert alberto
alejandra alejandro alessandra alessandro alessia alex alexander alexandra alexandre alexis alfonso alfredo ali
alice alicia alina alix alizé amanda amelie amparo ana anabel andre andrea andreas andres andrew angela angelika
angelo anita anja ann anna anne anne-marie annette annick antoine antonia antonio antonella ariane arnaud arturo
audrey augusto aurelie aurora barbara bastien beata beate beatrice beatriz ben benedetta benjamin benoit bernard
bernardo bernd bertrand bettina bianca birgit blanca brigitte bruno camila camille carla carlo carlos carmen
carolina caroline carolin catherine cecile cecilia celia celine cesar cesare chantal charles charlotte chiara
chris christian christiane christina christine christoph christophe cinzia clara claude claudia claudio claudius
clement colette concepcion corinne cristiana cristina cristian damiano damien daniel daniela daniele danielle
dario david davide debora denis denise diana diego dieter dietrich dolores domenico dominique dora doris
edoardo eduardo edith elena eleonora elisa elisabeth elisabetta elise eliana elke ellen eloise elsa emanuele
emilia emilio emma emmanuel emmanuelle enrico enrique enzo eric erica erik ernesto esther estelle ettore eugenio
eva evelyne fabian fabiana fabien fabio fabrice fatima federica federico felipe felix fernanda fernando filippo
flavia florence florian francesca francesco francisco franco francois francoise frank franz frederic frederik
frida gabriel gabriela gabriele gabrielle gaetano gerald gerard gerhard gerhart gianluca gianni giorgio giovanna
giovanni gisa gisela giulia giulio giuseppe gloria graham gregor gregory guido guillaume gunter gustavo hakim
hannah hans harald heike heinz helen helena helene helga helmut henri henry herbert herta hugo hubert hubertus
ida ignacio ilaria ines ingrid irene iris isabel isabella isabelle ivan jacqueline jacques jaime jakob james jan
jana jane janet jean jean-claude jean-francois jean-luc jean-marie jean-pierre jeanne jennifer jens jeremie
jerome jesus joachim joana joao joaquin johanna johannes john jordi jorge jose josef josefa joseph joshua juan
juana judith julia julian julie julien juliette jurgen justine karin karine karl karla katia katharina kathrin
katja klaus kurt lara laura laure laurence laurent lea leandro leila lena leo leon leonardo leticia liliana lina
linda lionel lisa liz lloyd loic lorena lorenzo lorenz louis louisa louise luca lucas lucia luciana luciano lucie
ludovic luigi luis luisa luiz lukas lydia madeleine magali manfred manuel manuela marc marcel marcela marcello
marco marcos margarita margot maria mariana mariano marianne marie marina mario marion marisa mark markus marta
martin martina martine mary massimiliano massimo mathieu mathilde matteo matthew matthias matthieu mauro max
maximilian melanie mercedes michael michel michela michele michelle miguel mikel milena mireille miriam mitja
monica monika nadia nadine natalia natacha natalie nathalie nazzareno nicola nicolas nicole nina noemi norbert
olaf olga olivia olivier oscar pablo paola paolo pascal pascale patricia patrice patrick paul paula paulo pedro
peter petra philipp philippe pierre piero pietro pilar rafael raffaele ralf ramon raphael raquel raul rebecca
regina reinhard renata renate rene ricardo riccardo richard rinaldo rita roberta roberto rocio rodrigo roger
roland rolf romain rosa rosario rosalia rose ruth sabine sabrina salvatore samuel sandra sandrine sandro sandy
sara sarah sebastian sebastien serafino serge sergio silvia silvio simon simona simone sofia sonia sophie stefan
stefania stefano stephan stephane stephanie stephen susana susanne sven sylvie tatiana teresa theo thibaut
thierry thomas tiziana tobias tom tommaso toni tracey ulrich ulrike ursula valentina valeria valerie vanessa
veronica veronique vicente victor victoria vincent vincenzo virginia vittorio walter werner willy wolfgang
xavier yannick yolanda yves yvonne
abdul abdullah adilson ahmad aisha akim amina amir anderson angelica antonio-jose arlindo barry betty bilal brenda brian carol
craig cynthia deborah dennis donald donna dorothy douglas edson elaine fatou fernandinho gary george gilberto hassan
helio hussein ian jack jason jeff jeremy jessica jim joe jonathan kamal karen karim kenneth kevin khaled kimberly larry
leonel lucineide malik marcia marcio maurice melissa mohamed mohammed mourad nancy nasser neil nelson omar osvaldo
rachid rashid raymond roberto-carlos ronald rui russell ryan salim salman samir sean sharon sheila shirley steve
steven susan terry timothy tony valdir vera vinicius wagner wayne william youssef yusuf zaher zainab
abigail adrian alan alison amy angus anthony arthur barry billy bob bobby brenda brian bridget carl carol charlie
colin craig dan danny dave debbie denis derek diane donna doug eddie eileen elaine eleanor ellen emily eric fiona
frances francis frank fred gail gareth gary gavin geoff george gerry glen glenn gordon graham greg harry heather ian
jack jackie jake janet jason jean jeff jenny jerry jill jim jimmy joan joanne jon joyce judith judy julie karen kate
katie katy keith ken kenny kevin kim larry laura len lesley linda lisa liz louise lucy lynn maggie malcolm marc
margaret martin matt matthew maureen megan melanie mick mike moira nancy neil nick nicola nigel nora norman pam pat
patricia patrick penny pete phil phillip rachel rebecca rob robert robin roger ron rosie roy ruth sally sam sandra
sarah sean sharon sheila shirley simon sophie stan stuart susan terry tim tina tom tommy tracey trevor vicky wendy
adolfo alvaro german hernan hernando jairo rigoberto lars juli agustina amalia angeles araceli arantxa asuncion aurelio begona benito borja carmelo catalina celestino
consuelo cristobal edgar eloy elvira emiliano encarnacion esperanza estela eugenia eusebio evaristo fermin francisca
gaspar gerardo gonzalo graciela gregorio guillermo hector hilario horacio humberto inmaculada ismael jacinto javier
jimena lourdes marcelo matias mauricio maximo milagros modesto norberto octavio paloma pascual patricio raimundo
ramiro remedios rogelio rolando roman rosana ruben socorro tomas ulises valentin baltasar
abel achille adalberto adelaide adrien agathe agostino aitana albane albano alberta alcides alda aldir aldo
alena alessio alexia alfons alfonsina alfred alida aline allan alma almudena alois aloys alphonse amadeo
amandine amaury ambra ambrogio ambroise amedeo amelia anais anastasia anatole andreia andreina andy angelina
angelique anke annalena annamaria annelie anneliese annika anouk anselmo antje antonin aparecida apolline
aranzazu ariadna arianna ariel armand armando armelle arnaldo arno arnold arsene astrid athos aude augustin
aurelien azucena baptiste bartolome basilio beatrix belen benedikt benedita benoite berenice bernadette bernat
bertha berthold beth bill blaise bonifacio brigida bruce bruna brunilde burkhard caetano calogero camilla
candela candido carina carlotta carmela carmine carole casimir cassandra cassio catarina caterina cecilio
celeste celso christel christelle christopher cicero cirilo claire clarisse claudine clelia clemence clementina
clotilde clovis conceicao concetta conchita constance coralie corentin cornelia cosimo costanza cristiano cyril
cyrille dagmar damian damiana danila dante darcy darren dean delfina delphine demetrio detlef dietmar dilma
diogo domenica domingo donatella donato dorothea dorothee duncan edda edelmira edgardo edmond edouard edward
egon elia eliane elio eliseo elizabeth ella elodie elza emanuela emerson emil emilie enric enrica ercole erich
erika ermanno ernst ersilia esteban euclides eugene eulalia eurico ezio fabienne fabiola fabrizia fanny farida
felicitas ferdinand ferdinando fernande fidel filippa fiorella flavio flora florent fortunato franca francine
franck friedrich fritz fulvio gaetan gaspard gastone gemma genevieve geoffrey georg georges geraldine geraldo
gerda germain germana gesine gianfranco gianluigi gianmarco gianna gilbert gilda gilles gilmar gino gioia
giordano giorgia giselle giuditta giuliana giuliano giuseppina glauber gonzague goretti gottfried graca
graziella gregoire greta gudrun guglielmo guilherme gunther gwenaelle hanna hannelore hans-jurgen hartmut hedwig
heidi heinrich heloisa henriette henrique hermann hilde hildegard horst hortense howard hugh iara ilda ilse
imelda immacolata inaki ingeborg irma ivano ivo ivone jacob jacopo jair jamie janaina jandira janice
jean-baptiste jean-marc jean-michel jean-paul jeannine jeffrey joaquim joelle jorg josefina josep josette
josiane josue jules juliane julio justin karl-heinz karola kaspar katherine kathleen kelly konrad laetitia
lamberto lawrence lee leonie leopold leslie liliane lino lise livia loredana lorenza lothar luc lucette lucien
lucile lucrezia ludwig luigia luise luiza lula lutz luz maddalena magdalena maite manoela manon marcella
marcelle margarete margherita margit marguerite maria-jose marianna marie-christine marie-claire marie-france
marie-helene marie-pierre marielle marilena marine marisol marlene marthe marylene mathias matilde mattia
maurizio maxime mechthild micaela michaela micheline mila milton monique montserrat nadege naomi nerea nicholas
nicoletta nieves nils nilton noel noelle norma nuria octave odette odile oliver olivio oriana orlando ornella
otavio otmar ottavio otto ottorino pamela paulette paulina pauline pere philip pia pierangelo pierluigi pina
pino quentin quirino rachele raffaella raimondo rainer ralph ramona raphaelle ray regine reinhold remi renato
renee rocco rodolfo rogerio romano romeo romina ronaldo rosalba rosanna rosaria rosemarie rosetta rossana rubens
rudi rudolf rudolph sabina samantha santiago saverio scott sebastiano severin sibylle sidonie siegfried silke
silvana silvano simonetta solange susanna suzanne sylvain sylvaine tancredi tania tarso teodoro thea theodor
therese thiago thibault thilo tiziano tracy ugo ulisses ulla umberto uwe valentine valerio valter victoire
vincenza violetta virgilio virginie vito vitor vittoria viviane walburga waltraud washington wellington wilfried
wilhelm willi wilson wolf yann yvette zoe
abdallah abdelaziz abdelkader abdoulaye abdulrahman achieng adama adel adelino adelmo ademir aderbal afonso
agatha aicha ailton ainhoa aissatou akinyi akira albino aleksandr aleksandra alexei alfio alvise alzira amadeu
amadou amal amaya amilton aminata amine amit anas anatoly andrei anil anjali annegret annie anton antonieta
antonino archibald arjun arlette ashraf attilio augusta ayodele aziz babatunde baldassarre bartolomeo bashir
basil benedetto benedicte bento beppe bernardino bernhard beryl bethany beverly biagio blanche blas bogdan
bonaventura bonnie boris boubacar bradley brice britta brunhilde bryan camillo carlinhos casimiro catello
cayetano cecil cedric cheikh chidi chinedu chloe cindy cipriano ciro clare claudete cleber cleide clemente
clifford colombe connor corrado costantino crispin cristovao custodio dale dalva declan deepak dejair delia
desmond dimitris dino dionisio dirceu dirk dmitri dmitry dominic doreen dorival dragan driss duarte dylan eckart
eckhard edeltraud edilson egidio eladio eleni elfriede elias elisangela ellie eloi elzira emeline eneida ennio
epifanio erasmo erminio ernani ernesta eros estanislao ester ethel etienne euan eugenie eunice eustace evan
evandro everaldo ewald fabricio falk farah farid faustino fausto feliciano felisa ferruccio filipa filomena
florencio fouad franziska frauke freddie frieder friederike fulgencio gabi gaelle galina ganesh gaspare
gelsomina genaro gennaro georgios gerd gernot gertrud gervais gervasio ghislaine giacomo giancarlo gianpaolo
gillian gilson ginette giorgos girolamo gisele glenda goncalo goran graeme grigory guillemette guy gwenael
gwendoline habib hagen hamid hamza hanan hanno harold harriet haruki hayley heidemarie heiko helder helge
henning henrike heriberto hermes herve hichem hilary hilda hiroshi holger honorio hugues hyun ibrahim ibrahima
ignazio igor iker imad imke imogen inez inge ingo iracema irina irineu irmgard isaac isabeau isidoro isidro isla
issa italo itziar jamal jamila janina jasmin jelena jenaro jessie ji-hoon joaquina jocelia jocelyn jocelyne
jochen joerg joey jonas josh jovelina juarez jule jurandir jutta kagiso kamau karsten katarzyna katerina kathryn
kavita kazimierz kenji kerry kerstin khadija khalid kieran kirsty knut kofi konstantinos kostas krishna
krzysztof kuno kwame kwesi kyle laercio lakshmi larissa latifa laureano lauren leandra lech leocadia leonard
leonhard leonor lewis licia lidia lilian lindiwe lindomar lindsay livio ljiljana loris lorraine lotfi lourival
lucienne lucimar lucrecia ludmila luke luzia lynne lyudmila macarena maelle maelys mahmoud maike mamadou manlio
manoel manoj mansour marceline marcelino marcial mareike marek margaux maria-elena mariam mariama mariangela
maribel marilene marilia marisela marius marjorie martha marwan maura maximino mayra meena mehdi meike mikhail
milan mildred milica mirella miroslav moacir mohan molly morag moussa muriel mustafa myriam nabil nadezhda naima
natasha neha nelly nenad neuza nicanor nicolle nikolai nikos nilda nino nivaldo njeri noemie nomvula nour nuno
obdulia odete odhiambo odilon oksana oleg olena onofre orazio oreste ortwin oskar osmar otieno ottavia ottmar
ousmane owen panagiotis pasquale patrizia paulinho pavel penelope percy perrine phyllis piera piotr placido
porfirio pradeep primitivo priya prudencio quiteria radek rahul raimunda rajesh ramesh rania ravi rebekka
reginald regis reinaldo remy reza rhys ricarda rima rodney rohit rosangela rosely roselyne rosemary rosine ross
roswitha rubem rudiger ruediger saad saida salah salma sami samira sanjay santosh sascha sebastiao segolene
sekou serafin sergei sergey severiano severine severino seydou shanti sidney sigmar sigrid silvestro sipho sita
slawomir slobodan soledad solene sonja sophia spyros stanislav stanley stefanie steffen steffi sung sunil suresh
svenja svetlana tadeo tafadzwa takashi tamara tamsin tanja tarcisio tarek tariq tatyana telmo tendai terence
terezinha thabo thandiwe themba theodora theresa thibaud thorsten tiago tomasa torsten tristan tullio vadim
vanderlei vanna vasco vasilis vasily verena vernon vesna vicenta vijay vikram viktor vilma viola vladimir
vladislav volker waldemar waldir walid wanderley wangari wanjiru wenceslao wiebke wilfred winfried wojciech
wolfram ximena yannis yasmin yassine yesenia yuki yulia yuri zacarias zachary zaira zakaria zanele zbigniew zeca
zelia zeljko zilda zineb zoila zoran
arne birte bjorn carsten dominik enno finn frieda hauke jorn kai kirsten marko marvin merle mia moritz nico niklas noah ronja rupert sonke timo udo wibke
`;

const givenNames: ReadonlySet<string> = new Set(
	names
		.split(/\s+/)
		.filter(Boolean)
		.map((name) => fold(name)),
);

/** The line's first word is a common given name: "Gianluca Galimberti - Cremona", "Loic Caballero sindicalista …". */
export function startsWithGivenName(text: string): boolean {
	const first = fold(text.trim()).split(/[\s,]+/)[0] ?? "";
	return givenNames.has(first) || givenNames.has(first.split("-")[0] ?? "");
}

/** A word that is a common given name ("Rosa" in "Rosa Lucía Autric"). */
export function isGivenName(word: string): boolean {
	return givenNames.has(fold(word));
}

/** "FRANCESCO Casini" read as "Francesco Casini": a given name printed in capitals before the surname. */
export function givenNameCased(text: string): string {
	return text.replace(/^(\p{Lu}{2,})(?=[\s-])/u, (first) =>
		isGivenName(first) ? first.charAt(0) + first.slice(1).toLowerCase() : first,
	);
}
