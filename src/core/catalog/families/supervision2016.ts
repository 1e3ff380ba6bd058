/**
 * Seed 000: "Sociālā dienesta darba uzraudzības nodrošināšana" (Labklājības ministrija, 2016-02-26).
 *
 * Three slides carry ✓ lists, each entry a bold heading followed by a bracketed explanation: the
 * heading is the item, the bracket its guidance (without the brackets). Items 3.6 and 3.7 have no
 * bracket in the seed, so no guidance. The slides "Neatbilstības % pa grupām" (a chart) and
 * "Noderīga informācija" (links) hold no criteria.
 */
import { complianceScale } from "../scales";
import type { SeedSource, Template, TemplateFamily } from "../types";

const source: SeedSource = {
  files: ["000_5a6656297ae693d2.txt"],
  title: "Sociālā dienesta darba uzraudzības nodrošināšana",
  year: 2016,
  publisher: "Labklājības ministrija, Sociālo pakalpojumu kvalitātes kontroles departaments",
};

const uzraudziba2016: Template = {
  id: "uzraudziba-2016",
  version: 1,
  kind: "checklist",
  title: "Sociālā dienesta darba uzraudzības nodrošināšana",
  titleEn: "Ensuring the supervision of the social service's work",
  sheetName: "Uzraudzība 2016",
  family: "supervision2016",
  source,
  scale: complianceScale,
  groups: [
    {
      code: "1",
      // The slide's lead sentence is long for a chart label; the title is its opening words.
      title: "Iekšējās kontroles sistēma",
      description: "Iekšējās kontroles sistēma sastāv no šādiem savstarpēji saistītiem elementiem:",
      items: [
        {
          code: "1.1",
          text: "iestādes darbības plānošana",
          guidance:
            "iestādes mērķi, vērtības, apstiprināti vadības dokumenti (stratēģiskie plāni, gada plāni), sasniedzamie rezultatīvie rādītāji, darbiniekiem noteiktie mērķi",
        },
        {
          code: "1.2",
          text: "kontroles vides izveidošana",
          guidance:
            "atbilstoša struktūra, apstiprināti darbinieku amata apraksti, reglamenti, iekšējās kārtības noteikumi, apstiprinātas ētikas prasības, u.c.",
        },
        {
          code: "1.3",
          text: "risku noteikšana, analīze un novērtēšana",
          guidance: "apzināti iekšējie/ārējie riski, novērtēta riska rašanās varbūtība un ietekme, apzināts iestādes pieņemamais risku līmenis",
        },
        {
          code: "1.4",
          text: "kontroles pasākumu īstenošana",
          guidance: "noteiktas un ieviestas iekšējās procedūras, izveidota sistēma pārskatu sniegšanai, darbinieku novērtēšana u.c. kontroles pasākumi",
        },
        {
          code: "1.5",
          text: "informācijas un saziņas nodrošināšana",
          guidance:
            "darbinieki informēti par iestādes darbību regulējošiem dokumentiem, informācijas aprīte, dokumentu aprītes un uzglabāšanas sistēma, informācijas drošība",
        },
        {
          code: "1.6",
          text: "uzraudzība",
          guidance: "iekšējo kontroļu darbības novērtēšana, trūkumu novēršana, auditu/pārbažu rezultātu izvērtējums u.c.",
        },
      ],
    },
    {
      code: "2",
      title: "Sociālo gadījumu vadīšanas uzraudzība un novērtēšana",
      items: [
        {
          code: "2.1",
          text: "saprotami un precīzi definēti darbinieku pienākumi un atbildība",
          guidance: "atbilstoši faktiski veicamajiem darbiem, profesiju klasifikatoram, struktūrai",
        },
        {
          code: "2.2",
          text: "noteikta vienota pieeja sociālo gadījumu vadīšanā",
          guidance: "noteiktas vienotas veidlapas, norādījumi klienta lietas dokumentēšanai",
        },
        {
          code: "2.3",
          text: "noteikta atbildīgā persona klientu lietu novērtēšanā",
          guidance: "izvērtējot dienesta lielumu, struktūru, kompetences u.c.",
        },
        {
          code: "2.4",
          text: "vienota pieeja sociālā darba procesa novērtējumam",
          guidance: "novērtēšanas kritēriji t.sk. pēc būtības, savlaicīgums, biežums, apjoms, trūkumu novēršana, dokumentēšana",
        },
      ],
    },
    {
      code: "3",
      title: "Kritēriji, vērtējot sociālā gadījuma vadīšanu",
      items: [
        {
          code: "3.1",
          text: "klienta sākotnējās situācijas novērtējums",
          guidance:
            "pamatinformācija par ģimeni un tās locekļiem, iespējamiem riskiem un resursiem ģimenē, sociālā situācija, informācija no iepriekšējās dzīves vietas, citām personām, apsekošana dzīvesvietā, informācijas aktualitāte u.c.",
        },
        {
          code: "3.2",
          text: "problēmas definējums, mērķu noteikšana, konkrēti terminēti uzdevumi, sagaidāmie rezultāti",
          guidance:
            "rehabilitācijas plāns, vienošanās ar klientu, sadarbība ar citām institūcijām, resursu piesaiste, tikšanās regularitāte, risku izvērtējums u.c.",
        },
        {
          code: "3.3",
          text: "sociālās rehabilitācijas plāna realizēšana",
          guidance: "uzdevumu izpilde/ neizpilde, sadarbība ar klientu, ar citām iesaistītajām institūcijām, sarunu/ konsultāciju apraksts",
        },
        {
          code: "3.4",
          text: "novērtējums",
          guidance:
            "novērtēšanas metodes, sociālā gadījuma gaitas vērtējums, t.i. noteikto mērķu izpilde/neizpilde, neizpildes iemesli, klienta sadarbība, motivācija, institucionālā sadarbība, turpmākās darbības, uzraudzības periodiskums u.c.",
        },
        {
          code: "3.5",
          text: "klienta lietas saturiskā kvalitāte",
          guidance: "hronoloģija, izsekojamība, apjomīguma samērīgums, ārējo un iekšējo resursu loģiska piesaiste, savlaicīgi apzināti un novērsti riski u.c.",
        },
        { code: "3.6", text: "lietas noformēšana un uzglabāšana" },
        { code: "3.7", text: "vienotu veidlapu pielietošana" },
      ],
    },
  ],
};

export const supervision2016: TemplateFamily = {
  id: "supervision2016",
  title: "Sociālā dienesta darba uzraudzības nodrošināšana",
  titleEn: "Ensuring the supervision of the social service's work",
  templates: [uzraudziba2016],
};
