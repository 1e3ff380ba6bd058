import { DATE_SERIAL_MAX, DATE_SERIAL_MIN } from "../limits";
import { isBlank, type CellInput, type FilledForm } from "../form";
import { interpret } from "../interpret";
import { invisibleCharacters, normalText } from "../text";
import { itemCodes } from "../catalog";
import type { FindingReason } from "../reasons";

import type { At, Finding, RuleId, Severity } from "./types";
import { isYear, parseLatvianDate, yearInText } from "../dates";
import { allowedValues, hiddenIn, readAs } from "./allowed";
import { kindOf } from "../kinds";

export type { At, Finding, RuleId, Severity } from "./types";
export { isYear, parseLatvianDate, serialText, yearInText } from "../dates";
export { ONGOING, isDeadline } from "../kinds/actionPlan";

/** A form's findings as of now (a period or Datums after today is one). */
export function validateForm(form: FilledForm): Finding[] {
  return validateFormAsOf(form, new Date());
}

/** A form's findings as of a given day: a period or Datums after it is in the future. */
export function validateFormAsOf(form: FilledForm, today: Date): Finding[] {
  const findings: Finding[] = [];
  const at = (cell: CellInput | string, code: string, rule: RuleId, severity: Severity, reason: FindingReason) =>
    findings.push({ sheet: form.sheet, cell: typeof cell === "string" ? cell : cell.ref, code, rule, severity, reason });

  for (const note of form.notes ?? [])
    if (note.kind === "tableLost") at(note.cell, "Kods", "sheet.tableLost", "warning", { kind: "tableLost", cell: note.cell });
    else at(note.cell, "Veidne", "sheet.hidden", "warning", { kind: "hiddenSheet", sheet: form.sheet });
  validateMeta(form, at, today);
  validateRows(form, at);
  kindOf(form.template).validate?.(form, at);
  return findings;
}

function validateMeta(form: FilledForm, at: At, today: Date) {
  const { iestade, periods, vertetajs, datums } = form.meta;
  if (isBlank(iestade.value) || String(iestade.value).trim() === "") at(iestade, "Iestade", "meta.missing", "error", { kind: "missingMeta", field: "Iestade" });
  if (isBlank(vertetajs.value)) at(vertetajs, "Vertetajs", "meta.missing", "incomplete", { kind: "missingMeta", field: "Vertetajs" });

  // The local calendar day: a form dated today is not in the future wherever the clock stands.
  const todaySerial = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / 86400000 + 25569;
  let year: number | undefined;
  if (isBlank(periods.value)) at(periods, "Periods", "meta.missing", "error", { kind: "missingMeta", field: "Periods" });
  else if (typeof periods.value === "number") {
    if (!isYear(periods.value)) at(periods, "Periods", "meta.year", "error", { kind: "badYear", value: periods.value });
    else year = periods.value;
  } else {
    const n = typeof periods.value === "string" ? yearInText(periods.value) : undefined;
    // A year typed as text is read (the merge counts it, as "4,0" is read as 4), and said.
    if (n !== undefined && isYear(n)) {
      year = n;
      at(periods, "Periods", "meta.year", "warning", { kind: "textYear", value: periods.value });
    } else at(periods, "Periods", "meta.year", "error", { kind: "badYear", value: periods.value });
  }
  if (year !== undefined && year > today.getFullYear()) at(periods, "Periods", "meta.future", "error", { kind: "futurePeriod", year });

  let date: number | undefined;
  if (isBlank(datums.value)) at(datums, "Datums", "meta.missing", "incomplete", { kind: "missingMeta", field: "Datums" });
  else if (typeof datums.value === "number") {
    if (datums.value < DATE_SERIAL_MIN || datums.value > DATE_SERIAL_MAX) at(datums, "Datums", "meta.date", "error", { kind: "badDate", value: datums.value });
    else date = datums.value;
  } else {
    date = typeof datums.value === "string" ? parseLatvianDate(datums.value) : undefined;
    at(datums, "Datums", "meta.date", "error", date !== undefined ? { kind: "textDate", value: datums.value } : { kind: "badDate", value: datums.value });
  }
  if (date !== undefined && Math.floor(date) > todaySerial) at(datums, "Datums", "meta.future", "error", { kind: "futureDate", serial: Math.floor(date) });
}

function validateRows(form: FilledForm, at: At) {
  const { template } = form;
  const anchor = form.tableRef?.split(":")[0] ?? "A1";
  const seen = new Set<string>();
  const allowed = allowedValues(template);
  for (const row of form.rows) {
    if (seen.has(row.code)) {
      at(row.value, row.code, "row.duplicate", "error", { kind: "duplicateRow", code: row.code });
      continue;
    }
    seen.add(row.code);
    const raw = row.value.value;
    const i = interpret(template.scale, raw);
    if (i.kind === "invalid")
      at(row.value, row.code, "rating.invalid", "error", { kind: "invalid", why: i.reason, value: raw, allowed, ...readAs(i.readAs), ...hiddenIn(raw) });
    else if (i.kind === "blank") at(row.value, row.code, "rating.missing", "incomplete", { kind: "missingRating" });
    else if (typeof raw === "string" && normalText(raw) !== raw) {
      const counted = i.kind === "scored" ? i.value : String(template.scale.notApplicable?.value ?? "");
      at(row.value, row.code, "rating.hidden", "warning", { kind: "hiddenCharacters", value: raw, readAs: counted, hidden: invisibleCharacters(raw) });
    }
  }
  for (const code of template.groups.flatMap(itemCodes)) {
    if (!seen.has(code)) at(anchor, code, "row.missing", "error", { kind: "missingRow", code });
  }
  for (const row of form.unknownRows ?? []) at(row.value, row.code, "row.unknown", "warning", { kind: "unknownRow", code: row.code });
}
