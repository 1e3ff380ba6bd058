import { REGISTER_TOTAL_CODE, type Template } from "../catalog/types";
import { DATE_SERIAL_MAX, DATE_SERIAL_MIN, YEAR_MAX, YEAR_MIN } from "../limits";
import { dropdownValues } from "../catalog/scales";
import { isBlank, parseLocaleNumber, type CellInput, type FilledForm, type FormRow } from "../form";
import { interpret } from "../interpret";
import { normalText } from "../text";
import { itemCodes } from "../scoring/formResult";
import { messages, type Message } from "./messages";

export type Severity = "error" | "incomplete" | "warning";

export type RuleId =
  | "rating.invalid"
  | "rating.missing"
  | "rating.hidden"
  | "sheet.tableLost"
  | "sheet.hidden"
  | "meta.missing"
  | "meta.year"
  | "meta.date"
  | "meta.future"
  | "row.missing"
  | "row.unknown"
  | "row.duplicate"
  | "register.row"
  | "register.total"
  | "plan.deadline"
  | "survey.respondents"
  | "survey.sum";

export interface Finding {
  readonly sheet: string;
  /** A1 address of the cell to fix. */
  readonly cell: string;
  /** The item code, or the metadata name (Iestade, Periods, Vertetajs, Datums). */
  readonly code: string;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: Message;
}

/** A form's findings as of now (a period or Datums after today is one). */
export function validateForm(form: FilledForm): Finding[] {
  return validateFormAsOf(form, new Date());
}

/** A form's findings as of a given day: a period or Datums after it is in the future. */
export function validateFormAsOf(form: FilledForm, today: Date): Finding[] {
  const findings: Finding[] = [];
  const at = (cell: CellInput | string, code: string, rule: RuleId, severity: Severity, message: Message) =>
    findings.push({ sheet: form.sheet, cell: typeof cell === "string" ? cell : cell.ref, code, rule, severity, message });

  for (const note of form.notes ?? []) at(note.cell, note.kind === "tableLost" ? "Kods" : "Veidne", note.kind === "tableLost" ? "sheet.tableLost" : "sheet.hidden", "warning", note.message);
  validateMeta(form, at, today);
  validateRows(form, at);
  if (form.template.kind === "register") validateRegister(form, at);
  if (form.template.kind === "actionPlan") validateDeadlines(form, at);
  if (form.template.kind === "survey") validateSurvey(form, at);
  return findings;
}

type At = (cell: CellInput | string, code: string, rule: RuleId, severity: Severity, message: Message) => void;

function validateMeta(form: FilledForm, at: At, today: Date) {
  const { iestade, periods, vertetajs, datums } = form.meta;
  if (isBlank(iestade.value) || String(iestade.value).trim() === "")
    at(iestade, "Iestade", "meta.missing", "error", messages.missingMeta("iestāde", "service or provider"));
  if (isBlank(vertetajs.value)) at(vertetajs, "Vertetajs", "meta.missing", "incomplete", messages.missingMeta("vērtētājs", "assessor"));

  // The local calendar day: a form dated today is not in the future wherever the clock stands.
  const todaySerial = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / 86400000 + 25569;
  let year: number | undefined;
  if (isBlank(periods.value)) at(periods, "Periods", "meta.missing", "error", messages.missingMeta("periods (gads)", "period (year)"));
  else if (typeof periods.value === "number") {
    if (!isYear(periods.value)) at(periods, "Periods", "meta.year", "error", messages.badYear(periods.value));
    else year = periods.value;
  } else {
    const n = typeof periods.value === "string" ? yearInText(periods.value) : undefined;
    // A year typed as text is read (the merge counts it, as "4,0" is read as 4), and said.
    if (n !== undefined && isYear(n)) {
      year = n;
      at(periods, "Periods", "meta.year", "warning", messages.textYear(periods.value));
    } else at(periods, "Periods", "meta.year", "error", messages.badYear(periods.value));
  }
  if (year !== undefined && year > today.getFullYear()) at(periods, "Periods", "meta.future", "error", messages.futurePeriod(year));

  let date: number | undefined;
  if (isBlank(datums.value)) at(datums, "Datums", "meta.missing", "incomplete", messages.missingMeta("datums", "date"));
  else if (typeof datums.value === "number") {
    if (datums.value < DATE_SERIAL_MIN || datums.value > DATE_SERIAL_MAX)
      at(datums, "Datums", "meta.date", "error", messages.badDate(datums.value));
    else date = datums.value;
  } else {
    date = typeof datums.value === "string" ? parseLatvianDate(datums.value) : undefined;
    at(datums, "Datums", "meta.date", "error", date !== undefined ? messages.textDate(datums.value) : messages.badDate(datums.value));
  }
  if (date !== undefined && Math.floor(date) > todaySerial) at(datums, "Datums", "meta.future", "error", messages.futureDate(serialText(date)));
}

/** An Excel date serial as dd.mm.gggg. */
export function serialText(serial: number): string {
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86400000));
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
}

/**
 * A year typed as text, as people write it: "2023", "2023.", "2023. gads", "2023. g.". The one reading
 * of a text Periods for validation and the merge alike, so a form is never a finding in one and a
 * rejection in the other.
 */
export function yearInText(text: string): number | undefined {
  const m = /^\s*(\d{4})\.?\s*(?:g\.?|gads|gadā|gada)?\s*$/i.exec(text);
  if (m) return Number(m[1]);
  return parseLocaleNumber(text);
}

/** "25.11.2026" or "2026-11-25" → Excel serial; undefined otherwise. */
export function parseLatvianDate(text: string): number | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return ms / 86400000 + 25569;
}

function validateRows(form: FilledForm, at: At) {
  const { template } = form;
  const anchor = form.tableRef?.split(":")[0] ?? "A1";
  const seen = new Set<string>();
  const allowed = allowedText(template);
  for (const row of form.rows) {
    if (seen.has(row.code)) {
      at(row.value, row.code, "row.duplicate", "error", messages.duplicateRow(row.code));
      continue;
    }
    seen.add(row.code);
    const raw = row.value.value;
    const i = interpret(template.scale, raw);
    if (i.kind === "invalid") at(row.value, row.code, "rating.invalid", "error", messages.invalid(i.reason, raw, allowed, i.readAs));
    else if (i.kind === "blank") at(row.value, row.code, "rating.missing", "incomplete", messages.missingRating());
    else if (typeof raw === "string" && normalText(raw) !== raw) {
      const readAs = i.kind === "scored" ? i.value : String(template.scale.notApplicable?.value ?? "");
      at(row.value, row.code, "rating.hidden", "warning", messages.hiddenCharacters(raw, readAs));
    }
  }
  for (const code of template.groups.flatMap(itemCodes)) {
    if (!seen.has(code)) at(anchor, code, "row.missing", "error", messages.missingRow(code));
  }
  for (const row of form.unknownRows ?? []) at(row.value, row.code, "row.unknown", "warning", messages.unknownRow(row.code));
}

function allowedText(template: Template): string {
  if (template.scale.kind === "count") return "0, 1, 2, …";
  return dropdownValues(template.scale).join(", ");
}

function numberOf(cell: CellInput | undefined): number | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === "number") return cell.value;
  return isBlank(cell.value) ? 0 : undefined;
}

function validateRegister(form: FilledForm, at: At) {
  const reg = form.template.register;
  if (!reg) return;
  const byCode = new Map(form.rows.map((r) => [r.code, r]));
  const periodRows = reg.periods.map((p) => byCode.get(p.code)).filter((r): r is FormRow => !!r);
  for (const row of periodRows) {
    const parts = reg.columns.map((c) => numberOf(row.fields?.[c.key]));
    const total = numberOf(row.value);
    for (const c of reg.columns) checkCount(row.fields?.[c.key], row.code, at, form.template);
    if (parts.every((p): p is number => p !== undefined) && total !== undefined) {
      const sum = parts.reduce((a, b) => a + b, 0);
      if (sum !== total) at(row.value, row.code, "register.row", "error", messages.registerRow(row.code, sum, total));
    }
  }
  const totalRow = byCode.get(REGISTER_TOTAL_CODE);
  if (!totalRow) return;
  const columns = [...reg.columns.map((c) => ({ key: c.key as string | undefined, header: c.header })), { key: undefined, header: reg.totalHeader }];
  for (const c of columns) {
    const cellOf = (r: FormRow) => (c.key ? r.fields?.[c.key] : r.value);
    const values = periodRows.map((r) => numberOf(cellOf(r)));
    const total = numberOf(cellOf(totalRow));
    if (total === undefined || values.some((v) => v === undefined)) continue;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (sum !== total) at(cellOf(totalRow)!, REGISTER_TOTAL_CODE, "register.total", "error", messages.registerTotal(c.header, sum, total));
  }
}

function checkCount(cell: CellInput | undefined, code: string, at: At, template: Template) {
  if (!cell) return;
  const i = interpret(template.scale, cell.value);
  if (i.kind === "invalid") at(cell, code, "rating.invalid", "error", messages.invalid(i.reason, cell.value, allowedText(template), i.readAs));
}

/** Action-plan deadlines: a year, or "pastāvīgi" (ongoing). */
export const ONGOING = "pastāvīgi";

export function isDeadline(value: CellInput["value"]): boolean {
  if (typeof value === "number") return isYear(value);
  if (typeof value === "string") {
    const t = value.trim();
    return t.toLocaleLowerCase("lv") === ONGOING || (/^\d{4}$/.test(t) && isYear(Number(t)));
  }
  return false;
}

function validateDeadlines(form: FilledForm, at: At) {
  for (const row of form.rows) {
    const d = row.fields?.deadline;
    if (d && !isDeadline(d.value)) at(d, row.code, "plan.deadline", "error", messages.badDeadline(d.value));
  }
}

function validateSurvey(form: FilledForm, at: At) {
  const { template } = form;
  const resp = form.respondents;
  const respondents = resp ? interpret(template.scale, resp.value) : undefined;
  if (!resp || respondents?.kind !== "scored") {
    at(resp ?? "A1", "Respondenti", "survey.respondents", "error", messages.missingRespondents());
    return;
  }
  const multi = new Set(template.survey?.multiChoice ?? []);
  const byCode = new Map(form.rows.map((r) => [r.code, r]));
  for (const q of template.groups) {
    if (multi.has(q.code)) continue;
    const rows = (q.items ?? []).flatMap((i) => byCode.get(i.code) ?? []);
    const sum = rows.reduce((a, r) => {
      const i = interpret(template.scale, r.value.value);
      return a + (i.kind === "scored" ? (i.value as number) : 0);
    }, 0);
    if (sum > (respondents.value as number) && rows.length > 0)
      at(rows[rows.length - 1].value, q.code, "survey.sum", "error", messages.tooManyAnswers(q.code, sum, respondents.value as number));
  }
}
