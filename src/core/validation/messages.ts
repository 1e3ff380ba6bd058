import type { InvalidReason } from "../interpret";
import { invisibleCharacters } from "../text";

/** A finding's words, Latvian first. Kept here so the core, the CLI and the pane say the same thing. */
export interface Message {
  readonly lv: string;
  readonly en: string;
}

const fmt = (v: unknown) => (typeof v === "string" ? `“${v}”` : String(v));

/** A size as the limits speak of it: "21.0 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export const messages = {
  /** A file that could not be opened or read at all; the detail is the system's or the reader's own words. */
  unreadable(detail: string): Message {
    return { lv: `failu nevarēja nolasīt (${detail})`, en: `the file could not be read (${detail})` };
  },
  /** A file or workbook over one of the reader's limits; the detail says which ("21.0 MB > 20.0 MB", "> 255 sheets"). */
  tooLarge(detail: string): Message {
    return { lv: `fails ir pārāk liels (${detail})`, en: `the file is too large (${detail})` };
  },
  /** A file refused by its size alone, before its bytes are read. */
  fileTooLarge(size: number, limit: number): Message {
    return messages.tooLarge(`${megabytes(size)} > ${megabytes(limit)}`);
  },
  /** A form whose table object another program dropped (Gnumeric, SheetJS, a paste): read by its header row. */
  tableLost(headerCell: string): Message {
    return {
      lv: `Tabula zudusi; nolasīta pēc virsrakstu rindas (${headerCell}). Vērtējumi ir skaitīti; lapas formulas var tos vairs neaptvert.`,
      en: `The table is gone; read by its header row (${headerCell}). The ratings are counted; the sheet's formulas may no longer cover them.`,
    };
  },
  /** A form on a sheet hidden in Excel: counted, and said, since the analyst does not see it. */
  hiddenSheet(sheet: string): Message {
    return {
      lv: `Lapa „${sheet}” ir paslēpta; tās veidne ir skaitīta (Excel: Sākums → Formatēt → Paslēpt un parādīt).`,
      en: `The sheet “${sheet}” is hidden; its form is counted (Excel: Home → Format → Hide & Unhide).`,
    };
  },
  /** A workbook with no sheet that carries a Kvalitāte template's stamp. */
  noStamp(): Message {
    return { lv: "nav Kvalitāte veidnes zīmoga", en: "no Kvalitāte template stamp" };
  },
  /** A value off the scale; the invisible characters it holds are named, since they alone may keep it off. */
  invalid(reason: InvalidReason, value: unknown, allowed: string, readAs?: number | string): Message {
    const said = messages.invalidWords(reason, value, allowed, readAs);
    const hidden = typeof value === "string" ? invisibleCharacters(value) : [];
    if (!hidden.length) return said;
    const list = hidden.join(", ");
    return {
      lv: `${said.lv} Tā satur neredzamu rakstzīmi ${list}.`,
      en: `${said.en} It contains an invisible character ${list}.`,
    };
  },
  /**
   * A value counted once its invisible characters or decomposed letters are set aside: the sheet's
   * own formulas compare the cell as typed and do not count it until it is retyped.
   */
  hiddenCharacters(value: string, readAs: number | string): Message {
    const hidden = invisibleCharacters(value);
    const what = hidden.length
      ? { lv: `satur neredzamu rakstzīmi ${hidden.join(", ")}`, en: `contains an invisible character ${hidden.join(", ")}` }
      : { lv: "ir rakstīta ar atdalītām diakritiskajām zīmēm (Unicode NFD)", en: "is written with decomposed letters (Unicode NFD)" };
    return {
      lv: `Vērtība ${fmt(value)} ${what.lv}: tā skaitīta kā ${fmt(readAs)}, bet lapas formulas to neskaita — ievadiet ${fmt(readAs)} no jauna.`,
      en: `The value ${fmt(value)} ${what.en}: it is counted as ${fmt(readAs)}, but the sheet's formulas do not count it — retype ${fmt(readAs)}.`,
    };
  },
  invalidWords(reason: InvalidReason, value: unknown, allowed: string, readAs?: number | string): Message {
    switch (reason) {
      case "textNumber":
        return {
          lv: `Vērtība ${fmt(value)} ir ievadīta kā teksts; ievadiet skaitli ${readAs} (teksts netiek skaitīts).`,
          en: `The value ${fmt(value)} was entered as text; enter the number ${readAs} (text is not counted).`,
        };
      case "outOfScale":
        return {
          lv: `Vērtība ${fmt(value)} nav skalā (${allowed}).`,
          en: `The value ${fmt(value)} is not on the scale (${allowed}).`,
        };
      case "notWhole":
        return { lv: `Skaitam ${fmt(value)} jābūt veselam.`, en: `The count ${fmt(value)} must be a whole number.` };
      case "negative":
        return { lv: `Skaits ${fmt(value)} nevar būt negatīvs.`, en: `The count ${fmt(value)} cannot be negative.` };
      case "unknownWord":
        return readAs !== undefined
          ? { lv: `Vērtībā ${fmt(value)} ir lieka atstarpe; ievadiet ${fmt(readAs)}.`, en: `The value ${fmt(value)} has a stray space; enter ${fmt(readAs)}.` }
          : { lv: `Vērtība ${fmt(value)} nav skalā (${allowed}).`, en: `The value ${fmt(value)} is not on the scale (${allowed}).` };
      case "wrongType":
        return { lv: `Vērtība ${fmt(value)} nav derīga (${allowed}).`, en: `The value ${fmt(value)} is not valid (${allowed}).` };
    }
  },
  missingRating(): Message {
    return { lv: "Vērtējums nav ievadīts.", en: "No rating has been entered." };
  },
  missingMeta(nameLv: string, nameEn: string): Message {
    return { lv: `Nav norādīts: ${nameLv}.`, en: `Missing: ${nameEn}.` };
  },
  badYear(value: unknown): Message {
    return { lv: `Periodam jābūt četrciparu gadam (piem., 2024), nevis ${fmt(value)}.`, en: `Period must be a four-digit year (e.g. 2024), not ${fmt(value)}.` };
  },
  textYear(value: unknown): Message {
    return { lv: `Gads ${fmt(value)} ir ievadīts kā teksts; ievadiet to kā skaitli.`, en: `The year ${fmt(value)} was entered as text; enter it as a number.` };
  },
  badDate(value: unknown): Message {
    return { lv: `Datumam jābūt datumam (dd.mm.gggg), nevis ${fmt(value)}.`, en: `Date must be a date (dd.mm.yyyy), not ${fmt(value)}.` };
  },
  textDate(value: unknown): Message {
    return { lv: `Datums ${fmt(value)} ir ievadīts kā teksts; ievadiet to kā datumu.`, en: `The date ${fmt(value)} was entered as text; enter it as a date.` };
  },
  futurePeriod(year: number): Message {
    return { lv: `Periods ${year} vēl nav sācies: vai gads ir pareizs?`, en: `The period ${year} has not begun yet: is the year right?` };
  },
  futureDate(date: string): Message {
    return { lv: `Datums ${date} ir nākotnē: vai tas ir pareizs?`, en: `The date ${date} is in the future: is it right?` };
  },
  missingRow(code: string): Message {
    return { lv: `Trūkst rindas ar kodu ${code}.`, en: `The row with code ${code} is missing.` };
  },
  unknownRow(code: string): Message {
    return { lv: `Rinda ar kodu ${fmt(code)} nav veidnē un netiek skaitīta.`, en: `The row with code ${fmt(code)} is not in the template and is not counted.` };
  },
  duplicateRow(code: string): Message {
    return { lv: `Kods ${code} atkārtojas; skaitīta tiek tikai pirmā rinda.`, en: `Code ${code} is repeated; only the first row is counted.` };
  },
  registerRow(period: string, parts: number, total: number): Message {
    return {
      lv: `Periodā ${period}: plānotās + neplānotās + dokumentu pārbaudes = ${parts}, bet pārbaužu skaits ir ${total}.`,
      en: `Period ${period}: planned + unplanned + document checks = ${parts}, but the number of inspections is ${total}.`,
    };
  },
  registerTotal(column: string, sum: number, total: number): Message {
    return {
      lv: `Kopā (${column}) ir ${total}, bet periodu summa ir ${sum}.`,
      en: `Total (${column}) is ${total}, but the periods add up to ${sum}.`,
    };
  },
  badDeadline(value: unknown): Message {
    return {
      lv: `Termiņam jābūt gadam vai “pastāvīgi”, nevis ${fmt(value)}.`,
      en: `The deadline must be a year or “pastāvīgi” (ongoing), not ${fmt(value)}.`,
    };
  },
  missingRespondents(): Message {
    return { lv: "Nav norādīts respondentu skaits.", en: "The number of respondents is missing." };
  },
  tooManyAnswers(question: string, sum: number, respondents: number): Message {
    return {
      lv: `Jautājumā ${question} atbilžu skaits (${sum}) pārsniedz respondentu skaitu (${respondents}).`,
      en: `In question ${question} the answers (${sum}) exceed the respondents (${respondents}).`,
    };
  },
};
