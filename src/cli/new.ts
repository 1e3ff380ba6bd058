import { DATE_SERIAL_MAX, DATE_SERIAL_MIN, findTemplate, isYear, parseLatvianDate, stampOf, templates, type Template } from "../core";
import { planFor, type NewSheetRequest } from "../plan/newSheet";
import { writeWorkbook } from "../render/xlsx";
import type { Values } from "./args";
import { checkOutput, JobError, shown, UsageError, writeAtomically, type Io } from "./io";
import type { Texts } from "./messages";

/**
 * A template by `id` (its newest version) or `id@version`, as `templates` prints it. The catalog
 * answers `id@version` for the versions it keeps; this asks it for each, so an unknown version is
 * told which ones exist.
 */
export function resolveTemplate(ref: string, t: Texts): Template {
  const m = /^\s*([^@\s]+)(?:@(\d+))?\s*$/.exec(ref);
  const newest = m ? findTemplate(m[1]) : undefined;
  if (!m || !newest) throw new JobError(t.unknownTemplate(shown(ref), templates.map(stampOf).join(", ")));
  if (m[2] === undefined) return newest;
  const version = Number(m[2]);
  const at = (v: number) => (v === newest.version ? newest : findTemplate(`${newest.id}@${v}`));
  const wanted = at(version);
  if (wanted && wanted.version === version && wanted.id === newest.id) return wanted;
  const versions: string[] = [];
  for (let v = 1; v <= newest.version; v++) if (at(v)?.version === v) versions.push(`${newest.id}@${v}`);
  throw new JobError(t.unknownVersion(shown(ref), versions.join(", ")));
}

/** The metadata options, checked: `--periods` a year, `--datums` a date in the years a form may have. */
export function requestOf(values: Values, t: Texts): NewSheetRequest {
  let periods: number | undefined;
  if (values.periods !== undefined) {
    periods = /^\s*\d{4}\s*$/.test(values.periods) ? Number(values.periods) : NaN;
    if (!isYear(periods)) throw new UsageError(t.periodsYear(shown(values.periods)));
  }
  let datums: number | undefined;
  if (values.datums !== undefined) {
    datums = parseLatvianDate(values.datums);
    if (datums === undefined || datums < DATE_SERIAL_MIN || datums > DATE_SERIAL_MAX) throw new UsageError(t.datumsDate(shown(values.datums)));
  }
  return { demo: values.demo ?? false, iestade: values.iestade, periods, vertetajs: values.vertetajs, datums };
}

export function newWorkbook(operands: readonly string[], values: Values, t: Texts, io: Io): number {
  const [ref, extra] = operands;
  if (!ref) throw new UsageError(t.newTakesOneId);
  if (extra !== undefined) throw new UsageError(t.tooManyArguments("new", shown(extra)));
  if (values.out === undefined) throw new UsageError(t.needsOut("new"));
  const request = requestOf(values, t);
  const template = resolveTemplate(ref, t);
  const out = values.out;
  checkOutput(out, t);
  const { bytes } = writeWorkbook([planFor(template, request)]);
  writeAtomically(out, t.cannotWrite, (sink) => sink(bytes));
  const stamp = stampOf(template);
  if (values.json) io.out(JSON.stringify({ file: out, template: template.id, version: template.version, stamp, demo: !!request.demo }) + "\n");
  else io.out(t.made(shown(out), stamp, !!request.demo) + "\n");
  return 0;
}
