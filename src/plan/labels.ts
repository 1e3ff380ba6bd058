/**
 * What the sheets themselves say: the one home of the workbook's own words (sheet names, headers,
 * labels), one object per sheet family — `L` for a template's sheet, `MERGE_SHEETS` for the sheets a
 * merge owns; a new family of sheets adds its own object here. Workbooks travel to people without
 * the add-in and the ministry works in Latvian, so sheet content is Latvian whatever the pane's
 * language is, in the words of `docs/glossary.md` (the test `test/wording/latvian.test.ts` reads
 * every string exported here).
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

/** The merge's sheet names: a re-merge replaces exactly these, never a user's sheet. */
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
