import type { Message } from "../core/validation/messages";

/**
 * Every word the command line says, once per language. A run speaks one language: Latvian unless
 * `--lang en` or an English locale asks otherwise. Reasons that travel into `--json` and into the
 * summary workbook are made in both (`both`), so the JSON's fields stay the same in either language.
 */

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
  scoreTakesOneFile: string;
  mergeTakesInputs: string;
  unknownTemplate(ref: string, known: string): string;
  unknownVersion(ref: string, versions: string): string;

  folderMissing(file: string, dir: string): string;
  cannotWrite(file: string, why: string): string;
  cannotRead(file: string, why: string): string;
  outputIsInput(out: string, input: string): string;
  outputIsFolder(out: string): string;
  outputReadOnly(out: string): string;
  outputNotFile(out: string): string;
  nothingUsable(out: string): string;
  feedbackWritten(dir: string, count: number): string;
  feedbackHoldsInput(dir: string, input: string): string;
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

  // Reasons a file of a merge is not used (both languages travel: see `both`).
  noSuchFile: string;
  brokenLink: string;
  linkLoop: string;
  folderAgain(first: string): string;
  sameFileAs(first: string): string;
  notRegular(kind: "fifo" | "socket" | "device" | "other"): string;
  folderUnreadable(code: string): string;
  saveAsXlsx(ext: string): string;
  notSpreadsheet(ext: string): string;
}

const EXIT_LV = "Izejas statuss: 0 paveikts (noraidītie faili un atradumi ir izvadē), 1 darbu nevarēja paveikt (iemesls — stderr; arī apvienošana, kurā neviens fails nederēja), 2 nepareiza lietošana.";
const EXIT_EN = "Exit status: 0 done (rejected files and findings are in the output), 1 the job could not be done (the reason is on stderr; also a merge that could use no file), 2 wrong usage.";

const lv: Texts = {
  title: "kvalitate — Labklājības ministrijas sociālo pakalpojumu kvalitātes kritēriji Excel darbgrāmatās",
  usageWord: "Lietošana",
  optionsWord: "Opcijas",
  exampleWord: "Piemērs",
  exitStatus: EXIT_LV,
  moreHelp: "Par katru komandu: kvalitate <komanda> --help",
  seeHelp: (command) => `Vairāk: kvalitate ${command} --help`,
  commands: {
    templates: { synopsis: "kvalitate templates [--json]", sentence: "Uzskaita kataloga veidnes: id@versija, veids un nosaukums.", example: "kvalitate templates --json" },
    new: {
      synopsis: "kvalitate new <veidne[@versija]> -o <fails.xlsx> [--demo] [--iestade <nosaukums>] [--periods <gads>] [--vertetajs <vārds>] [--datums <DD.MM.GGGG>] [--json]",
      sentence: "Izveido darbgrāmatu ar vienu veidni — tukšu vai ar izdomātiem demonstrācijas datiem; norādīto iestādi, periodu, vērtētāju un datumu ieraksta to šūnās.",
      example: 'kvalitate new uzraudziba-2016 --iestade "Rīgas sociālais dienests" --periods 2025 -o uzraudziba.xlsx',
    },
    score: { synopsis: "kvalitate score <fails.xlsx> [--json]", sentence: "Nolasa aizpildītu darbgrāmatu, pārbauda to un aprēķina tās rezultātus.", example: "kvalitate score uzraudziba.xlsx --json" },
    merge: {
      synopsis: "kvalitate merge <fails-vai-mape>… -o <kopsavilkums.xlsx> [--atgriezeniska-saite <mape>] [--json]",
      sentence: "Pārbauda un apvieno atgrieztās darbgrāmatas vienā kopsavilkumā; katrs norādītais vai mapē atrastais fails ir pieņemts vai noraidīts ar iemeslu, un neviens ievades fails netiek pārrakstīts.",
      example: "kvalitate merge atgrieztie/ -o kopsavilkums.xlsx",
    },
    help: { synopsis: "kvalitate help [komanda]", sentence: "Parāda komandas aprakstu, opcijas un piemēru.", example: "kvalitate help merge" },
  },
  options: {
    out: "-o, --out <fails.xlsx>     kur rakstīt (esošu failu aizstāj; tikai lasāmu — nē)",
    demo: "--demo                     aizpilda ar izdomātiem demonstrācijas datiem",
    iestade: "--iestade <nosaukums>      iestāde (pakalpojuma sniedzējs)",
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

  unknownCommand: (name) => `nezināma komanda "${name}"`,
  unknownOption: (name) => `nezināma opcija ${name}`,
  optionNeedsValue: (name) => `opcijai ${name} vajag vērtību`,
  optionNotFor: (name, command) => `opcija ${name} nav paredzēta komandai ${command}`,
  tooManyArguments: (command, extra) => `${command}: lieks arguments "${extra}"`,
  newTakesOneId: "new: norādiet vienu veidnes id (piemēram, uzraudziba-2016)",
  needsOut: (command) => `${command}: norādiet -o <fails.xlsx>`,
  periodsYear: (value) => `--periods: "${value}" nav gads (četri cipari, 1990–2100)`,
  datumsDate: (value) => `--datums: "${value}" nav datums (DD.MM.GGGG vai GGGG-MM-DD, 1990–2100)`,
  langValue: (value) => `--lang: "${value}" — izvēlieties lv vai en`,
  scoreTakesOneFile: "score: norādiet vienu .xlsx failu",
  mergeTakesInputs: "merge: norādiet vienu vai vairākus failus vai mapes",
  unknownTemplate: (ref, known) => `nezināma veidne "${ref}"; zināmās: ${known}`,
  unknownVersion: (ref, versions) => `${ref}: šādas versijas nav; ir ${versions}`,

  folderMissing: (file, dir) => `${file}: mape ${dir} nepastāv`,
  cannotWrite: (file, why) => `${file}: nevar ierakstīt (${why})`,
  cannotRead: (file, why) => `${file}: nevar nolasīt (${why})`,
  outputIsInput: (out, input) => `-o ${out} ir arī ievades fails ${input}; izvēlieties citu izvades failu (ārpus ievades mapēm)`,
  outputIsFolder: (out) => `-o ${out} ir mape; norādiet .xlsx failu`,
  outputReadOnly: (out) => `${out}: fails ir tikai lasāms; tas netiks aizstāts`,
  outputNotFile: (out) => `${out}: nav parasts fails; tas netiks aizstāts`,
  nothingUsable: (out) => `neviens fails nederēja apvienošanai; kopsavilkums ar noraidīto failu sarakstu ir ${out}`,
  feedbackWritten: (dir, n) => `${dir}: atgriezeniskās saites darbgrāmatas: ${n}`,
  feedbackHoldsInput: (dir, input) => `--atgriezeniska-saite ${dir} satur ievades failu ${input}; izvēlieties mapi ārpus ievades mapēm`,
  noVersionFile: (file) => `${file}: nevar nolasīt programmas versiju`,

  made: (out, stamp, demo) => `${out}: ${stamp}${demo ? " (demonstrācijas dati)" : ""}`,
  unknownMeta: "?",
  total: "Kopā",
  figureAverage: (f, min, max) => `vidējais vērtējums ${f} (skalā ${min}–${max}; novērtēto vienumu vidējais)`,
  figureNonCompliance: (f) => `neatbilstības ${f} % (Neatbilst no novērtētajiem vienumiem)`,
  figureProgress: (f) => `izpildīts ${f} % (no pasākumiem, neskaitot nav attiecināmos)`,
  overallAverage: (f, min, max) => `Kopējais vērtējums: ${f} (skalā ${min}–${max}; kritēriju vidējo vidējais)`,
  overallNonCompliance: (f) => `Kopējais neatbilstības %: ${f} % (visi novērtētie vienumi)`,
  overallProgress: (f) => `Kopā izpildīts: ${f} % (visi pasākumi)`,
  sheetRefused: "netiek izmantota",
  mergeSummary: (out, a, r) => `${out}: pieņemti ${a}, noraidīti ${r}`,
  locale: "lv-LV",

  noSuchFile: "šāda faila vai mapes nav",
  brokenLink: "saite ved uz neesošu failu",
  linkLoop: "saišu cilpa (saite ved atpakaļ uz sevi vai mapi, kurā tā atrodas)",
  folderAgain: (first) => `šī mape jau nolasīta kā ${first}`,
  sameFileAs: (first) => `tas pats fails, kas ${first} (nolasīts vienreiz)`,
  notRegular: (kind) => `nav parasts fails, bet ${{ fifo: "nosauktais kanāls (FIFO)", socket: "ligzda (socket)", device: "ierīce", other: "cita veida ieraksts" }[kind]}`,
  folderUnreadable: (code) => `mapi nevar atvērt (${code}); tās faili nav nolasīti`,
  saveAsXlsx: (ext) => `${ext} fails: saglabājiet kā .xlsx (Excel darbgrāmata) un apvienojiet vēlreiz`,
  notSpreadsheet: (ext) => `nav izklājlapa (${ext || "bez paplašinājuma"})`,
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
    templates: { synopsis: "kvalitate templates [--json]", sentence: "Lists the catalog's templates: id@version, kind and title.", example: "kvalitate templates --json" },
    new: {
      synopsis: "kvalitate new <template[@version]> -o <file.xlsx> [--demo] [--iestade <name>] [--periods <year>] [--vertetajs <name>] [--datums <DD.MM.YYYY>] [--json]",
      sentence: "Writes a workbook with one template, blank or with invented demonstration data; the service, period, assessor and date you give are written into their cells.",
      example: 'kvalitate new uzraudziba-2016 --iestade "Rīgas sociālais dienests" --periods 2025 -o uzraudziba.xlsx',
    },
    score: { synopsis: "kvalitate score <file.xlsx> [--json]", sentence: "Reads a filled workbook, validates it and computes its figures.", example: "kvalitate score uzraudziba.xlsx --json" },
    merge: {
      synopsis: "kvalitate merge <file-or-folder>… -o <summary.xlsx> [--feedback <folder>] [--json]",
      sentence: "Validates returned workbooks and merges them into one summary; every file given or found in a folder is accepted or rejected with a reason, and no input is ever written over.",
      example: "kvalitate merge returned/ -o summary.xlsx",
    },
    help: { synopsis: "kvalitate help [command]", sentence: "Shows a command's description, options and an example.", example: "kvalitate help merge" },
  },
  options: {
    out: "-o, --out <file.xlsx>      where to write (an existing file is replaced; a read-only one is not)",
    demo: "--demo                     fill with invented demonstration data",
    iestade: "--iestade <name>           the service (provider)",
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
  scoreTakesOneFile: "score: give one .xlsx file",
  mergeTakesInputs: "merge: give one or more files or folders",
  unknownTemplate: (ref, known) => `unknown template "${ref}"; known: ${known}`,
  unknownVersion: (ref, versions) => `${ref}: no such version; there is ${versions}`,

  folderMissing: (file, dir) => `${file}: the folder ${dir} does not exist`,
  cannotWrite: (file, why) => `${file}: cannot write (${why})`,
  cannotRead: (file, why) => `${file}: cannot read (${why})`,
  outputIsInput: (out, input) => `-o ${out} is also the input ${input}; choose another output file (outside the input folders)`,
  outputIsFolder: (out) => `-o ${out} is a folder; give an .xlsx file`,
  outputReadOnly: (out) => `${out}: the file is read-only; it will not be replaced`,
  outputNotFile: (out) => `${out}: not a regular file; it will not be replaced`,
  nothingUsable: (out) => `no file could be used in the merge; the summary with the rejected files is in ${out}`,
  feedbackWritten: (dir, n) => `${dir}: feedback workbooks: ${n}`,
  feedbackHoldsInput: (dir, input) => `--feedback ${dir} holds the input ${input}; choose a folder outside the folders you merge`,
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
  mergeSummary: (out, a, r) => `${out}: ${a} accepted, ${r} rejected`,
  locale: "en-GB",

  noSuchFile: "no such file or folder",
  brokenLink: "the link leads to a file that does not exist",
  linkLoop: "a loop of links (the link leads back to itself or to a folder that holds it)",
  folderAgain: (first) => `this folder was already read as ${first}`,
  sameFileAs: (first) => `the same file as ${first} (read once)`,
  notRegular: (kind) => `not a regular file but ${{ fifo: "a named pipe (FIFO)", socket: "a socket", device: "a device", other: "another kind of entry" }[kind]}`,
  folderUnreadable: (code) => `the folder cannot be opened (${code}); its files were not read`,
  saveAsXlsx: (ext) => `${ext} file: save it as .xlsx (Excel workbook) and merge again`,
  notSpreadsheet: (ext) => `not a spreadsheet (${ext || "no extension"})`,
};

export const TEXTS: Readonly<Record<Lang, Texts>> = { lv, en };

/** A reason in both languages, for the JSON (`reason`, `reasonEn`) and the summary workbook. */
export function both(say: (t: Texts) => string): Message {
  return { lv: say(lv), en: say(en) };
}

/**
 * The run's language: `--lang`, else the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG) when it
 * is English; Latvian otherwise, also for "C" and "POSIX".
 */
export function languageOf(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  if (flag !== undefined) return flag === "lv" || flag === "en" ? flag : undefined;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "lv";
}
