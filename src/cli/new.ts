import { catalog, DATE_SERIAL_MAX, DATE_SERIAL_MIN, isYear, parseLatvianDate, stampOf, templates, type Template } from "../core";
import { EXCEL_MAX_CELL_CHARS } from "../core/limits";
import { planFor, type NewSheetRequest } from "../plan/newSheet";
import { writeWorkbook } from "../render/xlsx";
import type { Values } from "./args";
import { checkOutput, JobError, shown, UsageError, writeAtomically, type Io } from "./io";
import type { Texts } from "./messages";

/**
 * A template by `id` (its newest version) or `id@version`, as `templates` prints it; an unknown
 * version is told which ones the catalog keeps.
 */
export function resolveTemplate(ref: string, t: Texts): Template {
  const m = /^\s*([^@\s]+)(?:@(\d+))?\s*$/.exec(ref);
  const versions = m ? catalog.versions(m[1]) : [];
  if (!m || versions.length === 0) throw new JobError(t.unknownTemplate(shown(ref), templates.map(stampOf).join(", ")));
  if (m[2] === undefined) return versions[versions.length - 1];
  const wanted = versions.find((v) => v.version === Number(m[2]));
  if (wanted) return wanted;
  throw new JobError(t.unknownVersion(shown(ref), versions.map(stampOf).join(", ")));
}

/** The metadata options, checked: `--periods` a year, `--datums` a date in the years a form may have. */
export function requestOf(values: Values, t: Texts): NewSheetRequest {
  let periods: number | undefined;
  if (values.periods !== undefined) {
    periods = /^\s*\d{4}\s*$/.test(values.periods) ? Number(values.periods) : NaN;
    if (!isYear(periods)) throw new UsageError(t.periodsYear(shown(values.periods)));
  }
  for (const [option, text] of [
    ["--iestade", values.iestade],
    ["--vertetajs", values.vertetajs],
  ] as const)
    if (text !== undefined && text.length > EXCEL_MAX_CELL_CHARS) throw new UsageError(t.tooLongForCell(option, text.length, EXCEL_MAX_CELL_CHARS));
  let datums: number | undefined;
  if (values.datums !== undefined) {
    datums = parseLatvianDate(values.datums);
    if (datums === undefined || datums < DATE_SERIAL_MIN || datums > DATE_SERIAL_MAX) throw new UsageError(t.datumsDate(shown(values.datums)));
  }
  return { demo: values.demo ?? false, iestade: values.iestade, periods, vertetajs: values.vertetajs, datums };
}

export async function newWorkbook(operands: readonly string[], values: Values, t: Texts, io: Io): Promise<number> {
  const [ref, extra] = operands;
  if (!ref) throw new UsageError(t.newTakesOneId);
  if (extra !== undefined) throw new UsageError(t.tooManyArguments("new", shown(extra)));
  if (values.out === undefined) throw new UsageError(t.needsOut("new"));
  const request = requestOf(values, t);
  const template = resolveTemplate(ref, t);
  const out = values.out;
  checkOutput(out, t);
  const { bytes } = writeWorkbook([planFor(template, request)]);
  await writeAtomically(out, t.cannotWrite, (sink) => sink(bytes));
  const stamp = stampOf(template);
  if (values.json) io.out(JSON.stringify({ file: out, template: template.id, version: template.version, stamp, demo: !!request.demo }) + "\n");
  else io.out(t.made(shown(out), stamp, !!request.demo) + "\n");
  return 0;
}
