/**
 * Seeds 001 and 002: "Darbs ar ģimenēm ar bērniem" (Labklājības ministrija, 2015-04-16), one
 * presentation in two extractions — 001 a markdown rendering, 002 the raw text layer.
 *
 * Which slides are checklist groups. Each slide heading is a group, each bullet an item; slides
 * that share a heading ("Plānošana", twice) form one group. Left out, as they state no requirement
 * an inspector rates:
 * - "Sociālo pakalpojumu sniegšanu regulējošie normatīvie akti" — legal background (a list of laws);
 * - the department's remit and the table of inspections — that table is the register template below;
 * - "Neatbilstības % pa grupām sociālajos dienestos" — a chart with no text;
 * - "Sociālo pakalpojumu un sociālās palīdzības likumā noteiktie … pamatprincipi" and the untitled
 *   slide continuing it (orphans' care, children in institutions) — principles quoted from the law;
 * - "Sociālais darbs ar ģimenēm ar bērniem" — the case-work cycle diagram. The slides after it walk
 *   that cycle (assessment, methods, planning, implementation, evaluation, the case file) and are
 *   what an inspector checks in a case, so they are groups; the arrow caption "sociālā gadījuma
 *   konstatācija, intervences uzsākšana" and 002's "KAS IR ? / KĀPĒC TAS IR" diagram are not items.
 *
 * How texts were taken. A bullet's bold lead and plain explanation are one item text. A slide's lead
 * line that covers all its bullets ("Vadītājs:", "klienta funkcionēšanas spēju novērtēšana:", …) is
 * the group's description. Where a lead bullet has nested ✓ bullets ("informācijas pieejamība …
 * par:"), or where the merged "Plānošana" group has two sub-headings, each nested bullet is an item
 * and the lead is its guidance, so every text stays a verbatim quote. Two non-bullet sentences are
 * items because they state the slide's requirement: the only statement of the "Sociālās problēmas
 * definēšana" slide (7.1) and the closing sentence of "Novērtēšana" (9.4). A trailing ";" (1.1) is
 * dropped. Where the extractions' wording differs, 002 is followed: 001 misplaces "aktivitāšu" (8.1)
 * and spells "reagēšana" (11.3); 002 also has "apjomā" (1.4, 001: "apmērā") and “zirneklis” in
 * curly quotes (6.4).
 */
import { complianceScale, countScale } from "../scales";
import type { Item, SeedSource, Template, TemplateFamily } from "../types";

const source: SeedSource = {
  files: ["001_3b1070481627531a.txt", "002_18e1de23a3a2c1e2.txt"],
  title: "Darbs ar ģimenēm ar bērniem",
  year: 2015,
  publisher: "Labklājības ministrija, Sociālo pakalpojumu kvalitātes kontroles departaments",
};

const item = (code: string, text: string, guidance?: string): Item => (guidance === undefined ? { code, text } : { code, text, guidance });

const INFO_LEAD = "informācijas pieejamība sociālajā dienestā un mājas lapā par:";
const PLAN_LEAD = "sociālās rehabilitācijas/intervences plāns";

const gimenes2015: Template = {
  id: "gimenes-2015",
  version: 1,
  kind: "checklist",
  title: "Darbs ar ģimenēm ar bērniem",
  titleEn: "Work with families with children",
  sheetName: "Ģimenes ar bērniem 2015",
  family: "familiesWithChildren2015",
  source,
  scale: complianceScale,
  groups: [
    {
      code: "1",
      title: "Darbinieku izglītība un kvalifikācija",
      items: [
        item("1.1", "darbinieku skaits (vismaz viens sociālā darba speciālists uz katriem tūkstoš iedzīvotājiem)"),
        item("1.2", "darbinieki ar atbilstošu izglītību (t.sk. attālinātajos punktos)"),
        item(
          "1.3",
          "sociālajiem darbiniekiem darbam ar ģimeni ar bērniem atbilstoša izglītība, un apgūtas speciālās zināšanas un prasmes bērnu tiesību aizsardzības jomā, riska faktoru novērtēšana ģimenēs",
        ),
        item("1.4", "apmācību vajadzību identificēšana un nodrošināšana normatīvajos aktos noteiktajā apjomā (kursi, konferences, semināri u.c.)"),
        item("1.5", "konsultatīvs atbalsts (supervīzija) sociālā darba speciālistiem normatīvajos aktos noteiktā apmērā"),
      ],
    },
    {
      code: "2",
      title: "Pienākumu sadale",
      description: "Vadītājs:",
      items: [
        item("2.1", "nodrošina vienmērīgu un racionālu darba uzdevumu sadali starp darbiniekiem un vērtē darbinieku noslogotību"),
        item(
          "2.2",
          "amata apraksti izstrādāti atbilstoši profesiju klasifikatorā noteiktajam (deleģē darba uzdevumus atbilstoši darbinieka profesionālai kompetencei)",
        ),
        item(
          "2.3",
          "nodrošina iestādē izveidoto regulāru iekšējās kontroles procesu uzraudzību t.sk. darbiniekiem deleģēto pienākumu izpildes uzraudzību un risku vadību",
        ),
        item("2.4", "vērtē klientu apmierinātību ar darbinieku sniegtajiem pakalpojumiem, u.c."),
      ],
    },
    {
      code: "3",
      title: "Telpas, vides pieejamība",
      items: [
        item("3.1", "sociālā darba speciālistiem atbilstoši darba apstākļi privātai, konfidenciālai sarunai ar klientu"),
        item(
          "3.2",
          "personām ar pārvietošanās grūtībām piemērotas dienesta telpas, piem. pie ieejas ēkā izveidota uzbrauktuve, pieejamas speciālistu pieņemšanas telpas, pieejamas un atbilstoši aprīkotas sanitārās telpas",
        ),
      ],
    },
    {
      code: "4",
      title: "Informācijas pieejamība, konfidencialitāte",
      items: [
        item(
          "4.1",
          "ierobežotas pieejamības informācijas uzglabāšana atbilstoši normatīvajos aktos noteiktajiem nosacījumiem par fizisko personu datu aizsardzību",
        ),
        item("4.2", "sociālo pakalpojumu sniedzēja mērķiem, uzdevumiem, funkcijām un organizatorisko struktūru", INFO_LEAD),
        item("4.3", "pašvaldības saistošajiem noteikumiem par sociālajiem pakalpojumiem un sociālo palīdzību", INFO_LEAD),
        item("4.4", "valsts un pašvaldības finansēto sociālo pakalpojumu piedāvājumu un saņemšanas iespējām novada iedzīvotājiem", INFO_LEAD),
        item("4.5", "darbinieku, iestādes vadības pieņemšanas laikiem", INFO_LEAD),
        item("4.6", "iesniegumu, priekšlikumu vai sūdzību iesniegšanas un izskatīšanas kārtību, u.c.", INFO_LEAD),
      ],
    },
    {
      code: "5",
      title: "Klienta situācijas novērtēšana",
      description: "klienta funkcionēšanas spēju novērtēšana:",
      items: [
        item("5.1", "nosaka klienta sociālās, psiholoģiskās un fiziskās funkcionēšanas līmeni"),
        item("5.2", "apzina sociālo faktoru ietekmi uz klienta sociālo funkcionēšanu"),
        item("5.3", "risku novērtējums"),
      ],
    },
    {
      code: "6",
      title: "Novērtēšanas metodes",
      items: [
        item("6.1", "genogramma"),
        item("6.2", "ekokarte"),
        item("6.3", "vides un personas resursu skala (stipro un vājo pušu izvērtējums, iekšējo un ārējo resursu izvērtējums)"),
        item("6.4", "funkcionālās novērtēšanas skala (“zirneklis”)"),
        item("6.5", "pamatvajadzību novērtējums"),
        item(
          "6.6",
          "riska faktoru novērtēšana ģimenēs, kurās ir bērna attīstībai nelabvēlīgi apstākļi (saskaņā ar MK noteikumu Nr. 291 „Prasības sociālo pakalpojumu sniedzējiem” 1.pielikumā minētiem kritērijiem un 2.pielikumā noteikto anketu) u.c.",
        ),
      ],
    },
    {
      code: "7",
      title: "Plānošana",
      items: [
        item("7.1", "Novērtēšanas rezultātā tiek noteiktas problēmas, identificē problēmu cēloņus, būtiskumu", "Sociālās problēmas definēšana"),
        item("7.2", "definēti mērķi, konkrēti, terminēti uzdevumi, sagaidāmie rezultāti un atbildīgais", PLAN_LEAD),
        item("7.3", "vienojas ar klientu par veicamajiem pasākumiem sociālās problēmas atrisināšanai vai mazināšanai", PLAN_LEAD),
        item("7.4", "nosaka sadarbību ar citām institūcijām (bāriņtiesa, policija, skola, slimnīca, u.c.)", PLAN_LEAD),
        item("7.5", "plāno nepieciešamos sociālos pakalpojumus un/vai sociālo palīdzību", PLAN_LEAD),
        item("7.6", "tiek norunāti tikšanās laiki", PLAN_LEAD),
      ],
    },
    {
      code: "8",
      title: "Plāna realizēšana",
      description: "nodrošina sociālā pakalpojuma sniegšanas procesa atspoguļojumu:",
      items: [
        item("8.1", "apliecinājumi par plānoto uzdevumu izpildi/neizpildi (apmeklējumu, aktivitāšu reģistrācija, sarunu protokoli, u.c.)"),
        item("8.2", "klientu motivēšana, izglītošana, konsultēšana"),
        item("8.3", "sadarbība ar citām institūcijām un speciālistiem (bāriņtiesa, policija, skola, slimnīca, sociālo pakalpojumu sniedzēji, psihologs, u.c.)"),
        item("8.4", "speciālistu rekomendāciju ieviešana"),
        item("8.5", "informācija par piešķirtajiem sociālajiem pakalpojumiem vai sociālo palīdzību (nodrošina pakalpojumu piesaisti mainīgās situācijās)"),
      ],
    },
    {
      code: "9",
      title: "Novērtēšana",
      description: "Datu apkopošana, analīze par klienta situācijas izmaiņām un intervences procesa efektivitāti",
      items: [
        item("9.1", "novērtē situācijas izmaiņas"),
        item("9.2", "novērtē sasniegtos/nesasniegtos mērķus"),
        item("9.3", "novērtē klienta sadarbību un motivāciju"),
        item("9.4", "Ar novērtēšanas rezultātiem pamato izmaiņas turpmākajā rehabilitācijas/intervences plānā vai pamato intervences noslēgumu."),
      ],
    },
    {
      code: "10",
      title: "Klienta lieta",
      description:
        "klienta lieta – sociālā darbinieka veidots dokumentu kopums par sociālo gadījumu, kuru izmanto sociālā gadījuma risināšanas gaitā iegūtās informācijas pierakstīšanai, sistematizēšanai",
      items: [
        item("10.1", "saturiska kvalitāte"),
        item("10.2", "izsekojamība"),
        item("10.3", "apjoma samērīgums"),
        item("10.4", "nodrošināta atbilstoša lietas noformēšana un uzglabāšana"),
        item("10.5", "klientam ir tiesības iepazīties ar savas lietas materiāliem"),
      ],
    },
    {
      code: "11",
      // The seed's heading ends in "!!!"; the title keeps its words only.
      title: "Vēršam uzmanību",
      items: [
        item("11.1", "savlaicīgs preventīvais darbs (atbalsta grupas, izglītojoši pasākumi, pasākumi ģimenēm), riska ģimeņu atpazīšana"),
        item("11.2", "krīzes situāciju atpazīšana un neatliekama rīcība ārkārtas situācijās, piem. bērna drošības apdraudējuma gadījumi"),
        item("11.3", "reaģēšana uz būtiskām izmaiņām un to dokumentēšana"),
        item("11.4", "samērīga un pamatota iejaukšanās no dienesta speciālistu puses"),
        item("11.5", "gadījuma vadīšanas pēctecības nodrošināšana"),
        item("11.6", "uzraudzības pasākumu noteikšana pēc gadījuma slēgšanas"),
        item("11.7", "atbalsta pakalpojumu attīstīšana, piem. ģimenes asistenti, atbalsta personas ģimenēm, u.c."),
        item("11.8", "nodrošina iestādē izveidoto regulāru iekšējās kontroles procesu uzraudzību t.sk. sociālā gadījuma vadīšanu"),
      ],
    },
  ],
};

const gimenesParbaudes2015: Template = {
  id: "gimenes-parbaudes-2015",
  version: 1,
  kind: "register",
  title: "Veiktās pārbaudes laika periodā no 2013.-2015.gadam",
  titleEn: "Inspections carried out in 2013–2015",
  sheetName: "Pārbaudes 2013–2015",
  family: "familiesWithChildren2015",
  source,
  scale: countScale,
  groups: [],
  register: {
    // The seed lists the newest period first; the register runs oldest first.
    periods: [
      { code: "2013", label: "2013" },
      { code: "2014", label: "2014" },
      { code: "2015-04", label: "Līdz 01.04.2015." },
    ],
    columns: [
      { key: "planned", header: "plānotās", headerEn: "planned" },
      { key: "unplanned", header: "neplānotās", headerEn: "unplanned" },
      { key: "documents", header: "Dokumentu pārbaudes", headerEn: "document checks" },
    ],
    totalHeader: "Pārbaužu skaits",
  },
};

export interface InspectionCounts {
  readonly planned: number;
  readonly unplanned: number;
  readonly documents: number;
  readonly total: number;
}

/**
 * The seed's table, for demonstration data and for checking a merge against the ministry's own
 * figures. Keys are the register's period codes, plus `total` for the "Kopā:" row; "-" is 0.
 */
export const inspectionRegisterSeedFigures: Readonly<Record<"2013" | "2014" | "2015-04" | "total", InspectionCounts>> = {
  "2013": { planned: 5, unplanned: 6, documents: 13, total: 24 },
  "2014": { planned: 10, unplanned: 1, documents: 9, total: 20 },
  "2015-04": { planned: 3, unplanned: 1, documents: 0, total: 4 },
  total: { planned: 18, unplanned: 8, documents: 22, total: 48 },
};

export const familiesWithChildren2015: TemplateFamily = {
  id: "familiesWithChildren2015",
  title: "Darbs ar ģimenēm ar bērniem",
  titleEn: "Work with families with children",
  templates: [gimenes2015, gimenesParbaudes2015],
};
