import { practice1to5Scale } from "../scales";
import type { Group, TemplateFamily } from "../types";

/**
 * Annex 3 of the 2023 self-assessment methodology (seed 004): the base standard's five enabler
 * criteria, their sub-criteria and the practices characterising excellence.
 *
 * Practices the seed marks "Šī prakse bāzes standartā nav iekļauta" belong to the optimal standard
 * and are left out, so the item codes have gaps (1.1.1, 1.1.4, …) — the gaps keep the seed's own
 * codes, which an assessor can look up in the methodology. Where the extraction lists 5.1.1 and
 * 5.1.2 twice, the occurrence with a text is the practice.
 *
 * Criterion titles are the seed's all-capital headings in sentence case (none of their words is a
 * proper noun). Criterion 2's capitals read "STRATĒGIJA", the cedilla of Ģ lost; the title spells
 * "Stratēģija" as the seed's running text does ("Stratēģijas izstrādē"), so the letter restored is
 * the document's own. Footnote markers (¹ … ⁵) are dropped: the footnotes are remarks on the
 * standard, not part of a practice. Three texts (4.5.2, 5.3, 5.3.1) are split in the extraction by
 * a page break or by the neighbouring table cell; they are joined here.
 * The seed's slips ("attīstīta", "rezultātos rādītājus", "uzklauššanas") are kept: the texts are the
 * ministry's, quoted, and a corrected copy would no longer match the published methodology.
 */
const criteria: readonly Group[] = [
  {
    code: "1",
    title: "Līderība",
    description:
      "Raksturo sociālā dienesta vadītāja lomu un rīcību sociālā dienesta vadībā un attīstībā, attiecību vadīšanā ar iekšējām un ārējām ieinteresētajām pusēm, dienesta publicitātes veidošanā.",
    groups: [
      {
        code: "1.1",
        title: "Vadītājs nosaka sociālā dienesta attīstības virzienu un nodrošina tā komunikāciju dienesta darbiniekiem un citām ieinteresētajām pusēm.",
        items: [
          {
            code: "1.1.1",
            text: "Vadītājs seko līdzi aktualitātēm un izmaiņām valsts un pašvaldības labklājības un saistīto nozaru politikās, inovācijām sociālajā darbā; atbilstoši tām nosaka un periodiski aktualizē sociālā dienesta attīstības kursu.",
          },
          {
            code: "1.1.4",
            text: "Vadītājs plāno un īsteno komunikācijas pasākumus, lai radītu skaidru un vienotu izpratni visām ieinteresētajām pusēm (darbinieki, klienti, iedzīvotāji, sadarbības partneri, valsts un pašvaldības pārstāvji u.c.) par sociālā dienesta misiju, vērtībām, mērķiem, dienesta attīstības aktualitātēm u.c.",
          },
        ],
      },
      {
        code: "1.2",
        title: "Vadītājs attīstīta sociālo dienestu kā organizāciju un pilnveido tā darba sniegumu.",
        items: [
          {
            code: "1.2.1",
            text: "Vadītājs veido mērķu un rīcības plāna īstenošanai atbilstošu organizācijas vadības struktūru un amatus, nosaka atbilstošas atbildības un pilnvaras.",
          },
          {
            code: "1.2.2",
            text: "Vadītājs sadarbībā ar darbiniekiem izstrādā un iedzīvina darba snieguma vadības sistēmu (procesus un metodes), kā arī definē izmērāmus sociālā dienesta un darbinieku mērķus un analizē rezultātus. Vadītājs nodrošina sistēmas pārraudzību un tās darbības pilnveidošanu.",
          },
          {
            code: "1.2.3",
            text: "Vadītājs veido un uztur vadības informācijas sistēmu, kas nodrošina pilnīgu, aktuālu un ticamu informāciju sociālā dienesta darba plānošanai, organizēšanai un pārraudzībai, kā arī lēmumu pieņemšanai.",
          },
          {
            code: "1.2.4",
            text: "Vadītājs attīsta, uztur un pilnveido sistēmu un procedūras, lai novērstu korupciju un neētisku rīcību, tostarp nodrošina vadlīnijas un atbalstu darbiniekiem sociālo darbinieku ētikas kodeksa iedzīvināšanā un ētisko dilemmu risināšanā.",
          },
          {
            code: "1.2.5",
            text: "Vadītājs nodrošina sociālā dienesta kvalitātes vadības pašnovērtējuma veikšanu, pilnveides plāna sagatavošanu un izpildi. Vadītājs rosina uzlabojumus un pārmaiņas, plāno un nodrošina to īstenošanu.",
          },
        ],
      },
      {
        code: "1.3",
        title: "Vadītājs veido atvērtu un uz sociālā darba vērtībām balstītu iestādes iekšējo kultūru, ar savu rīcību ir paraugs darbiniekiem.",
        items: [
          {
            code: "1.3.2",
            text: "Vadītājs ir paraugs darbiniekiem – vada un rīkojas atbilstoši sociālā dienesta mērķiem, iestādes un sociālā darba vērtībām.",
          },
          {
            code: "1.3.3",
            text: "Vadītājs attīsta un pilnveido iekšējās komunikācijas un informācijas aprites sistēmu, nodrošina darbiniekus ar aktuālu un būtisku informāciju par sociālā dienesta darbību, vadības lēmumiem; iesaista darbiniekus to lēmumu pieņemšanā, kas attiecas uz viņu darbu.",
          },
          {
            code: "1.3.4",
            text: "Vadītājs veido tādu sociālā dienesta iekšējo kultūru, ko raksturo savstarpēja uzticēšanās, atvērtība, orientācija uz attīstību, kas veicina iekļaušanu, dažādības vadību, vienlīdzību un novērš jebkāda veida diskrimināciju.",
          },
        ],
      },
      {
        code: "1.4",
        title: "Vadītājs vada dienesta publisko komunikāciju un veido sadarbību ar politiskās un izpildvaras pārstāvjiem un citām ieinteresētajām pusēm.",
        items: [
          {
            code: "1.4.1",
            text: "Vadītājs mērķtiecīgi veido sabiedrības izpratni par sociālo dienestu, tā lomu un sniegtajiem pakalpojumiem, attīsta un uztur pozitīvu dienesta tēlu un reputāciju, izmantojot dažādus komunikācijas kanālus, tai skaitā sociālos medijus.",
          },
          {
            code: "1.4.2",
            text: "Vadītājs proaktīvi un tālredzīgi veido un uztur attiecības ar pašvaldības deputātiem un izpildvaras pārstāvjiem, rosina un virza priekšlikumus pašvaldības politikas veidošanai sociālā darba jomā.",
          },
          {
            code: "1.4.3",
            text: "Vadītājs mērķtiecīgi veido un uztur sadarbības attiecības ar (nozīmīgākajām) ieinteresētajām pusēm publiskajā, privātajā un nevalstiskajā sektorā, aktīvi piedalās profesionāļu asociācijās un interešu grupās.",
          },
        ],
      },
    ],
  },
  {
    code: "2",
    title: "Stratēģija un plānošana",
    description:
      "Raksturo sociālā dienesta darba praksi – stratēģijas izstrādē un darba plānošanā: kā sociālais dienests pārvērš vīziju un ilgtermiņa mērķus stratēģijā un konkrētā darba plānos, nosaka sasniedzamus rezultātus un analizē to izpildi, vada pārmaiņas un veic pielāgojumus stratēģijā un plānos, ņemot vērā izmaiņas ārējā un iekšējā vidē.",
    groups: [
      {
        code: "2.1",
        title:
          "Sociālais dienests vīzijas un misijas īstenošanai izstrādā un aktualizē stratēģiju, ņemot vērā aktualitātes ārējā un iekšējā vidē un dažādu ieinteresēto pušu vajadzības.",
        items: [
          {
            code: "2.1.2",
            text: "Sociālais dienests aktīvi iesaistās pašvaldības stratēģijas un attīstības plānu izstrādē sociālā darba jomā un/vai izstrādā un aktualizē dienesta stratēģiju, pamatojoties uz pašvaldības attīstības stratēģiju un plāniem. Stratēģijas izstrādē izzina un analizē ieinteresēto pušu tagadnes un nākotnes vajadzības. Stratēģijā nosaka dienesta attīstības prioritātes un vidējā termiņa mērķus.",
          },
          { code: "2.1.3", text: "Sociālais dienests iesaista darbiniekus, stratēģijas izstrādē." },
          {
            code: "2.1.5",
            text: "Sociālais dienests stratēģijas izstrādes un/vai darba plānošanas ietvaros veic dienesta stipro un vājo pušu, tai skaitā nepieciešamo un pieejamo resursu analīzi.",
          },
          {
            code: "2.1.6",
            text: "Sociālais dienests komunicē stratēģiju, mērķus, plānus un sasniegtos rezultātus darbiniekiem un atbilstošām ieinteresētajām pusēm.",
          },
          {
            code: "2.1.7",
            text: "Sociālais dienests analizē un novērtē savu darba sniegumu (funkcijas, procesi pakalpojumi u.c.) visos līmeņos (dienests kopumā, nodaļas un struktūrvienības), lai izvērtētu progresu stratēģijā noteikto mērķu izpildē, analizētu dienesta darba efektivitāti un kvalitāti un noteiktu nepieciešamos uzlabojumus.",
          },
        ],
      },
      {
        code: "2.2",
        title:
          "Sociālais dienests īsteno stratēģiju: atbilstoši stratēģijai plāno un nosaka ikgadējos mērķus, prioritātes, uzdevumus un rezultātos rādītājus, analizē to izpildi.",
        items: [
          {
            code: "2.2.1",
            text: "Sociālais dienests pārvērš stratēģiskos mērķus konkrētos īstermiņa jeb gada mērķos un uzdevumos struktūrvienībām un darbiniekiem, nosaka rezultātos rādītājus.",
          },
          {
            code: "2.2.3",
            text: "Sociālais dienests nodrošina nepieciešamos resursus efektīvai plānu īstenošanai. Nosaka prioritāros mērķus un uzdevumus, pamatojoties uz pieejamiem resursiem.",
          },
          {
            code: "2.2.5",
            text: "Sociālais dienests veic regulāru (ceturkšņa, ikmēneša) darba plānā paredzēto mērķu un uzdevumu izpildes progresu un sasniegto rezultātu analīzi. Pārskata dienesta mērķus un uzdevumus, papildina un/vai precizē tos atbilstoši izmaiņām ārējā un iekšējā vidē un pieejamiem resursiem.",
          },
        ],
      },
      {
        code: "2.3",
        title: "Sociālais dienests attīstās kā iestāde: plāno un iedzīvina uzlabojumus un pārmaiņas.",
        items: [
          {
            code: "2.3.1",
            text: "Sociālais dienests pastāvīgi attīstās kā iestāde. Nosaka nepieciešamos uzlabojumus un pārmaiņas dienesta darbā, tai skaitā jauninājumus un inovācijas darba metodēs, procesos un pakalpojumos atbilstoši snieguma analīzei un pašnovērtējumam. Īsteno sociālā dienesta attīstības un uzlabojumu plānu.",
          },
          { code: "2.3.4", text: "Sociālais dienests iesaista darbiniekus un citas ieinteresētās puses pārmaiņu vajadzību definēšanā un pārmaiņu plānošanā." },
          {
            code: "2.3.6",
            text: "Sociālais dienests izmanto darbinieku un citu ieinteresēto pušu iesaistes metodes ideju radīšanai, iedrošina izteikt inovatīvus priekšlikumus dienesta darba un pakalpojumu attīstīšanai.",
          },
          { code: "2.3.8", text: "Sociālais dienests apzina, analizē citu sociālo dienestu labo praksi dienesta attīstībā, mācās no tās." },
        ],
      },
    ],
  },
  {
    code: "3",
    title: "Cilvēkresursi",
    description:
      "Raksturo sociālā dienesta praksi darbinieku vadībā – cilvēkresursu plānošanā un kompetenču attīstībā, darbinieku iesaistīšanā, darba vides un iekšējās kultūras veidošanā.",
    groups: [
      {
        code: "3.1",
        title: "Sociālais dienests plāno un vada cilvēkresursus atbilstoši dienesta stratēģijai un mērķiem.",
        items: [
          {
            code: "3.1.1",
            text: "Sociālais dienests analizē un nosaka nepieciešamo cilvēkresursu daudzumu un kompetences, tai skaitā dažādās specializācijas jomās atbilstoši dienesta attīstības vīzijai (misija, vīzija, vērtības), stratēģijai un darba plāniem.",
          },
          {
            code: "3.1.3",
            text: "Sociālais dienests dibina un vada darba attiecības atbilstoši skaidri noteiktiem principiem, tai skaitā nodrošina taisnīgumu un vienlīdzīgas iespējas visiem darbiniekiem.",
          },
          {
            code: "3.1.4",
            text: "Sociālais dienests nosaka mērķus un darba izpildes prasības struktūrvienībām un darbiniekiem. Analizē mērķu izpildes progresu un rezultātus.",
          },
          {
            code: "3.1.5",
            text: "Pārrunā darbu izpildi, šķēršļus un nepieciešamo atbalstu ar darbiniekiem individuāli un/vai grupās, lai motivētu darbiniekus un veidotu viņu izpratni par sagaidāmo rezultātu.",
          },
        ],
      },
      {
        code: "3.2",
        title: "Nosaka sociālā dienesta darbiniekiem nepieciešamās kompetences un nodrošina to attīstību.",
        items: [
          {
            code: "3.2.2",
            text: "Sociālais dienests analizē un nosaka darbinieku individuālās, organizācijai aktuālās un nākotnes attīstības vajadzības, atbilstoši veido un īsteno mācību plānu, ietverot gan obligātās, gan izvēles mācības.",
          },
          {
            code: "3.2.3",
            text: "Vadītāji sociālajā dienestā regulāri sniedz un iegūst no darbiniekiem, kolēģiem atgriezenisko saiti, kas vērsta uz kompetenču attīstību.",
          },
          {
            code: "3.2.4",
            text: "Sociālais dienests ievada darbā jaunus darbiniekus un nodrošina viņiem atbalstu un attīstības iespējas, tai skaitā izmanto mācīšanos no pieredzējušiem kolēģiem.",
          },
          { code: "3.2.6", text: "Sociālais dienests veicina mācībās un attīstības pasākumos iegūto zināšanu un prasmju izmantošanu darbā." },
          { code: "3.2.7", text: "Sociālais dienests plāno un īsteno pasākumus vadības kompetenču attīstībai vadītājiem." },
        ],
      },
      {
        code: "3.3",
        title: "Sociālais dienests iesaista un iedrošina darbiniekus aktīvi iesaistīties iestādes darba pilnveidošanā, rūpējas par darbinieku labbūtnību.",
        items: [
          {
            code: "3.3.1",
            text: "Vadītāji sociālajā dienestā veido vidi un izmanto metodes (piemēram, ieteikumu sistēma, darba grupas, prāta vētra), kas rosina darbiniekus izteikt savas idejas un priekšlikumus iestādes darba pilnveidošanai.",
          },
          { code: "3.3.2", text: "Sociālais dienests nodrošina darbiniekiem piemērotus darba vides apstākļus, rūpējas par darbinieku drošību un veselību." },
          {
            code: "3.3.3",
            text: "Sociālais dienests nodrošina, ka darbs sociālajā dienestā ļauj darbiniekiem līdzsvarot darba un personīgās dzīves vajadzības, ņemot vērā darbinieku individuālās vajadzības (piemēram, elastīga darba laika, nepilnas slodzes iespējas).",
          },
          {
            code: "3.3.4",
            text: "Sociālais dienests regulāri izzina darbinieku viedokli un apmierinātību ar darbu, tai skaitā ar darba un personīgās dzīves līdzsvaru, darbinieku motivācijas līmeni. Plāno un īsteno pasākumus darba vides uzlabošanai. Informē darbiniekus par plānotajām un īstenotajām aktivitātēm darbinieku dzīves kvalitātes veicināšanā.",
          },
        ],
      },
    ],
  },
  {
    code: "4",
    title: "Ieinteresētās puses un resursi",
    description:
      "Raksturo sociālā dienesta praksi sadarbības ar ieinteresētajām pusēm veidošanā un uzturēšanā, iedzīvotāju un pilsoniskās sabiedrības līdzdalības vadībā. Kritērijs attiecas arī uz sociālā dienesta praksi finanšu, informācijas, tehnoloģiju un infrastruktūras resursu vadībā.",
    groups: [
      {
        code: "4.1",
        title: "Sociālais dienests veido un vada attiecības ar dažādām ieinteresētajām pusēm.",
        items: [
          { code: "4.1.1", text: "Sociālais dienests identificē ieinteresētās puses no publiskā, nevalstiskā un privātā sektora" },
          {
            code: "4.1.2",
            text: "Sociālais dienests uztur starpinstitucionālo un starpprofesionāļu sadarbību, savstarpēji vienojas par katras puses lomu, pienākumiem, tiesībām un atbildību. Paredz veidus, kā apmainīties ar zināšanām un pieredzi, izvērtē sadarbību, apzina un risina sadarbības problēmas, koncentrējoties uz kopīgām interesēm un abpusējiem ieguvumiem.",
          },
          {
            code: "4.1.3",
            text: "Sociālais dienests pilnvērtīgi izmanto starpprofesionāļu komandas darbu sociālo gadījumu vadībā. Analizē un pilnveido savstarpējo sadarbību, pārrunā un risina sarežģītus gadījumus, koncentrējoties uz klienta vajadzībām.",
          },
        ],
      },
      {
        code: "4.2",
        title: "Sociālais dienests organizē iedzīvotāju un vietējo kopienu līdzdalību.",
        items: [
          {
            code: "4.2.1",
            text: "Sociālais dienests aktīvi veicina kopienas – pašvaldības iedzīvotāju un klientu – līdzdalību un sadarbību kopienas sociālās labklājības attīstībā un problēmu risināšanā. Iesaista iedzīvotājus un nevalstiskās organizācijas vietējo kopienu vajadzību apzināšanā un risinājumu plānošanā.",
          },
          {
            code: "4.2.2",
            text: "Sociālais dienests nodrošina aktuālas informācijas pieejamību iedzīvotājiem par dienesta darbu un pakalpojumiem, darba un attīstības plānu caurskatāmību (piemēram, publicē gada pārskatus un aktuālo informāciju dienesta un/vai pašvaldības mājas lapā, sociālajos medijos, organizē preses konferences un tikšanās ar iedzīvotājiem). Informācija ir pieejama arī vieglajā valodā un visām iedzīvotāju grupām – tai skaitā cilvēkiem ar redzes vai dzirdes traucējumiem.",
          },
        ],
      },
      {
        code: "4.3",
        title: "Sociālais dienests pārvalda iestādes finanšu resursus atbilstoši dienesta stratēģijai un mērķiem.",
        items: [
          {
            code: "4.3.1",
            text: "Sociālais dienests organizē finanšu vadību atbilstoši stratēģiskajiem mērķiem, nodrošina finanšu caurskatāmību un informācijas par dienesta budžeta pieejamību viegli uztveramā formā.",
          },
        ],
      },
      {
        code: "4.4",
        title: "Sociālais dienests pārvalda iestādes informācijas un zināšanu resursus atbilstoši dienesta stratēģijai un mērķiem.",
        items: [
          {
            code: "4.4.1",
            text: "Sociālais dienests veido un uztur informācijas pārvaldības sistēmu (informāciju un iekšējos informācijas izplatīšanas kanālus), kas nodrošina, ka visiem darbiniekiem ir aktuāla un atbilstoša darba veikšanai nepieciešamā informācija.",
          },
        ],
      },
      {
        code: "4.5",
        title: "Sociālais dienests pārvalda iestādes tehnoloģiju resursus atbilstoši dienesta stratēģijai un mērķiem.",
        items: [
          { code: "4.5.1", text: "Sociālais dienests izmanto tehnoloģijas dienesta uzdevumu izpildei un mērķu sasniegšanai." },
          {
            code: "4.5.2",
            text: "Sociālais dienests izvērtē, kā informācijas un komunikāciju tehnoloģijas (IKT) palīdz uzlabot dienesta procesus un pakalpojumus, atbilstoši plāno un īsteno uzlabojumus, piemēram, izmanto automatizāciju un datu analītiku. Piedāvā pakalpojumus tiešsaistē.",
          },
          { code: "4.5.3", text: "Sociālais dienests nodrošina datu un informācijas tehnoloģiju drošību." },
        ],
      },
      {
        code: "4.6",
        title: "Sociālais dienests pārvalda iestādes infrastruktūru atbilstoši dienesta stratēģijai un mērķiem.",
        items: [
          {
            code: "4.6.1",
            text: "Sociālais dienests rūpējas par vides pieejamību, ņemot vērā darbinieku, klientu un iedzīvotāju vajadzības, tai skaitā personu ar īpašām vajadzībām piekļuvi dienesta telpām.",
          },
        ],
      },
    ],
  },
  {
    code: "5",
    title: "Procesi",
    description:
      "Raksturo sociālā dienesta rīcību, lai identificētu, vadītu un uzlabotu sociālā dienesta procesus un ieviestu inovācijas, tādējādi radot lielāku pievienoto vērtību iedzīvotājiem, klientiem un citām ieinteresētajām pusēm.",
    groups: [
      {
        code: "5.1",
        title: "Sociālais dienests izmanto procesu vadības pieeju dienesta darbā.",
        items: [
          {
            code: "5.1.1",
            text: "Sociālais dienests atbilstoši dienesta stratēģiskajam virzienam un mērķiem identificē un apraksta dienesta galvenos procesus, tai skaitā nosaka procesu īpašniekus un visu procesos iesaistīto atbildību, pārskata un pilnveido procesu vadības pieeju un procesu aprakstus savā dienestā.",
          },
          {
            code: "5.1.2",
            text: "Sociālais dienests analizē, novērtē un uzlabo galvenos procesus, ņemot vērā izmaiņas nacionālajos un pašvaldības normatīvajos aktos un atgriezenisko saiti no dažādām ieinteresētajām pusēm (darbiniekiem, klientiem, pašvaldības iedzīvotājiem un citiem).",
          },
          {
            code: "5.1.4",
            text: "Sociālais dienests analizē, novērtē un vienkāršo procesus, lai mazinātu vai novērstu nevajadzīgos administratīvos šķēršļus un racionāli izmantotu sava dienesta un pašvaldības resursus.",
          },
        ],
      },
      {
        code: "5.2",
        title:
          "Sociālais dienests attīstīta un pilnveido dažādu iedzīvotāju grupu vajadzībām atbilstošus un pieejamus pakalpojumus un nodrošina iedzīvotājus ar pilnīgu un aktuālu informāciju par tiem.",
        items: [
          {
            code: "5.2.1",
            text: "Sociālais dienests iesaista dažādas iedzīvotāju grupas sociālo pakalpojumu izstrādē, analizē un uzlabošanā, izmantojot dažādības un nediskriminējošu pieeju, kā arī daudzveidīgas, dažādām grupām piemērotas metodes.",
          },
          {
            code: "5.2.2",
            text: "Sociālais dienests novērtē dienesta telpu, mājaslapas un pakalpojumu pieejamību visām klientu grupām, kā arī veic pilnveidi, ieviešot universālo dizainu (pakalpojumu pieejamība tiešsaistē, elastīgs klientu pieņemšanas laiks, dažādas ērti aizpildāmas dokumentu formas, plakāti, brošūras, Braila raksts, vides pieejamība u.tml.).",
          },
          {
            code: "5.2.3",
            text: "Sociālais dienests izmanto un attīsta aizvien jaunus informācijas nodošanas kanālus un materiālus, nodrošina dažādām iedzīvotāju grupām aktuālu un pieejamu informāciju par sociālā dienesta pakalpojumiem.",
          },
          {
            code: "5.2.4",
            text: "Sociālais dienests izstrādā, iedzīvina un pilnveido pašvaldības iedzīvotāju izteikto viedokļu uzklauššanas un izskatīšanas procesus, tai skaitā sociālā dienesta sniegto pakalpojumu, palīdzības un sociālā dienesta darba kvalitātes novērtēšanai.",
          },
        ],
      },
      {
        code: "5.3",
        title:
          "Sociālais dienests iedzīvina un koordinē procesus ar citām pašvaldības administrācijas struktūrvienībām, valsts un pašvaldības iestādēm, lai nodrošinātu efektīvu resursu izmantošanu un dažādu klientu grupu vajadzībām atbilstošu sociālo pakalpojumu un palīdzības sniegšanu pašvaldības iedzīvotājiem.",
        items: [
          {
            code: "5.3.1",
            text: "Sociālais dienests identificē procesus, kas pašvaldībā tiek īstenoti centralizēti vai sadarbībā ar citām pašvaldības administrācijas struktūrvienībām (finanšu, juridisko pārvaldi un citām). Sadarbībā ar iesaistītajām pašvaldības administrācijas struktūrvienībām apraksta, analizē un pilnveido kopīgos procesus, skaidri nosakot iesaistīto pušu lomas un atbildību un izvairoties no “mēs un viņi” nošķiruma procesu vadībā un sarežģītu situāciju risināšanā, kas iziet ārpus definēto procesu ietvara.",
          },
          {
            code: "5.3.2",
            text: "Sociālais dienests sadarbībā ar citām valsts un pašvaldību iestādēm izstrādā, iedzīvina, analizē un pilnveido starpinstitucionālās sadarbības procesus, tai skaitā skaidri nosaka visu iesaistīto pušu lomas un atbildību, vienojas un organizē ērtu datu un informācijas apmaiņu.",
          },
        ],
      },
    ],
  },
];

export const selfAssessment2023: TemplateFamily = {
  id: "selfAssessment2023",
  title: "Sociālo dienestu kvalitātes vadības pašnovērtējuma metodika",
  titleEn: "Self-assessment methodology for the quality management of social services",
  templates: [
    {
      id: "pasnovertejums-2023",
      version: 1,
      kind: "assessment",
      title: "Bāzes standarta priekšnosacījumu kritēriju raksturojums",
      titleEn: "Base standard: characteristics of the enabler criteria",
      sheetName: "Pašnovērtējums 2023",
      family: "selfAssessment2023",
      source: {
        files: ["004_e2ccc9a4848f6c46.txt"],
        title: "SOCIĀLO DIENESTU KVALITĀTES VADĪBAS PAŠNOVĒRTĒJUMA METODIKA",
        year: 2023,
        publisher: "Labklājības ministrija",
      },
      // The seed names no rating scale; see practice1to5Scale.
      scale: practice1to5Scale,
      groups: criteria,
    },
  ],
};
