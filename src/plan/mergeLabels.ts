import type { Template } from "../core/catalog/types";
import { templates } from "../core/catalog";
import { cleanSheetName } from "./sheetNames";

/**
 * What the merge's summary workbook says of itself — sheet names, headers, notes — in Latvian and in
 * English (`kvalitate merge --lang en`). The ministry's own texts (template titles, criteria) stay
 * Latvian in both. Words from docs/glossary.md: "iestāde", "kopējais vērtējums", "neatbilstības %",
 * "pieņemts / noraidīts", "konstatējumi".
 */

export type SummaryLang = "lv" | "en";

export interface MergeLabels {
  readonly sheets: {
    readonly long: string;
    /** A template's summary sheet: "Kopsavilkums Uzraudzība" (kept within Excel's 31 characters). */
    readonly summary: string;
    readonly aggregates: string;
    readonly consensus: string;
    readonly rejected: string;
    readonly charts: string;
  };
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
  readonly reasonOther: string;
  readonly findings: string;
  readonly errors: string;
  readonly services: string;
  /** A group's figure, its unit in the header: "1 Līderība — vidējais (1–5)". */
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
  readonly cut: string;
  readonly chartTitles: { readonly nonCompliance: string; readonly averages: string; readonly radar: string };
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

const LV: MergeLabels = {
  sheets: { long: "Apvienotie dati", summary: "Kopsavilkums", aggregates: "Rādītāji", consensus: "Vienprātība", rejected: "Noraidītie faili", charts: "Apvienotās diagrammas" },
  iestade: "Iestāde",
  periods: "Periods",
  template: "Veidne",
  version: "Veidnes versija",
  vertetajs: "Vērtētājs",
  datums: "Datums",
  group: "Grupa",
  code: "Kods",
  text: "Teksts",
  rating: "Vērtējums",
  status: "Statuss",
  comments: "Piezīmes",
  file: "Fails",
  sheet: "Lapa",
  reason: "Iemesls",
  reasonOther: "Reason (English)",
  findings: "Konstatējumi",
  errors: "Kļūdas",
  services: "Iestāžu skaits",
  averageOf: (g, min, max) => `${g} — vidējais vērtējums (${min}–${max})`,
  nonCompliancePctOf: (g) => `${g} — neatbilstības %`,
  hasNonComplianceOf: (g) => `${g} — ir neatbilstība`,
  progressPctOf: (g) => `${g} — izpildīts, %`,
  overallAverage: (min, max) => `Kopējais vērtējums (${min}–${max}, kritēriju vidējo vidējais)`,
  overallNonCompliancePct: "Kopējais neatbilstības % (visi novērtētie punkti)",
  overallProgressPct: "Kopā izpildīts, % (visi pasākumi)",
  average: "Vidējais vērtējums",
  nonCompliancePct: "Neatbilstības % (no visiem novērtētajiem punktiem)",
  servicesWithNonCompliancePct: "Iestādes ar vismaz vienu neatbilstību, %",
  overallRow: "Kopā",
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
  chartTitles: { nonCompliance: "Neatbilstības % pa grupām", averages: "Kvalitātes vērtējums pa kritērijiem", radar: "Pašnovērtējuma zirneklis" },
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
    of: "No iestādēm",
    chartTitle: "Iestādes profils pret visām iestādēm",
    allMean: "Vidēji iestādēs",
    findingsTitle: "Konstatējumi: vienumi, kas netika skaitīti",
    noFindings: "Konstatējumu nav: visi vienumi novērtēti derīgi.",
    rejectedTitle: "Noraidītie faili un lapas",
    units: { average: (min, max) => `vidējais vērtējums (${min}–${max}; lielāks ir labāk)`, nonCompliancePct: "neatbilstības % (mazāks ir labāk)", progressPct: "izpildīts, % (lielāks ir labāk)" },
  },
};

const EN: MergeLabels = {
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
  reasonOther: "Iemesls (latviski)",
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
    of: "Of services",
    chartTitle: "The service's profile against all services",
    allMean: "Mean of services",
    findingsTitle: "Findings: items that were not counted",
    noFindings: "No findings: every item was rated validly.",
    rejectedTitle: "Rejected files and sheets",
    units: { average: (min, max) => `average (${min}–${max}; higher is better)`, nonCompliancePct: "non-compliance % (lower is better)", progressPct: "done, % (higher is better)" },
  },
};

export const MERGE_LABELS: Readonly<Record<SummaryLang, MergeLabels>> = { lv: LV, en: EN };

/** A template's summary sheet name: "Kopsavilkums Uzraudzība" (its sheet name without the years). */
export function summarySheetName(labels: MergeLabels, template: Pick<Template, "sheetName">): string {
  return cleanSheetName(`${labels.sheets.summary} ${template.sheetName.replace(/\s+\d{4}([–-]\d{4})?$/, "")}`);
}

/** Every name a merge's sheet may have, in either language: the pane's reader passes these over. */
export function isMergeSheetName(name: string): boolean {
  return Object.values(MERGE_LABELS).some((l) => Object.values(l.sheets).includes(name) || templates.some((t) => summarySheetName(l, t) === name));
}
