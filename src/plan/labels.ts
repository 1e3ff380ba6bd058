/**
 * What the sheets themselves say: the one home of the workbook's own words (sheet names, headers,
 * labels), one object per sheet family — `L` for a template's sheet, `MERGE_SHEETS` for the names of
 * the sheets a merge owns, `MERGE_LABELS` for everything else the merge's summary and feedback
 * workbooks say; a new family of sheets adds its own object here. Workbooks travel to people without
 * the add-in and the ministry works in Latvian, so sheet content is Latvian whatever the pane's
 * language is, in the words of `docs/glossary.md` (the test `test/wording/latvian.test.ts` reads
 * every Latvian string exported here). The one exception is the command line's `merge --lang en`,
 * which writes the summary's own labels in English (`MERGE_LABELS.en`); the ministry's texts
 * (template titles, criteria) stay Latvian there too.
 */
export const L = {
  stamp: "Veidne",
  source: "Avots",
  iestade: "Iestāde",
  periods: "Periods (gads)",
  vertetajs: "Vērtētājs",
  datums: "Datums",
  respondents: "Respondentu skaits",
  scale: "Skala",
  meaning: "Nozīme",
  notApplicableMeaning: "netiek vērtēts un netiek skaitīts",
  /** The register's totals row: a sum, so "Kopā". */
  total: "Kopā",
  /** A form's overall figure, which is no sum (glossary: "kopā" only for sums). */
  overall: "Kopumā",
  chartData: "Diagrammas dati",
  sharePct: "Daļa, %",
  resultsCode: "Kods",
  resultsGroup: "Rezultāti",
  average: "Vidējais vērtējums",
  nonCompliancePct: "Neatbilstības %",
  progressPct: "Izpildīts, %",
  answered: "Novērtēti",
  notApplicable: "Nav attiecināmi",
  missing: "Trūkst",
  invalid: "Nederīgi",
  overallAverage: "Kopējais vērtējums (kritēriju vidējo vidējais)",
  overallPooled: "Kopumā (visas rindas)",
  computedTotal: "Aprēķinātais pārbaužu skaits",
  agreement: "Pārbaude",
  column: "Kolonna",
  periodsSum: "Periodu summa",
  periodsTitle: "Periods",
  periodsMessage: "Ievadiet gadu ar četriem cipariem, piemēram, 2025.",
  dateTitle: "Datums",
  dateMessage: "Ievadiet datumu, piemēram, 25.11.2025.",
  countTitle: "Skaits",
  countMessage: "Ievadiet veselu skaitli, 0 vai vairāk.",
  scaleTitle: "Vērtējums",
  scaleMessage: "Izvēlieties vērtību no saraksta:",
} as const;

/**
 * The merge's sheet names: a re-merge replaces exactly these, never a user's sheet. `summary` is a
 * prefix: a merge writes one summary per template, "Kopsavilkums Uzraudzība".
 */
export const MERGE_SHEETS = {
  long: "Apkopotie dati",
  summary: "Kopsavilkums",
  aggregates: "Rādītāji",
  consensus: "Vienprātība",
  rejected: "Noraidītie faili",
  charts: "Apkopojuma diagrammas",
} as const;

/**
 * What the merge's sheets were called before the glossary chose "apkopot" (see `docs/glossary.md`):
 * a merge replaces a sheet of its former name as its own, and the reader never takes one for a form.
 */
export const FORMER_MERGE_SHEETS: Readonly<Partial<Record<keyof typeof MERGE_SHEETS, readonly string[]>>> = {
  long: ["Apvienotie dati"],
  charts: ["Apvienotās diagrammas"],
};

/** Sheets the add-in owns and rebuilds from the results: a re-run replaces them (by name), never a user's sheet. */
export const RESULT_SHEETS = { dynamics: "Dinamika", improvement: "Pilnveides plāns" } as const;

/** The charts' titles, in the ministry's words. */
export const CHART_TITLES = {
  nonCompliance: "Neatbilstības % pa grupām",
  averages: "Kvalitātes vērtējums pa kritērijiem",
  radar: "Pašnovērtējuma zirneklis",
  progress: "Rīcības plāna izpilde pa jomām, %",
  survey: "Sociālo pakalpojumu saņēmēju apmierinātība, %",
  surveyMulti: "Sociālo pakalpojumu ietekme, % respondentu",
} as const;

/** The language of a merge's own labels: Latvian, or English with `kvalitate merge --lang en`. */
export type SummaryLang = "lv" | "en";

/** What the merge's summary and feedback workbooks say of themselves: sheet names, headers, notes. */
export interface MergeLabels {
  readonly sheets: { readonly [K in keyof typeof MERGE_SHEETS]: string };
  readonly iestade: string;
  readonly periods: string;
  readonly template: string;
  readonly version: string;
  readonly vertetajs: string;
  readonly datums: string;
  readonly group: string;
  readonly code: string;
  readonly text: string;
  readonly rating: string;
  readonly status: string;
  readonly comments: string;
  readonly file: string;
  readonly sheet: string;
  readonly reason: string;
  /** The header of the reason in the other language. */
  readonly reasonOther: string;
  readonly findings: string;
  readonly errors: string;
  readonly services: string;
  /** A group's figure, its unit in the header: "1 Līderība — vidējais vērtējums (1–5)". */
  readonly averageOf: (group: string, min: number, max: number) => string;
  readonly nonCompliancePctOf: (group: string) => string;
  readonly hasNonComplianceOf: (group: string) => string;
  readonly progressPctOf: (group: string) => string;
  readonly overallAverage: (min: number, max: number) => string;
  readonly overallNonCompliancePct: string;
  readonly overallProgressPct: string;
  readonly average: string;
  readonly nonCompliancePct: string;
  readonly servicesWithNonCompliancePct: string;
  readonly overallRow: string;
  readonly overallRowText: string;
  readonly versionsRow: string;
  readonly versionsNote: (versions: string, left: string) => string;
  readonly allPeriods: string;
  readonly yes: string;
  readonly no: string;
  readonly assessorN: (n: number) => string;
  readonly assessors: string;
  readonly mean: string;
  readonly spread: string;
  readonly discuss: string;
  readonly discussYes: string;
  readonly statuses: { readonly scored: string; readonly notApplicable: string; readonly blank: string; readonly invalid: string };
  /** Ends a returned text cut to Excel's limit of a cell. */
  readonly cut: string;
  readonly chartTitles: { readonly nonCompliance: string; readonly averages: string; readonly radar: string };
  /** A chart title's years: ", 2014.–2015. gads". */
  readonly years: (first: number, last: number) => string;
  readonly feedback: {
    readonly title: (iestade: string, template: string) => string;
    readonly about: (periods: number, vertetajs: string, file: string, services: number) => string;
    readonly figure: string;
    readonly own: string;
    readonly mean: string;
    readonly min: string;
    readonly q1: string;
    readonly median: string;
    readonly q3: string;
    readonly max: string;
    readonly rank: string;
    readonly of: string;
    readonly chartTitle: string;
    readonly allMean: string;
    readonly findingsTitle: string;
    readonly noFindings: string;
    readonly rejectedTitle: string;
    readonly units: { readonly average: (min: number, max: number) => string; readonly nonCompliancePct: string; readonly progressPct: string };
  };
}

/**
 * The merge's workbooks in the ministry's words: "apkopojums", "iestāde", "kopējais vērtējums" (never
 * "kopā" for what is no sum), "neatbilstības %", "konstatējumi".
 */
const MERGE_LV: MergeLabels = {
  sheets: MERGE_SHEETS,
  iestade: L.iestade,
  periods: "Periods",
  template: "Veidne",
  version: "Veidnes versija",
  vertetajs: L.vertetajs,
  datums: L.datums,
  group: "Grupa",
  code: "Kods",
  text: "Teksts",
  rating: "Vērtējums",
  status: "Statuss",
  comments: "Piezīmes",
  file: "Fails",
  sheet: "Lapa",
  reason: "Iemesls",
  reasonOther: "Iemesls angliski",
  findings: "Konstatējumi",
  errors: "Kļūdas",
  services: "Iestāžu skaits",
  averageOf: (g, min, max) => `${g} — vidējais vērtējums (${min}–${max})`,
  nonCompliancePctOf: (g) => `${g} — neatbilstības %`,
  hasNonComplianceOf: (g) => `${g} — ir neatbilstība`,
  progressPctOf: (g) => `${g} — izpildīts, %`,
  overallAverage: (min, max) => `Kopējais vērtējums (${min}–${max}, kritēriju vidējo vidējais)`,
  overallNonCompliancePct: "Kopējais neatbilstības % (visi novērtētie punkti)",
  overallProgressPct: "Kopumā izpildīts, % (visi pasākumi)",
  average: L.average,
  nonCompliancePct: "Neatbilstības % (no visiem novērtētajiem punktiem)",
  servicesWithNonCompliancePct: "Iestādes ar vismaz vienu neatbilstību, %",
  overallRow: L.overall,
  overallRowText: "Kopējais vērtējums (iestāžu kopējo vērtējumu vidējais)",
  versionsRow: "Versijas",
  versionsNote: (v, left) => `Versijas ${v}: salīdzinātas tikai prakses, kas visās versijās ir tās pašas; neiekļautas: ${left}`,
  allPeriods: "visi periodi",
  yes: "jā",
  no: "nē",
  assessorN: (n) => `Vērtētājs ${n}`,
  assessors: "Vērtētāji (secībā)",
  mean: "Vidējais",
  spread: "Izkliede",
  discuss: "Jāapspriež",
  discussYes: "jā — apspriest vienprātības sanāksmē",
  statuses: { scored: "derīgs", notApplicable: "nav attiecināms", blank: "tukšs", invalid: "nederīgs (netiek skaitīts)" },
  cut: " … [saīsināts]",
  chartTitles: { nonCompliance: CHART_TITLES.nonCompliance, averages: CHART_TITLES.averages, radar: CHART_TITLES.radar },
  years: (a, b) => `, ${a}.–${b}. gads`,
  feedback: {
    title: (i, t) => `${i} — ${t}`,
    about: (p, v, f, n) => `Periods ${p}; vērtētājs ${v}; fails ${f}. Salīdzinājums ar visām šī apkopojuma iestādēm (${n}) tajā pašā veidnē un periodā.`,
    figure: "Rādītājs",
    own: "Šī iestāde",
    mean: "Vidēji iestādēs",
    min: "Mazākais",
    q1: "1. kvartile",
    median: "Mediāna",
    q3: "3. kvartile",
    max: "Lielākais",
    rank: "Vieta",
    of: "Iestāžu skaits",
    chartTitle: "Iestādes profils pret visām iestādēm",
    allMean: "Vidēji iestādēs",
    findingsTitle: "Konstatējumi: vienumi, kas netika skaitīti",
    noFindings: "Konstatējumu nav: visi vienumi novērtēti derīgi.",
    rejectedTitle: "Noraidītie faili un lapas",
    units: {
      average: (min, max) => `vidējais vērtējums (${min}–${max}; lielāks ir labāk)`,
      nonCompliancePct: "neatbilstības % (mazāks ir labāk)",
      progressPct: "izpildīts, % (lielāks ir labāk)",
    },
  },
};

/** `kvalitate merge --lang en`: the English twin keeps "merge" and "service" (the JSON's words). */
const MERGE_EN: MergeLabels = {
  sheets: { long: "Merged data", summary: "Summary", aggregates: "Figures", consensus: "Consensus", rejected: "Rejected files", charts: "Merged charts" },
  iestade: "Service",
  periods: "Period",
  template: "Template",
  version: "Template version",
  vertetajs: "Assessor",
  datums: "Date",
  group: "Group",
  code: "Code",
  text: "Text",
  rating: "Rating",
  status: "Status",
  comments: "Comments",
  file: "File",
  sheet: "Sheet",
  reason: "Reason",
  reasonOther: "Reason in Latvian",
  findings: "Findings",
  errors: "Errors",
  services: "Services",
  averageOf: (g, min, max) => `${g} — average (${min}–${max})`,
  nonCompliancePctOf: (g) => `${g} — non-compliance %`,
  hasNonComplianceOf: (g) => `${g} — has a non-compliance`,
  progressPctOf: (g) => `${g} — done, %`,
  overallAverage: (min, max) => `Overall score (${min}–${max}, mean of the criterion averages)`,
  overallNonCompliancePct: "Overall non-compliance % (every assessed item)",
  overallProgressPct: "Done overall, % (every action)",
  average: "Average",
  nonCompliancePct: "Non-compliance % (of all assessed items)",
  servicesWithNonCompliancePct: "Services with at least one non-compliance, %",
  overallRow: "Overall",
  overallRowText: "Overall score (mean of the services' overall scores)",
  versionsRow: "Versions",
  versionsNote: (v, left) => `Versions ${v}: only the practices all versions share are compared; left out: ${left}`,
  allPeriods: "all periods",
  yes: "yes",
  no: "no",
  assessorN: (n) => `Assessor ${n}`,
  assessors: "Assessors (in order)",
  mean: "Mean",
  spread: "Spread",
  discuss: "To discuss",
  discussYes: "yes — discuss at the consensus meeting",
  statuses: { scored: "valid", notApplicable: "not applicable", blank: "blank", invalid: "invalid (not counted)" },
  cut: " … [cut]",
  chartTitles: { nonCompliance: "Non-compliance % by group", averages: "Quality score by criterion", radar: "Self-assessment spider chart" },
  years: (a, b) => `, ${a}–${b}`,
  feedback: {
    title: (i, t) => `${i} — ${t}`,
    about: (p, v, f, n) => `Period ${p}; assessor ${v}; file ${f}. Compared with every service of this merge (${n}) on the same template and period.`,
    figure: "Figure",
    own: "This service",
    mean: "Mean of services",
    min: "Lowest",
    q1: "1st quartile",
    median: "Median",
    q3: "3rd quartile",
    max: "Highest",
    rank: "Rank",
    of: "Services",
    chartTitle: "The service's profile against all services",
    allMean: "Mean of services",
    findingsTitle: "Findings: items that were not counted",
    noFindings: "No findings: every item was rated validly.",
    rejectedTitle: "Rejected files and sheets",
    units: {
      average: (min, max) => `average (${min}–${max}; higher is better)`,
      nonCompliancePct: "non-compliance % (lower is better)",
      progressPct: "done, % (higher is better)",
    },
  },
};

export const MERGE_LABELS: Readonly<Record<SummaryLang, MergeLabels>> = { lv: MERGE_LV, en: MERGE_EN };
