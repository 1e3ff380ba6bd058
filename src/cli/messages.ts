/**
 * Every word the command line says, once per language. A run speaks one language: Latvian unless
 * `--lang en` or an English locale asks otherwise. Why a file is not used, and what validation
 * found, are worded by `src/wording` (in both languages where they travel into `--json`).
 */

import { counted, numberIn } from "../wording";

export type Lang = "lv" | "en";
export type Command = "templates" | "new" | "score" | "merge" | "help";
export const COMMANDS: readonly Command[] = ["templates", "new", "score", "merge", "help"];

export interface CommandHelp {
  readonly synopsis: string;
  readonly sentence: string;
  readonly example: string;
}

export interface Texts {
  readonly title: string;
  readonly usageWord: string;
  readonly optionsWord: string;
  readonly exampleWord: string;
  readonly exitStatus: string;
  readonly moreHelp: string;
  seeHelp(command: string): string;
  readonly commands: Readonly<Record<Command, CommandHelp>>;
  /** Option → its words, in the order the usage lists them. */
  readonly options: Readonly<Record<string, string>>;

  unknownCommand(name: string): string;
  unknownOption(name: string): string;
  optionNeedsValue(name: string): string;
  optionNotFor(name: string, command: string): string;
  tooManyArguments(command: string, extra: string): string;
  newTakesOneId: string;
  needsOut(command: string): string;
  periodsYear(value: string): string;
  datumsDate(value: string): string;
  langValue(value: string): string;
  tooLongForCell(option: string, length: number, limit: number): string;
  scoreTakesOneFile: string;
  mergeTakesInputs: string;
  unknownTemplate(ref: string, known: string): string;
  unknownVersion(ref: string, versions: string): string;

  folderMissing(file: string, dir: string): string;
  cannotWrite(file: string, why: string): string;
  outputIsInput(out: string, input: string): string;
  outputIsFolder(out: string): string;
  outputReadOnly(out: string): string;
  outputNotFile(out: string): string;
  nothingUsable(out: string): string;
  feedbackWritten(dir: string, count: number): string;
  feedbackHoldsInput(dir: string, input: string): string;
  /** The same, where a file already stood at the output: it is left as it was. */
  nothingUsableKept(out: string): string;
  noSuchInput(file: string): string;
  noVersionFile(file: string): string;

  made(out: string, stamp: string, demo: boolean): string;
  unknownMeta: string;
  total: string;
  /** A figure of `score` with its unit and what it counts (figure already formatted). */
  figureAverage(figure: string, min: number, max: number): string;
  figureNonCompliance(figure: string): string;
  figureProgress(figure: string): string;
  overallAverage(figure: string, min: number, max: number): string;
  overallNonCompliance(figure: string): string;
  overallProgress(figure: string): string;
  sheetRefused: string;
  mergeSummary(out: string, accepted: number, rejected: number): string;
  locale: string;
}

const EXIT_LV =
  "Izejas statuss: 0 paveikts (noraidītie faili un konstatējumi ir izvadē), 1 darbu nevarēja paveikt (iemesls — stderr; arī apkopošana, kurā neviens fails nederēja), 2 nepareiza lietošana.";
const EXIT_EN =
  "Exit status: 0 done (rejected files and findings are in the output), 1 the job could not be done (the reason is on stderr; also a merge that could use no file), 2 wrong usage.";

const lv: Texts = {
  title: "kvalitate — Labklājības ministrijas sociālo pakalpojumu kvalitātes kritēriji Excel darbgrāmatās",
  usageWord: "Lietošana",
  optionsWord: "Opcijas",
  exampleWord: "Piemērs",
  exitStatus: EXIT_LV,
  moreHelp: "Par katru komandu: kvalitate <komanda> --help",
  seeHelp: (command) => `Vairāk: kvalitate ${command} --help`,
  commands: {
    templates: {
      synopsis: "kvalitate templates [--json]",
      sentence: "Uzskaita kataloga veidnes: id@versija, veids un nosaukums.",
      example: "kvalitate templates --json",
    },
    new: {
      synopsis:
        "kvalitate new <veidne[@versija]> -o <fails.xlsx> [--demo] [--iestade <nosaukums>] [--periods <gads>] [--vertetajs <vārds>] [--datums <DD.MM.GGGG>] [--json]",
      sentence:
        "Izveido darbgrāmatu ar vienu veidni — tukšu vai ar izdomātiem demonstrācijas datiem; norādīto iestādi, periodu, vērtētāju un datumu ieraksta to šūnās.",
      example: 'kvalitate new uzraudziba-2016 --iestade "Rīgas sociālais dienests" --periods 2025 -o uzraudziba.xlsx',
    },
    score: {
      synopsis: "kvalitate score <fails.xlsx> [--json]",
      sentence: "Nolasa aizpildītu darbgrāmatu, pārbauda to un aprēķina tās rezultātus.",
      example: "kvalitate score uzraudziba.xlsx --json",
    },
    merge: {
      synopsis: "kvalitate merge <fails-vai-mape>… -o <kopsavilkums.xlsx> [--atgriezeniska-saite <mape>] [--json]",
      sentence:
        "Pārbauda saņemtās veidnes un apkopo tās vienā kopsavilkumā; katrs norādītais vai mapē atrastais fails tiek pieņemts vai noraidīts ar iemeslu, un neviens ievades fails netiek pārrakstīts.",
      example: "kvalitate merge sanemtas/ -o kopsavilkums.xlsx",
    },
    help: { synopsis: "kvalitate help [komanda]", sentence: "Parāda komandas aprakstu, opcijas un piemēru.", example: "kvalitate help merge" },
  },
  options: {
    out: "-o, --out <fails.xlsx>     kur rakstīt (esošu failu aizstāj; tikai lasāmu — nē)",
    demo: "--demo                     aizpilda ar izdomātiem demonstrācijas datiem",
    iestade: "--iestade <nosaukums>      iestāde (sociālais dienests vai sociālo pakalpojumu sniedzējs)",
    periods: "--periods <gads>           vērtēšanas periods, gads",
    vertetajs: "--vertetajs <vārds>        vērtētājs",
    datums: "--datums <DD.MM.GGGG>      vērtēšanas datums (arī GGGG-MM-DD)",
    json: "--json                     izvade JSON formātā (lauku nosaukumi abās valodās vienādi)",
    "atgriezeniska-saite": "--atgriezeniska-saite <mape>  katrai iestādei sava darbgrāmata: tās rādītāji pret visām iestādēm",
    feedback: "--feedback <mape>          tas pats, kas --atgriezeniska-saite",
    lang: "--lang lv|en               valoda (noklusējums latviešu; angļu arī ar LANG=en_…)",
    help: "-h, --help                 palīdzība",
    version: "--version                  programmas versija",
  },

  unknownCommand: (name) => `nezināma komanda „${name}”`,
  unknownOption: (name) => `nezināma opcija ${name}`,
  optionNeedsValue: (name) => `opcijai ${name} vajag vērtību`,
  optionNotFor: (name, command) => `opcija ${name} nav paredzēta komandai ${command}`,
  tooManyArguments: (command, extra) => `${command}: lieks arguments „${extra}”`,
  newTakesOneId: "new: norādiet vienu veidnes id (piemēram, uzraudziba-2016)",
  needsOut: (command) => `${command}: norādiet -o <fails.xlsx>`,
  periodsYear: (value) => `--periods: „${value}” nav gads (četri cipari, 1990–2100)`,
  datumsDate: (value) => `--datums: „${value}” nav datums (DD.MM.GGGG vai GGGG-MM-DD, 1990–2100)`,
  langValue: (value) => `--lang: „${value}” — izvēlieties lv vai en`,
  tooLongForCell: (option, length, limit) =>
    `${option}: ${counted("lv", length, { one: "rakstzīme", other: "rakstzīmes" })}; Excel šūnā ietilpst ne vairāk kā ${numberIn("lv", limit)}`,
  scoreTakesOneFile: "score: norādiet vienu .xlsx failu",
  mergeTakesInputs: "merge: norādiet vienu vai vairākus failus vai mapes",
  unknownTemplate: (ref, known) => `nezināma veidne „${ref}”; zināmās: ${known}`,
  unknownVersion: (ref, versions) => `${ref}: šādas versijas nav; ir ${versions}`,

  folderMissing: (file, dir) => `${file}: mape ${dir} nepastāv`,
  cannotWrite: (file, why) => `${file}: nevar ierakstīt (${why})`,
  outputIsInput: (out, input) => `-o ${out} ir arī ievades fails ${input}; izvēlieties citu izvades failu (ārpus ievades mapēm)`,
  outputIsFolder: (out) => `-o ${out} ir mape; norādiet .xlsx failu`,
  outputReadOnly: (out) => `${out}: fails ir tikai lasāms; tas netiks aizstāts`,
  outputNotFile: (out) => `${out}: nav parasts fails; tas netiks aizstāts`,
  nothingUsable: (out) => `neviens fails nederēja apkopošanai; kopsavilkums ar noraidīto failu sarakstu ir ${out}`,
  feedbackWritten: (dir, n) => `${dir}: atgriezeniskās saites darbgrāmatas: ${numberIn("lv", n)}`,
  feedbackHoldsInput: (dir, input) => `--atgriezeniska-saite ${dir}: mapē ir ievades fails ${input}; izvēlieties mapi ārpus ievades mapēm`,
  nothingUsableKept: (out) => `neviens fails nederēja apkopošanai; esošais kopsavilkums nav mainīts: ${out}`,
  noSuchInput: (file) => `${file}: šāda faila vai mapes nav`,
  noVersionFile: (file) => `${file}: nevar nolasīt programmas versiju`,

  made: (out, stamp, demo) => `${out}: ${stamp}${demo ? " (demonstrācijas dati)" : ""}`,
  unknownMeta: "?",
  total: "Kopumā",
  figureAverage: (f, min, max) => `vidējais vērtējums ${f} (skalā ${min}–${max}; novērtēto vienumu vidējais)`,
  figureNonCompliance: (f) => `neatbilstības ${f} % (Neatbilst no novērtētajiem vienumiem)`,
  figureProgress: (f) => `izpildīts: ${f} % (no pasākumiem, neskaitot nav attiecināmos)`,
  overallAverage: (f, min, max) => `Kopējais vērtējums: ${f} (skalā ${min}–${max}; kritēriju vidējo vidējais)`,
  overallNonCompliance: (f) => `Kopējais neatbilstības %: ${f} % (visi novērtētie vienumi)`,
  overallProgress: (f) => `Kopumā izpildīts: ${f} % (visi pasākumi)`,
  sheetRefused: "netiek izmantota",
  mergeSummary: (out, a, r) => `${out} — pieņemts: ${numberIn("lv", a)}, noraidīts: ${numberIn("lv", r)}`,
  locale: "lv-LV",
};

const en: Texts = {
  title: "kvalitate — the Latvian Ministry of Welfare's social-service quality criteria in Excel workbooks",
  usageWord: "Usage",
  optionsWord: "Options",
  exampleWord: "Example",
  exitStatus: EXIT_EN,
  moreHelp: "For each command: kvalitate <command> --help",
  seeHelp: (command) => `More: kvalitate ${command} --help`,
  commands: {
    templates: {
      synopsis: "kvalitate templates [--json]",
      sentence: "Lists the catalog's templates: id@version, kind and title.",
      example: "kvalitate templates --json",
    },
    new: {
      synopsis:
        "kvalitate new <template[@version]> -o <file.xlsx> [--demo] [--iestade <name>] [--periods <year>] [--vertetajs <name>] [--datums <DD.MM.YYYY>] [--json]",
      sentence:
        "Writes a workbook with one template, blank or with invented demonstration data; the service, period, assessor and date you give are written into their cells.",
      example: 'kvalitate new uzraudziba-2016 --iestade "Rīgas sociālais dienests" --periods 2025 -o uzraudziba.xlsx',
    },
    score: {
      synopsis: "kvalitate score <file.xlsx> [--json]",
      sentence: "Reads a filled workbook, validates it and computes its figures.",
      example: "kvalitate score uzraudziba.xlsx --json",
    },
    merge: {
      synopsis: "kvalitate merge <file-or-folder>… -o <summary.xlsx> [--feedback <folder>] [--json]",
      sentence:
        "Validates returned workbooks and merges them into one summary; every file given or found in a folder is accepted or rejected with a reason, and no input is ever written over.",
      example: "kvalitate merge returned/ -o summary.xlsx",
    },
    help: { synopsis: "kvalitate help [command]", sentence: "Shows a command's description, options and an example.", example: "kvalitate help merge" },
  },
  options: {
    out: "-o, --out <file.xlsx>      where to write (an existing file is replaced; a read-only one is not)",
    demo: "--demo                     fill with invented demonstration data",
    iestade: "--iestade <name>           the service (a social service or a social-service provider)",
    periods: "--periods <year>           the period assessed, a year",
    vertetajs: "--vertetajs <name>         the assessor",
    datums: "--datums <DD.MM.YYYY>      the date of the assessment (also YYYY-MM-DD)",
    json: "--json                     output as JSON (the same field names in either language)",
    "atgriezeniska-saite": "--atgriezeniska-saite <folder>  a workbook for each service: its figures against all services",
    feedback: "--feedback <folder>        the same as --atgriezeniska-saite",
    lang: "--lang lv|en               language (Latvian by default; English also with LANG=en_…)",
    help: "-h, --help                 help",
    version: "--version                  the program's version",
  },

  unknownCommand: (name) => `unknown command "${name}"`,
  unknownOption: (name) => `unknown option ${name}`,
  optionNeedsValue: (name) => `option ${name} needs a value`,
  optionNotFor: (name, command) => `option ${name} does not apply to ${command}`,
  tooManyArguments: (command, extra) => `${command}: unexpected argument "${extra}"`,
  newTakesOneId: "new: give one template id (for example uzraudziba-2016)",
  needsOut: (command) => `${command}: give -o <file.xlsx>`,
  periodsYear: (value) => `--periods: "${value}" is not a year (four digits, 1990–2100)`,
  datumsDate: (value) => `--datums: "${value}" is not a date (DD.MM.YYYY or YYYY-MM-DD, 1990–2100)`,
  langValue: (value) => `--lang: "${value}" — choose lv or en`,
  tooLongForCell: (option, length, limit) =>
    `${option}: ${counted("en", length, { one: "character", other: "characters" })}; an Excel cell holds at most ${numberIn("en", limit)}`,
  scoreTakesOneFile: "score: give one .xlsx file",
  mergeTakesInputs: "merge: give one or more files or folders",
  unknownTemplate: (ref, known) => `unknown template "${ref}"; known: ${known}`,
  unknownVersion: (ref, versions) => `${ref}: no such version; there is ${versions}`,

  folderMissing: (file, dir) => `${file}: the folder ${dir} does not exist`,
  cannotWrite: (file, why) => `${file}: cannot write (${why})`,
  outputIsInput: (out, input) => `-o ${out} is also the input ${input}; choose another output file (outside the input folders)`,
  outputIsFolder: (out) => `-o ${out} is a folder; give an .xlsx file`,
  outputReadOnly: (out) => `${out}: the file is read-only; it will not be replaced`,
  outputNotFile: (out) => `${out}: not a regular file; it will not be replaced`,
  nothingUsable: (out) => `no file could be used in the merge; the summary with the rejected files is in ${out}`,
  feedbackWritten: (dir, n) => `${dir}: feedback workbooks: ${n}`,
  feedbackHoldsInput: (dir, input) => `--feedback ${dir} holds the input ${input}; choose a folder outside the folders you merge`,
  nothingUsableKept: (out) => `no file could be used in the merge; the existing summary was left unchanged: ${out}`,
  noSuchInput: (file) => `${file}: no such file or folder`,
  noVersionFile: (file) => `${file}: cannot read the program's version`,

  made: (out, stamp, demo) => `${out}: ${stamp}${demo ? " (demonstration data)" : ""}`,
  unknownMeta: "?",
  total: "Overall",
  figureAverage: (f, min, max) => `average ${f} (on the ${min}–${max} scale; mean of the rated items)`,
  figureNonCompliance: (f) => `non-compliance ${f} % (Neatbilst of the assessed items)`,
  figureProgress: (f) => `done ${f} % (of the actions, not-applicable ones left out)`,
  overallAverage: (f, min, max) => `Overall score: ${f} (on the ${min}–${max} scale; mean of the criterion averages)`,
  overallNonCompliance: (f) => `Overall non-compliance: ${f} % (every assessed item)`,
  overallProgress: (f) => `Done overall: ${f} % (every action)`,
  sheetRefused: "not used",
  mergeSummary: (out, a, r) => `${out} — accepted: ${numberIn("en", a)}, rejected: ${numberIn("en", r)}`,
  locale: "en-GB",
};

export const TEXTS: Readonly<Record<Lang, Texts>> = { lv, en };

/**
 * The run's language: `--lang`, else the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG) when it
 * is English; Latvian otherwise, also for "C" and "POSIX".
 */
export function languageOf(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  if (flag !== undefined) return flag === "lv" || flag === "en" ? flag : undefined;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "lv";
}
