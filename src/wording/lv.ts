import type { RawValue } from "../core/form";
import type { FindingReason, SheetReason } from "../core/reasons";
import { agree, counted, dateOfSerial, megabytes, momentText, numberIn, typedNumber } from "./numbers";
import type { ByBy, OfKind, Wording } from "./types";
import { pick, pickBy } from "./pick";

/**
 * Latvian: the words of `docs/glossary.md` (veidne, saņemtā veidne, konstatējums, lapa, diapazons,
 * iestāde, apkopot), „…” quotation marks, decimal commas through Intl, and a noun that agrees with
 * every count. Reasons are phrases (they follow "fails: …"); findings are sentences.
 */

const q = (s: string) => `„${s}”`;
const list = (xs: readonly string[]) => xs.map(q).join(", ");
const n = (x: number) => numberIn("lv", x);

/** A cell's value as the person typed it. */
function value(v: RawValue): string {
  if (v === null || v === "") return "tukša šūna";
  if (typeof v === "number") return typedNumber("lv", v);
  if (typeof v === "boolean") return v ? "PATIESS" : "APLAMS";
  return q(v);
}

/** What the system's error code means, in our words; a POSIX code stays beside it, for whoever must look it up. */
function systemError(code: string | undefined): string {
  const meaning = systemMeaning(code);
  return code !== undefined && /^E[A-Z]+$/.test(code) && !meaning.includes(code) ? `${meaning}; kods ${code}` : meaning;
}

function systemMeaning(code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "nav atļaujas to lasīt";
    case "EISDIR":
      return "tā ir mape, nevis fails";
    case "EBUSY":
      return "fails ir aizņemts (atvērts citā programmā)";
    case "ENOENT":
    case "NotFoundError":
      return "fails vairs nav atrodams";
    case "NotReadableError":
      return "fails nav nolasāms — iespējams, tas pa to laiku mainīts vai aizņemts";
    case "SecurityError":
      return "pārlūks neatļauj to lasīt";
    case "EIO":
      return "diska lasīšanas kļūda";
    case undefined:
      return "lasīšana neizdevās";
    default:
      return `sistēmas kļūdas kods: ${code}`;
  }
}

/** Which fact decided that one saņemtā veidne is newer than another. */
const LATER_BY: ByBy = {
  datums: (w) => `datums ${dateOfSerial(w.later)} ir vēlāks par ${dateOfSerial(w.earlier)}`,
  dated: (w) => `tajā ir datums ${dateOfSerial(w.date)}, aizstātajā datuma nav`,
  saved: (w) => `${w.datums === "same" ? "datums tas pats" : "datuma nav nevienā"}, darbgrāmatā ierakstītais saglabāšanas laiks ir vēlāks: ${momentText(w.at)}`,
  fileTime: (w) => `${w.datums === "same" ? "datums tas pats" : "datuma nav nevienā"}, faila laiks ir vēlāks: ${momentText(w.at)}`,
};

/** Invisible characters by their code points: "neredzamu rakstzīmi U+200B". */
const invisible = (hidden: readonly string[]) => `${hidden.length === 1 ? "neredzamu rakstzīmi" : "neredzamas rakstzīmes"} ${hidden.join(", ")}`;

/** Why a value is off the scale, before any invisible character it holds is named. */
function invalidWords(r: OfKind<FindingReason, "invalid">): string {
  const allowed = r.allowed.length ? r.allowed.join(", ") : "0, 1, 2, …";
  switch (r.why) {
    case "textNumber":
      return `Vērtība ${value(r.value)} ir ievadīta kā teksts; ievadiet skaitli ${typeof r.readAs === "number" ? typedNumber("lv", r.readAs) : String(r.readAs)} (teksts netiek skaitīts).`;
    case "outOfScale":
      return `Vērtība ${value(r.value)} nav skalā (${allowed}).`;
    case "notWhole":
      return `Skaitam ${value(r.value)} jābūt veselam.`;
    case "negative":
      return `Skaits ${value(r.value)} nevar būt negatīvs.`;
    case "unknownWord":
      return r.readAs !== undefined
        ? `Vērtībā ${value(r.value)} ir lieka atstarpe; ievadiet ${q(String(r.readAs))}.`
        : `Vērtība ${value(r.value)} nav skalā (${allowed}).`;
    case "wrongType":
      return `Vērtība ${value(r.value)} nav derīga (${allowed}).`;
  }
}

const sheetCell = (r: { readonly sheet: string; readonly cell: string }) => `lapas ${q(r.sheet)} šūna ${r.cell}`;

const BAD_TABLE: Readonly<Record<Extract<SheetReason, { kind: "badTable" }>["why"], (maxRows: number) => string>> = {
  notRange: () => "tas nav šūnu diapazons",
  outsideGrid: () => "tas ir ārpus Excel lapas robežām",
  tooManyRows: (max) => `vairāk par ${counted("lv", max, { one: "rindu", other: "rindām" })}`,
};

export const lv: Wording = {
  reason: {
    notZip: () => "nav .xlsx fails (nav zip arhīvs)",
    encrypted: () => "fails ir aizsargāts ar paroli (šifrēts) vai ir vecs .xls fails",
    notXlsx: () => "zip arhīvs, bet nav Excel darbgrāmata",
    noStampedSheet: () => "failā nav nevienas lapas ar Kvalitātes veidnes zīmogu",
    corrupt: (r) => {
      const part = r.part ? q(r.part) : "";
      const fault = {
        noDirectory: "nav atrasts arhīva satura rādītājs — iespējams, fails nav pārsūtīts līdz galam",
        zip64: "bojāts liela arhīva (ZIP64) satura rādītājs",
        tooManyEntries: "arhīvā ir vairāk daļu, nekā darbgrāmatai var būt",
        directory: "arhīva satura rādītājs ir bojāts",
        localHeader: `daļas ${part} galvene ir bojāta`,
        cutOff: `daļa ${part} ir nepilnīga — fails, iespējams, nav pārsūtīts līdz galam`,
        encryptedEntry: `daļa ${part} ir šifrēta`,
        method: `daļa ${part} ir saspiesta ar nepazīstamu metodi`,
        inflate: `daļu ${part} nevar atspiest`,
        xml: `darbgrāmatas daļa ${part} nav pareizs XML`,
      }[r.fault];
      return `fails ir bojāts vai nepilnīgs (${fault})`;
    },
    zipBomb: (r) => {
      const facts =
        r.ratio !== undefined && r.part
          ? `: daļa ${q(r.part)} izplešas ${n(r.ratio)} reizes`
          : r.limit !== undefined
            ? `: atspiests pārsniedz ${megabytes("lv", r.limit)}`
            : "";
      return `fails atspiežot kļūst aizdomīgi liels (zip bumba${facts})`;
    },
    fileTooLarge: (r) => `fails ir pārāk liels (${megabytes("lv", r.bytes)}; drīkst būt līdz ${megabytes("lv", r.limit)})`,
    workbookTooLarge: (r) => {
      const what = { sheets: "lapu", names: "definēto nosaukumu", cells: "šūnu", text: "rakstzīmju vienā teksta virknē" }[r.what];
      return `fails ir pārāk liels: ${what} ir vairāk, nekā saņemtajai veidnei var būt (robeža: ${n(r.limit)})`;
    },
    unreadable: (r) => `failu nevarēja nolasīt (${systemError(r.code)})`,

    noSuchFile: () => "šāda faila vai mapes nav",
    brokenLink: () => "saite ved uz neesošu failu",
    linkLoop: () => "saišu cilpa (saite ved atpakaļ uz sevi vai mapi, kurā tā atrodas)",
    folderAgain: (r) => `šī mape jau nolasīta kā ${q(r.first)}`,
    sameFileAs: (r) => `tas pats fails, kas ${q(r.first)} (nolasīts vienreiz)`,
    notRegular: (r) =>
      `nav parasts fails, bet ${{ fifo: "nosauktais kanāls (FIFO)", socket: "tīkla ligzda", device: "ierīce", other: "cita veida ieraksts" }[r.entry]}`,
    folderUnreadable: (r) => `mapi nevar atvērt (${systemError(r.code)}); tās faili nav nolasīti`,
    saveAsXlsx: (r) => `${r.ext} fails: saglabājiet to kā .xlsx (Excel darbgrāmatu) un apkopojiet vēlreiz`,
    notSpreadsheet: (r) => `nav izklājlapa (${r.ext ? r.ext : "bez paplašinājuma"})`,

    noTable: (r) =>
      `lapā ${q(r.sheet)} (${q(r.stamp)}) nav tabulas ar ${agree("lv", r.missing.length, { one: "kolonnu", other: "kolonnām" })} ${list(r.missing)}`,
    unknownTemplate: (r) => `${sheetCell(r)}: nezināma veidne ${q(r.stamp)}`,
    unknownVersion: (r) => `${sheetCell(r)}: veidnes versija ${q(r.stamp)} nav zināma (zināmās: ${list(r.known)})`,
    newerVersion: (r) => `${sheetCell(r)}: veidne ${q(r.stamp)} ir jaunāka par šo Kvalitātes versiju; atjauniniet Kvalitāti`,
    noStamp: (r) => `${sheetCell(r)}: veidnes zīmoga šūna ir tukša vai bojāta`,
    veryHidden: (r) => `lapa ${q(r.sheet)} ir ļoti paslēpta: Excel to nerāda, tāpēc tās veidne netiek skaitīta; padariet lapu redzamu un saglabājiet vēlreiz`,
    codesMismatch: (r) => {
      const shown = list(r.foreign.slice(0, 5)) + (r.foreign.length > 5 ? ", …" : "");
      const facts = `${n(r.present)} no ${counted("lv", r.total, { one: "koda", other: "kodiem" })}${r.foreign.length ? `; sveši: ${shown}` : ""}`;
      return r.codesOf
        ? `lapa ${q(r.sheet)}: zīmogs norāda ${q(r.stamp)}, bet tabulas kodi ir veidnes ${q(r.codesOf)} kodi (${facts})`
        : `lapa ${q(r.sheet)}: zīmogs norāda ${q(r.stamp)}, bet tabulas kodi neatbilst šai veidnei (${facts})`;
    },
    badTable: (r) => {
      const shown = r.ref.length > 40 ? `${r.ref.slice(0, 40)}…` : r.ref;
      return `lapa ${q(r.sheet)}: tabulas ${q(r.table)} diapazons ${q(shown)} nav veidnes tabula (${BAD_TABLE[r.why](r.maxRows)})`;
    },
    tooLarge: (r) => `lapa ${q(r.sheet)} ir pārāk liela aizpildītai veidnei (${pick(lv.defect, r.defect)})`,
    damaged: (r) => `lapa ${q(r.sheet)} ir bojāta (${pick(lv.defect, r.defect)})`,

    noIestade: (r) => `${sheetCell(r)}: nav norādīta iestāde`,
    badPeriod: (r) => `${sheetCell(r)}: periods nav gads (${r.value ? q(r.value) : "tukša šūna"})`,
    sameContent: (r) => `dublikāts: saturs ir tāds pats kā failā ${q(r.file)} (lapa ${q(r.sheet)})`,
    superseded: (r) => {
      const why = pickBy(LATER_BY, r.why);
      return `aizstāts ar ${q(r.by)} — jaunāku tās pašas iestādes, perioda un vērtētāja veidni (${why})`;
    },
    undecidedDuplicate: (r) =>
      `dublikāts: tā pati veidne, iestāde, periods un vērtētājs kā ${q(r.as)}, un ne datums, ne darbgrāmatā ierakstītais saglabāšanas laiks, ne faila laiks nerāda, kura ir jaunāka`,
  },

  defect: {
    tooManyCells: (r) => `vairāk par ${counted("lv", r.limit, { one: "šūnu", other: "šūnām" })}`,
    xmlTooLarge: (r) => `lapas XML ir lielāks par ${megabytes("lv", r.bytes)}`,
    textTooLong: (r) => `${r.ref}: šūnā ir vairāk par ${counted("lv", r.limit, { one: "rakstzīmi", other: "rakstzīmēm" })}`,
    rowOutsideGrid: (r) => `rindas numurs ${q(r.row)} ir ārpus Excel lapas robežām`,
    cellOutsideGrid: (r) => `šūnas adrese ${q(r.ref)} ir ārpus Excel lapas robežām`,
    tooManyColumns: (r) => `rindā ${typedNumber("lv", r.row)} ir vairāk par ${counted("lv", r.limit, { one: "kolonnu", other: "kolonnām" })}`,
    notStringIndex: (r) => `${r.ref}: ${q(r.value)} nav koplietojamās virknes numurs`,
    noSuchString: (r) => `${r.ref}: koplietojamās virknes nr. ${typedNumber("lv", r.index)} nav (virkņu skaits failā: ${n(r.count)})`,
    malformedXml: (r) => (r.inTable ? "tabulas XML nav pareizs" : "lapas XML nav pareizs"),
  },

  finding: {
    invalid: (r) => {
      const said = invalidWords(r);
      return r.hidden?.length ? `${said} Tā satur ${invisible(r.hidden)}.` : said;
    },
    hiddenCharacters: (r) => {
      const what = r.hidden.length ? `satur ${invisible(r.hidden)}` : "ir rakstīta ar atdalītām diakritiskajām zīmēm (NFD)";
      return `Vērtība ${value(r.value)} ${what}: tā skaitīta kā ${value(r.readAs)}, bet lapas formulas to neskaita — ievadiet ${value(r.readAs)} no jauna.`;
    },
    tableLost: (r) => `Tabula zudusi; nolasīta pēc virsrakstu rindas (${r.cell}). Vērtējumi ir skaitīti; lapas formulas var tos vairs neaptvert.`,
    hiddenSheet: (r) => `Lapa ${q(r.sheet)} ir paslēpta; tās veidne ir skaitīta (Excel: Sākums → Formatēt → Paslēpt un parādīt).`,
    missingRating: () => "Vērtējums nav ievadīts.",
    missingRespondents: () => "Nav norādīts respondentu skaits.",
    missingMeta: (r) =>
      ({ Iestade: "Nav norādīta iestāde.", Vertetajs: "Nav norādīts vērtētājs.", Periods: "Nav norādīts periods (gads).", Datums: "Nav norādīts datums." })[
        r.field
      ],
    badYear: (r) => `Periodam jābūt četrciparu gadam (piemēram, 2024), nevis ${value(r.value)}.`,
    textYear: (r) => `Gads ${value(r.value)} ir ievadīts kā teksts; ievadiet to kā skaitli.`,
    badDate: (r) => `Vērtība ${value(r.value)} nav datums; ievadiet datumu formātā DD.MM.GGGG.`,
    textDate: (r) => `Datums ${value(r.value)} ir ievadīts kā teksts; ievadiet to kā datumu (DD.MM.GGGG).`,
    badDeadline: (r) => `Termiņam jābūt gadam vai „pastāvīgi”, nevis ${value(r.value)}.`,
    futurePeriod: (r) => `Periods ${typedNumber("lv", r.year)} vēl nav sācies: vai gads ir pareizs?`,
    futureDate: (r) => `Datums ${dateOfSerial(r.serial)} ir nākotnē: vai tas ir pareizs?`,
    missingRow: (r) => `Trūkst rindas ar kodu ${q(r.code)}.`,
    unknownRow: (r) => `Rinda ar kodu ${q(r.code)} nav veidnē un netiek skaitīta.`,
    duplicateRow: (r) => `Kods ${q(r.code)} atkārtojas; tiek skaitīta tikai pirmā rinda.`,
    registerRow: (r) => `Periodā ${r.period}: plānotās + neplānotās + dokumentu pārbaudes = ${n(r.parts)}, bet pārbaužu skaits ir ${n(r.total)}.`,
    registerTotal: (r) => `Kopā (${r.column}) ir ${n(r.total)}, bet periodu summa ir ${n(r.sum)}.`,
    tooManyAnswers: (r) => `Jautājumā ${r.question} atbilžu skaits (${n(r.sum)}) pārsniedz respondentu skaitu (${n(r.respondents)}).`,
  },
};
