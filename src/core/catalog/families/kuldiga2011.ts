/**
 * Kuldīga municipality (seed 003_ac304a74f4a29310.txt): the 2010–2011 quality assessment of
 * social-service providers, the survey of service recipients, and the 2012–2014 action plan.
 *
 * Quality assessment: the seed says the form was built "katram kritērijam izstrādājot
 * kontroljautājumus", but it never lists those control questions nor describes a criterion — it
 * only names the ten criteria in one sentence. So each criterion is one group holding one item
 * whose text is the criterion's own wording: the provider rates the criterion as a whole, which is
 * also the figure the seed reports ("vērtējums pa kritērijiem"). The criteria keep the seed's
 * lower case, because that is how the seed writes them.
 *
 * Survey: the seed reports the answers in running prose, not as a questionnaire, so the options
 * are the seed's own words for each answer, cut to the answer itself.
 *
 * Action plan: the extraction lost one empty year column on the page that holds actions
 * 2.1.5–3.3.1 (four tab fields instead of five). There the mark stands in the first year column,
 * read as 2012 — the same column in which "pastāvīgi" and the neighbouring "Izstrādāt kārtību …"
 * actions (2.1.3, 2.1.4, 3.3.3) stand on the adjacent pages.
 */
import type { Group, Item, SeedSource, Template, TemplateFamily } from "../types";
import { actionStatusScale, countScale, quality1to5Scale } from "../scales";

const SEED_FILE = "003_ac304a74f4a29310.txt";
const FAMILY_ID = "kuldiga2011";

/** The plan's own heading, verbatim. */
const DOCUMENT_TITLE = "KULDĪGAS NOVADA SOCIĀLO PAKALPOJUMU KVALITĀTES UZLABOŠANAS PLĀNS 2012.-2014.gadam";

const source: SeedSource = {
  files: [SEED_FILE],
  title: DOCUMENT_TITLE,
  // The document is undated: the assessment ended in February 2011 and the plan starts in 2012.
  year: 2011,
  // The document names no author; this is the body it charges with overseeing the plan.
  publisher: "Kuldīgas novada pašvaldības aģentūra „Sociālais dienests”",
};

// ---------------------------------------------------------------------------------------------
// a. Quality assessment, 1–5

/** The ten criteria, in the order of the seed's sentence "… tika ņemti vērā 10 kritēriji: …". */
const CRITERIA: readonly string[] = [
  "pakalpojumu pieejamība",
  "klientu informētība",
  "klientu apmierinātība",
  "vides pieejamība",
  "konfidencialitāte",
  "ar klientu saistītās informācijas uzglabāšana",
  "informācijas/dokumentu aprīte",
  "sadarbība",
  "metodika",
  "profesionalitāte",
];

const assessment: Template = {
  id: "kuldiga-kvalitate-2011",
  version: 1,
  kind: "assessment",
  title: "Kvalitātes novērtēšanas veidlapa",
  titleEn: "Quality assessment form (Kuldīga, 2011)",
  sheetName: "Kuldīga kvalitāte 2011",
  family: FAMILY_ID,
  source,
  scale: quality1to5Scale,
  groups: CRITERIA.map((criterion, i) => ({
    code: String(i + 1),
    title: criterion,
    items: [{ code: `${i + 1}.1`, text: criterion }],
  })),
};

// ---------------------------------------------------------------------------------------------
// b. Survey of service recipients

const survey: Template = {
  id: "kuldiga-aptauja-2011",
  version: 1,
  kind: "survey",
  // The seed writes "sociālo pakalpojumu saņēmēju aptauja" in running text; only the initial is raised.
  title: "Sociālo pakalpojumu saņēmēju aptauja",
  titleEn: "Survey of social-service recipients (Kuldīga, 2010–2011)",
  sheetName: "Kuldīga aptauja 2011",
  family: FAMILY_ID,
  source,
  scale: countScale,
  groups: [
    {
      code: "A",
      // The title of the seed's 2nd diagram, which charts this question.
      title: "sociālo pakalpojumu saņēmēju apmierinātība ar Kuldīgas novadā saņemtajiem sociālajiem pakalpojumiem",
      items: [
        { code: "A.1", text: "ļoti lielu apmierinātību" },
        { code: "A.2", text: "apmierinātību" },
        { code: "A.3", text: "drīzāk apmierināti" },
        { code: "A.4", text: "neapmierināti" },
        // "nezīn" is the seed's spelling.
        { code: "A.5", text: "nezīn - ir apmierināti vai nav" },
      ],
    },
    {
      code: "B",
      // The title of the seed's 3rd diagram; respondents could mark several views.
      title: "Sociālo pakalpojumu ietekme uz to saņēmējiem",
      items: [
        { code: "B.1", text: "saņemtie sociālie pakalpojumi ir atbalstījuši un veicinājuši viņu problēmu risināšanu" },
        { code: "B.2", text: "ir informēti par sociālajiem pakalpojumiem un zina, kur savlaicīgi meklēt palīdzību" },
        { code: "B.3", text: "ir kļuvuši aktīvāki, zina savas tiesības un iespējas" },
        { code: "B.4", text: "ir kļuvuši atvērtāki un veic līdzdarbības pienākumus" },
        { code: "B.5", text: "tie tomēr nav spējuši viņus ietekmēt un palīdzēt" },
        // The seed counts one respondent under it ("Viens respondents ir paudis citu viedokli").
        { code: "B.6", text: "citu viedokli" },
      ],
    },
  ],
  survey: { multiChoice: ["B"] },
};

/**
 * The survey's and the assessment's figures as the seed states them (section 1), for demonstration
 * data and for checking a rebuilt summary against the published one. Percentages are as printed.
 */
export const kuldigaSurveySeedFigures = {
  /** "Sociālo pakalpojumu saņēmēju aptaujā piedalījās 178 respondenti." */
  respondents: 178,
  /** Shares of all respondents by answer of question A; the seed rounds, so they sum to 98, not 100. */
  satisfaction: { "A.1": 29, "A.2": 50, "A.3": 13, "A.4": 3, "A.5": 3 },
  /** "pārsvarā (92%) … paūž apmierinātību": A.1 + A.2 + A.3. */
  satisfiedPct: 92,
  /** "kopējais Kuldīgas novada sociālo pakalpojumu kvalitātes vērtējums atbilst 3,6 punktiem". */
  overallScore: 3.6,
  /** "Sociālo pakalpojumu novērtēšanā piedalījās 26 Kuldīgas novada sociālo pakalpojumu sniedzēji". */
  providers: 26,
  /** Question B, analysed over the satisfied respondents only ("no kopumā apmierināto respondentu atbildēm"). */
  impact: {
    /** "Vienu konkrētu viedokli … ir pauduši 61%." */
    oneViewPct: 61,
    /** Shares of those 61 %: "No šiem respondentiem 50% … 39% … 3% … 3% … bet 2% …". */
    oneView: { "B.1": 50, "B.2": 39, "B.3": 3, "B.4": 3, "B.5": 2 },
    /** "Viens respondents ir paudis citu viedokli" — a head count, not a percentage. */
    oneViewOtherRespondents: 1,
    /** "39% respondenti atzīmējuši vairākus pozitīvos viedokļus". */
    severalViewsPct: 39,
    /** Shares of those 39 %: B.1 and B.2 together 73 %, three views 16 %, all four positive views 11 %. */
    severalViews: { twoDominant: 73, threeViews: 16, allFourViews: 11 },
  },
} as const;

// ---------------------------------------------------------------------------------------------
// c. Action plan 2012–2014 ("7.RĪCĪBAS PLĀNS")

/** A year column of the plan, or no year: "Atsevišķām rīcībām termiņš netiek dots … pastāvīgi". */
export type KuldigaDeadline = "2012" | "2013" | "2014" | "pastāvīgi";

/** The plan's footnote to the starred task 9.5 and actions 6.2.1, 6.4.1. */
const ONLY_SOCIAL_SERVICE = "Uzdevums vai rīcības ir saistošas tikai p/a „Kuldīgas sociālais dienests”";

function a(code: string, deadline: KuldigaDeadline, text: string, guidance?: string): Item {
  return guidance === undefined ? { code, text, deadline } : { code, text, deadline, guidance };
}

function task(code: string, title: string, items: readonly Item[], description?: string): Group {
  return description === undefined ? { code, title, items } : { code, title, description, items };
}

const areas: readonly Group[] = [
  {
    code: "1",
    title: "Resursi",
    groups: [
      task("1.1", "Veicināt finanšu lietderīgu izmantošanu un atbilstību sniegtā pakalpojuma kvalitātei", [
        a("1.1.1", "2012", "ieviest praksi veikt pierādāmu finanšu izdevīguma aprēķinu, plānojot pakalpojuma attīstīšanu vai pirkšanu"),
        a("1.1.2", "2013", "Izstrādāt pakalpojumu finansēšanas kārtību ārpakalpojumiem"),
        a(
          "1.1.3",
          "2013",
          "Sadarbības/pakalpojumu līgumos iekļaut sadaļu par sagaidāmajiem rezultātiem attiecībā pret klientu un rezultātu izvērtēšanas kārtību",
        ),
        a("1.1.4", "2012", "Noteikt vienlīdzīgus principus sniegto pakalpojumu finansēšanai"),
        a(
          "1.1.5",
          "pastāvīgi",
          "Izvērtēt un noteikt finanšu ieguves veidus (pakalpojumu nodrošināšanai, attīstīšanai, speciālistu piesaistei), paredzot konkrētas darbības to izmantošanai 1x gadā",
        ),
      ]),
      task("1.2", "Nodrošināt materiāltehnisko resursu atbilstību kvalitatīvai pakalpojumu sniegšanai", [
        a("1.2.1", "pastāvīgi", "Uzskaitīt kvalitatīva pakalpojuma sniegšanai nepieciešamos materiāltehniskos palīg līdzekļus (1x gadā)"),
        a("1.2.2", "pastāvīgi", "Paredzēt finansējumu materiāltehnisko resursu iegādei (1x gadā)"),
        a("1.2.3", "pastāvīgi", "Noteikt atbildīgo par materiāltehnisko resursu, uzraudzību un funkcionēšanu"),
      ]),
      // The seed lists 1.3.2 before 1.3.1; its codes are kept and the rows follow the codes.
      task(
        "1.3",
        "Sabalansēt cilvēkresursus ar deleģētām funkcijām, labas prakses principiem un normatīvajos aktos noteiktajām prasībām sociālo pakalpojumu sniedzējiem",
        [
          a("1.3.1", "2013", "Nodrošināt atbilstošu sociālā darba speciālistu skaitu, kvalitatīvu pakalpojumu sniegšanai"),
          a("1.3.2", "2012", "Veikt cilvēkresursu plānošanu, paredzot nepieciešamo speciālistu skaitu kvalitatīvu pakalpojumu sniegšanai"),
          a("1.3.3", "pastāvīgi", "Veikt esošā personāla amatu un pienākumu analīzi (vismaz 1 x divos gados)"),
        ],
      ),
      task("1.4", "Nodrošināt efektīvu laika resursu izmantošanu", [
        a("1.4.1", "pastāvīgi", "Plānošanu ieviest kā praksi darba organizēšanai un sociālo pakalpojumu attīstīšanai"),
        a("1.4.2", "pastāvīgi", "Pārskatīt iespējas samazināt iekšējo birokrātiju (vismaz 1x gadā)"),
      ]),
    ],
  },
  {
    code: "2",
    title: "Klientu informētība un atgriezeniskā saite",
    groups: [
      task("2.1", "Nodrošināt klientu informētību par citiem Kuldīgas novadā pieejamiem sociālajiem pakalpojumiem un to saņemšanas iespējām", [
        a("2.1.1", "pastāvīgi", "Izstrādāt klientu informēšanas plānu (1 x gadā)"),
        a("2.1.2", "pastāvīgi", "Ieviest informatīvās dienas klientiem (1 x gadā)"),
        a("2.1.3", "2012", "Izstrādāt kārtību par to, kā konsultējams un informējams pirmreizējais klients"),
        // "(pastāvīgi)" is part of the action's text; the plan still marks the 2012 column.
        a("2.1.4", "2012", "Ieviest praksi, piedāvājot sociālo pakalpojumu, informēt klientu par sagaidāmajiem rezultātiem, saņemot pakalpojumu (pastāvīgi)"),
        a(
          "2.1.5",
          "pastāvīgi",
          "Izvietot informāciju ar novada sociālo pakalpojumu klāstu, kontaktiem, pakalpojuma satura atspoguļojumu sociālo pakalpojumu sniedzēju telpās",
        ),
        a("2.1.6", "2012", "Nodrošināt iespēju saņemt informāciju vieglā valodā, kā arī saņemt zīmju tulka pakalpojumus (pastāvīgi)"),
        a("2.1.7", "2012", "Izgatavot informatīvos bukletus par sniegtajiem pakalpojumiem (aktualizēt pēc vajadzības)"),
        a("2.1.8", "pastāvīgi", "Nodrošināt pieejamu informāciju klientiem par viņu tiesībām un pienākumiem (informācijas stendi, informatīvie materiāli)"),
        a(
          "2.1.9",
          "2012",
          "Izstrādāt kārtību par to, kā informējams klients par viņa gadījuma/lietas virzīšanas gaitu un apelācijas iespējām (aktualizēt pēc vajadzības)",
        ),
      ]),
      task("2.2", "Veikt sabiedrības informēšanas pasākumus sociālo pakalpojumu jomā", [
        a("2.2.1", "2012", "Izveidot pakalpojuma sniedzēja mājas lapu vai informatīvu sadaļu tīmekļa vietnē www.kuldiga.lv"),
        a("2.2.2", "pastāvīgi", "Nodrošināt regulāru informācijas aktualizēšanu tīmekļa vietnē (vismaz 2 x gadā,)"),
        a("2.2.3", "pastāvīgi", "Publicēt statistiku, tendences, attīstības iespējas par sniegtajiem sociālajiem pakalpojumiem (1x gadā)"),
        a("2.2.4", "pastāvīgi", "Realizēt klientu forumu, kura mērķis būtu analizēt sociālā pakalpojuma atbilstību klientu vajadzībām (1x gadā)"),
        a("2.2.5", "pastāvīgi", "Sniegt informāciju vietējiem medijiem par sociālā pakalpojuma sniedzēja darbību (vismaz 1x ceturksnī)"),
      ]),
    ],
  },
  {
    code: "3",
    title: "Klientu apmierinātība",
    groups: [
      task("3.1", "Veikt klientu apkalpošanas uzlabošanas pasākumus", [
        a("3.1.1", "pastāvīgi", "Nodrošināt klientam pieejamu, pieņemšanas laiku"),
        a("3.1.2", "pastāvīgi", "Iespēju robežās saīsināt pakalpojuma pieprasīšanas un gaidīšanas laiku"),
        a("3.1.3", "pastāvīgi", "Nodrošināt darbinieku atpazīstamību (piemēram, informatīvās piespraudes, norādes)"),
        a("3.1.4", "pastāvīgi", "Iespēju robežās, dot klientam iespēju izvēlēties konsultāciju laikus un speciālistus (Sociāla gadījuma vadītājus)"),
        a("3.1.5", "2012", "Izstrādāt kārtību, kā tiek novērtēta, analizēta un veikta klientu apkalpošana"),
      ]),
      task("3.2", "Nodrošināt ērtu un klientam saprotamu pakalpojuma saņemšanu", [
        a(
          "3.2.1",
          "2012",
          "Izstrādāt kārtību (noteikumus), kādā klientam ir iespēja saņemt noteikta veida pakalpojumus, izslēdzot iespēju neobjektīvi vērtēt klienta vajadzības",
        ),
        a("3.2.2", "pastāvīgi", "Nodrošināt iespēju klientam iepazīties ar viņa lietā esošajiem datiem"),
        a("3.2.3", "2012", "Noteikt pakalpojuma saņemšanas ilgumu, lai mazinātu iespēju veidoties ilgstošo klientu lokam"),
      ]),
      // The task's title and action 3.3.1 both run over a page break; each is joined from its two lines.
      task("3.3", "Iesaistīt klientus pakalpojumu novērtēšanā, plānošanā un attīstīšanā", [
        a("3.3.1", "2012", "Noteikt veidu, kā klients ar atsauksmēm, priekšlikumiem var ietekmēt sniegtos pakalpojumus"),
        a("3.3.2", "pastāvīgi", "Veikt anonīmu aptauju par klientu apmierinātību un vajadzībām (1 x gadā)"),
        a("3.3.3", "2012", "Izstrādāt un apstiprināt sūdzību, t.sk., mutisko sūdzību, pieņemšanas, reģistrēšanas un izskatīšanas kārtību"),
        a("3.3.4", "pastāvīgi", "Nodrošināt klientu sūdzību (oficiālo, neoficiālo, lēmumu pārsūdzību) analīzi (1x gadā)"),
        a("3.3.5", "2013", "Izstrādāt un apstiprināt klientu aizsardzības kārtību klientu sūdzību gadījumos"),
        a("3.3.6", "2013", "Ieviest praksi tikties ar neapmierinātajiem klientiem (2 x gadā)"),
        a("3.3.7", "2014", "Izveidot konsultatīvo padomi"),
      ]),
    ],
  },
  {
    code: "4",
    title: "Pakalpojuma/ vides pieejamība",
    groups: [
      task(
        "4.1",
        "Veicināt sociālo pakalpojumu sniedzēju apkārtējās vides pieejamību un telpu pieejamību t.sk. uzgaidāmās telpas, tualetes, telpas mazuļu aprūpei konsultāciju telpas, u.tml.",
        [
          a("4.1.1", "2013", "Ierīkot autostāvietas cilvēkiem ar invaliditāti"),
          a("4.1.2", "2013", "Nodrošināt netraucētu pārvietošanos sociālo pakalpojumu sniedzēja teritorijā"),
          a("4.1.3", "2014", "Ierīkot uzbrauktuves, iekļūšanai ēkās"),
          a("4.1.4", "2013", "Nodrošināt telpu pielāgošanu klientiem ar funkcionāliem traucējumiem"),
          a("4.1.5", "2013", "Nodrošināt atbilstošas sanitārās telpas klientiem ar funkcionāliem traucējumiem, kā arī vecākiem ar mazuļiem"),
          a("4.1.6", "2014", "Nodrošināt telpu mazuļu aprūpei"),
          a("4.1.7", "2013", "Nodrošināt universālo dizainu cilvēkiem ar redzes traucējumiem"),
          a("4.1.8", "2012", "Nodrošināt telpās viegli uztveramas norādes cilvēkiem ar dzirdes traucējumiem vai uztveres traucējumiem"),
          a("4.1.9", "2014", "Nepieciešamības gadījumā ierīkot liftus, pacēlājus"),
        ],
      ),
    ],
  },
  {
    code: "5",
    title: "Konfidencialitāte",
    groups: [
      task("5.1", "Nodrošināt konfidencialitātes ievērošanu", [
        a("5.1.1", "2012", "Izstrādāt organizācijas konfidencialitātes principus, kas ir saistoši sociālo pakalpojumu sniedzēju darbiniekiem"),
        a(
          "5.1.2",
          "2012",
          "Ierobežot dažādu klientu satikšanos uzgaidāmās vai sarunu telpās (piemēram, noteikt atšķirīgus klientu konsultēšanas laikus vai ieviest „divu durvju” principu)",
        ),
        a("5.1.3", "2013", "Nodrošināt individuālo konsultāciju telpu"),
        a("5.1.4", "2012", "Izstrādāt konfidencialitātes principus, kas jāievēro sadarbojoties nozares profesionāļiem"),
        a("5.1.5", "pastāvīgi", "Nodrošināt iespēju klientam konsultēties anonīmi"),
      ]),
      // The task's title runs over a page break; joined from its two lines.
      task(
        "5.2",
        "Ieviest pasākumus, kas ierobežotu sociālā darba speciālistu subjektīvā lēmuma pieņemšanu, informācijas interpretāciju, kas var pasliktināt klienta stāvokli",
        [
          a("5.2.1", "2012", "Noteikt veidus, kurus nevar izmantot informācijas iegūšanai un lēmumu pieņemšanai, sniedzot pakalpojumu"),
          a(
            "5.2.2",
            "pastāvīgi",
            "Strīdīgu jautājumu gadījumā lēmuma pieņemšanā iesaistīt vairākus speciālistus (komisija, starpprofesionāļu komanda, speciālisti)",
          ),
        ],
      ),
    ],
  },
  {
    code: "6",
    title: "Informācijas/ dokumentu aprīte",
    groups: [
      task("6.1", "Nodrošināt efektīvu informācijas apriti, ievērojot konfidencialitāti", [
        a(
          "6.1.1",
          "2012",
          "Izstrādāt instrukcijas informācijas, dokumentu aprītei, saskaņojot to ar „konfidencialitātes” un klientu lietu uzglabāšanas/kārtošanas principiem",
        ),
        a("6.1.2", "2013", "Noteikt kontroles mehānismu informācijas aprītei, t.sk. laicīgumam, stilam, konfidencialitātei iestādē"),
        a(
          "6.1.3",
          "2012",
          "Noteikt prasības elektroniskās informācijas aizsardzībai un konfidencialitātei iestādē, t.sk. paroles, interneta resursu ierobežojums, elektronisko datu kopēšanas iespēju ierobežojums, datora izmantošanas ierobežojums citām personām",
        ),
        a("6.1.4", "2012", "Noteikt (reglamentēt) konfidencialās informācijas atspoguļošanas veidu vēstulēs (citām institūcijām), ziņojumos, medijos"),
      ]),
      task("6.2", "Veicināt efektīvu ārējo komunikāciju", [
        a("6.2.1", "2013", "Izstrādāt informācijas aprītes kārtību starp visiem novada sociālo pakalpojumu sniedzējiem, speciālistiem", ONLY_SOCIAL_SERVICE),
        a("6.2.2", "pastāvīgi", "Rīkot darbinieku apmācības par izmaiņām dokumentu noformēšanā un sagatavošanā"),
        a("6.2.3", "2012", "Noteikt kārtību komunikācijai ar medijiem"),
      ]),
      task("6.3", "Veicināt sadarbības partneru informācijas apmaiņu", [
        a(
          "6.3.1",
          "2013",
          "Ieviest praksi informēt sadarbības partnerus par sociālo pakalpojumu sniedzēja darbu, izstrādājot sadarbības partneru informēšanas pasākumu gada plānu",
        ),
        a(
          "6.3.2",
          "2013",
          "Ieviest praksi organizēt tikšanās ar mērķi informēt sadarbības partnerus par metodikām, pieejām, funkcijām, kopīgiem un atšķirīgiem mērķiem darbā ar klientu, sadarbības formām un pieejām (vismaz 1x gadā)",
        ),
        a("6.3.3", "2014", "Ieviest praksi rīkot kopīgus pieredzes apmaiņas pasākumus"),
      ]),
      task("6.4", "Attīstīt veiksmīgu starpprofesionālo un starpinstitucionālo sadarbību", [
        a(
          "6.4.1",
          "2013",
          "Izstrādāt Kuldīgas novadā vienotu gadījumu risināšanas kārtību, kādā tiek organizēta sadarbība ar pašvaldībā esošajām institūcijām, nodrošinot funkciju nepārklāšanos.",
          ONLY_SOCIAL_SERVICE,
        ),
        a("6.4.2", "2013", "Slēdzot sadarbības līgumus, iekļaut kompetenču robežas"),
        a(
          "6.4.3",
          "2012",
          "Noteikt kārtību sadarbībai ar labdarības organizācijām, sabiedrības informēšanas kampaņu un akciju rīkotājiem, projektu realizētājiem",
        ),
        a("6.4.4", "2014", "Noteikt ārējās sadarbības izvērtēšanas veidu/kārtību"),
      ]),
    ],
  },
  {
    code: "7",
    title: "Ar klientu saistītās informācijas uzglabāšana un apstrādāšana",
    groups: [
      task("7.1", "Nodrošināt ar pakalpojuma sniegšanu klientam saistītās dokumentācijas uzglabāšanu", [
        a(
          "7.1.1",
          "2012",
          "Noteikt klientu lietas kārtošanas un datu uzskaites un uzglabāšanas kārtību, nodrošinot gadījuma risināšanas gaitas atspoguļošanu un izsekojamību",
        ),
        a("7.1.2", "2012", "Izvērtēt un noteikt klienta lietā obligāti uzglabājamus dokumentu veidus, kas ir nepieciešami tiešā darba veikšanai"),
        a("7.1.3", "2012", "Noteikt kārtību, kā tiek izstrādātas un apstiprinātas ar klienta gadījuma risināšanu izmantojamās veidlapas"),
        a("7.1.4", "2013", "Noteikt pakalpojumu veidus, kuriem nepieciešams šifrēt klientu lietas"),
      ]),
      task("7.2", "Nodrošināt elektronisko datu bāžu izmantošanu klientu datu uzglabāšanā un apstrādē", [
        a("7.2.1", "2013", "Izvērtēt jau esošo datu uzglabāšanas un uzskaites programmu atbilstību un pilnveidot to"),
        a("7.2.2", "2013", "Nodrošināt apmācības darbam ar elektroniskajām datu uzglabāšanas un uzskaites programmām"),
        a("7.2.3", "2014", "Ieviest vismaz vienu elektronisko datu uzglabāšanas un uzskaites programmu"),
      ]),
    ],
  },
  {
    code: "8",
    title: "Metodika",
    groups: [
      task("8.1", "Veicināt noteiktas metodikas ieviešanu un izmantošanu sociālo pakalpojumu sniegšanā", [
        a(
          "8.1.1",
          "2012",
          "Izstrādāt profesionālajam standartam, klientu mērķa grupai, sniegtajiem sociālajiem pakalpojumiem un to mērķiem atbilstošu metodisko materiālu, iekļaujot izmantojamo pieeju, metožu un veidlapu aprakstu(pamatojumu) Metodikas izstrāde tiek ņemta vērā klientu vajadzību un apmierinātības analīzi",
        ),
        a(
          "8.1.2",
          "2013",
          "Nodrošināt izstrādātās metodikas pieejamību sociālā darba speciālistiem, metodikas izmantošanu praksē, metodisko pēctecību darbinieku maiņas vai jauna darbinieka pieņemšanās gadījumos",
        ),
      ]),
      task("8.2", "Veicināt jaunu metožu apgūšanu un ieviešanu praksē", [
        a(
          "8.2.1",
          "pastāvīgi",
          "Nodrošināt iespēju darbiniekiem, vismaz 20 stundas gadā, apgūt jaunas sociālā darba pieejas, metodes vai saņemt atbalstu esošo metožu aprobācijā/pilnveidē",
        ),
        a("8.2.2", "pastāvīgi", "Nodrošināt jaunākās profesionālās literatūras pieejamību"),
        a(
          "8.2.3",
          "2013",
          "Ieviest praksi 1 x gadā organizēt metodiskās dienas, kuru ietvaros aprobē, analizē un diskutē par darba pieeju un metožu pilnveides pasākumiem",
        ),
      ]),
      task("8.3", "Nodrošināt regulāru metodikas uzraudzības veikšanu", [
        a("8.3.1", "2014", "Izstrādāt metodikas izvērtēšanas kārtību"),
        a("8.3.2", "2014", "1 x gadā veikt metodikas aktualizēšanu, iesaistot pakalpojuma sniedzēja sociālā darba speciālistus"),
      ]),
    ],
  },
  {
    code: "9",
    title: "Profesionalitāte",
    groups: [
      task("9.1", "Uzlabot sociālā darba profesionalitāti Kuldīgas novadā", [
        a("9.1.1", "2013", "Izstrādāt darbinieku profesionalitātes izvērtēšanas kārtību"),
        a("9.1.2", "2014", "Katram pakalpojumu sniedzējam nodrošināt vismaz vienu sociālā darba speciālistu"),
        a("9.1.3", "2013", "Izstrādāt un ieviest pakalpojumu sniedzēja ētikas kodeksu, paredzot atbildību par tā ievērošanu"),
      ]),
      task("9.2", "Ieviest profesionālam standartam un klientu vajadzībām atbilstošus kvalifikācijas paaugstināšanas pasākumus sociālā darba speciālistiem", [
        a(
          "9.2.1",
          "2013",
          "Noteikt speciālistu profesionālās pilnveides vajadzību noteikšanas metodes (aptauja, mutiski, rakstiski priekšlikumi, prasmju pašnovērtējums)",
        ),
        a("9.2.2", "2013", "Izstrādāt ikgadēju profesionālās pilnveides plānu"),
        a(
          "9.2.3",
          "2013",
          "Organizācijā noteikt atbildīgo par darbinieku profesionālo izaugsmi un pilnveidi (izstrādi un ieviešanu), kurš seko un realizē iestādes profesionālās pilnveides plānam",
        ),
        a("9.2.4", "2013", "Nodrošināt apmācības darbam ar specifiskām klientu grupām"),
        a("9.2.5", "2013", "Ieviest praksi organizēt „labās prakses” dienas (vismaz 1x gadā)"),
      ]),
      task("9.3", "Izstrādāt un realizēt mērķtiecīgu atbalsta programmu darbiniekiem, lai mazinātu profesionālo izdegšanu", [
        a("9.3.1", "2012", "Noteikt metodes ikgadējai personāla izdegšanas riska novērtēšanai"),
        a("9.3.2", "pastāvīgi", "Nodrošināt grupu un individuālās supervīzijas"),
        a("9.3.3", "pastāvīgi", "Nodrošināt sociālpsiholoģiskos treniņus pozitīvas komunikācijas un saskarsmes uzlabošanai 1x gadā"),
        a("9.3.4", "pastāvīgi", "Nodrošināt psihosociālos atbalsta pasākumus (vismaz 2x gadā)"),
        a("9.3.5", "2013", "Ieviest praksi veikt darbinieku rotāciju"),
      ]),
      task("9.4", "Daudzveidot profesionālās jomas darbību", [
        a("9.4.1", "pastāvīgi", "Veikt pieredzes apmaiņu pie citiem pakalpojumu sniedzējiem ārpus novada teritorijas (1x gadā)"),
        a(
          "9.4.2",
          "pastāvīgi",
          "Iepazīties un ieviest praksē vismaz 1 jaunu sociālā darba metodi vai pieeju atbilstoši sniegtajam pakalpojuma veidam (1 x 2 gados)",
        ),
        a("9.4.3", "pastāvīgi", "Izvērtēt esošo pakalpojumu organizēšanas atbilstību jomas aktualitātēm un klientu vajadzībām (1x gadā)"),
      ]),
      // The whole task is starred, so the footnote binds each of its actions as well.
      task(
        "9.5",
        "Ieviest daudzpusīgu sociālo pakalpojumu sniedzēju kvalitātes izvērtēšanas modeli",
        [
          a(
            "9.5.1",
            "2012",
            "Izveidot un realizēt kvalitātes vadības un uzraudzības modeli atbilstoši noteiktajiem „kvalitātes kritērijiem”",
            ONLY_SOCIAL_SERVICE,
          ),
          a(
            "9.5.2",
            "pastāvīgi",
            "Aktualizēt noteiktos kvalitātes kritērijus atbilstoši jaunākajām sociālās jomas tendencēm un „labās prakses” piemēriem (1x gadā)",
            ONLY_SOCIAL_SERVICE,
          ),
          a("9.5.3", "2014", "Nodrošināt neatkarīga eksperta iesaistīšanu pakalpojuma sniedzēja kvalitātes novērtēšanā", ONLY_SOCIAL_SERVICE),
        ],
        ONLY_SOCIAL_SERVICE,
      ),
    ],
  },
];

const actionPlan: Template = {
  id: "kuldiga-ricibas-plans-2012",
  version: 1,
  kind: "actionPlan",
  title: "RĪCĪBAS PLĀNS",
  titleEn: "Action plan 2012–2014 (Kuldīga)",
  sheetName: "Rīcības plāns 2012–2014",
  family: FAMILY_ID,
  source,
  scale: actionStatusScale,
  groups: areas,
};

export const kuldiga2011: TemplateFamily = {
  id: FAMILY_ID,
  title: DOCUMENT_TITLE,
  titleEn: "Kuldīga municipality: social-service quality improvement plan 2012–2014",
  templates: [assessment, survey, actionPlan],
};
