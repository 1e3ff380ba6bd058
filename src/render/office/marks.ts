import type { CellInput, FilledForm } from "../../core/form";
import type { Finding } from "../../core/validation/validate";
import { cellRef, parseCell } from "../../plan/a1";
import { INPUT_FILL, MARK_FILL } from "./looks";
import type { SheetDetails } from "./readForms";
import { step, type WriteStep } from "./writeSteps";

/**
 * Marks the cells validation found wrong, and unmarks the ones fixed since. Marks live only on the
 * form's input cells (the rating, comment and field columns, the metadata): every input cell of a
 * checked sheet gets its input fill back, then the wrong ones get the mark fill — in one request,
 * so nothing flickers, and without reading back which cells were marked before.
 *
 * A form sheet the user protected again without "Format cells" refuses every fill (AccessDenied,
 * and the request stops there): its protection is read with the forms, and such a sheet is left
 * unmarked — its findings are listed all the same, and the caller says why it has no marks.
 */

/** Only mistakes are marked; a blank still to fill in ("incomplete") is not. */
const MARKED = new Set<Finding["severity"]>(["error"]);

export function markSteps(
  workbook: Excel.Workbook,
  forms: readonly FilledForm[],
  findings: readonly Finding[],
  unmarked: ReadonlySet<string> = new Set(),
): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const form of forms.filter((f) => !unmarked.has(f.sheet))) {
    const inputs = inputRefs(form);
    let ws: Excel.Worksheet | undefined;
    const sheet = () => (ws ??= workbook.worksheets.getItem(form.sheet));
    for (const ref of columnRuns(inputs)) steps.push(step(() => void (sheet().getRange(ref).format.fill.color = INPUT_FILL), ref));
    const wrong = new Set(findings.filter((f) => f.sheet === form.sheet && MARKED.has(f.severity) && inputs.has(f.cell)).map((f) => f.cell));
    for (const ref of wrong) steps.push(step(() => void (sheet().getRange(ref).format.fill.color = MARK_FILL), ref));
  }
  return steps;
}

/** Sheets whose protection refuses a fill: protected, and "Format cells" not allowed. */
export function unformattable(details: readonly SheetDetails[] | undefined): Set<string> {
  return new Set((details ?? []).filter((d) => d.protected && d.protection.allowFormatCells !== true).map((d) => d.name));
}

/** Every input cell a form was read from. */
export function inputRefs(form: FilledForm): Set<string> {
  const cells: (CellInput | undefined)[] = [form.meta.iestade, form.meta.periods, form.meta.vertetajs, form.meta.datums, form.respondents];
  for (const row of [...form.rows, ...(form.unknownRows ?? [])]) cells.push(row.value, row.comment, ...Object.values(row.fields ?? {}));
  return new Set(cells.flatMap((c) => (c ? [c.ref] : [])));
}

/** Cells as vertical runs ("E13:E29"), so a column of inputs is one write, not one per cell. */
export function columnRuns(refs: Iterable<string>): string[] {
  const byCol = new Map<number, number[]>();
  for (const ref of refs) {
    const { row, col } = parseCell(ref);
    byCol.set(col, [...(byCol.get(col) ?? []), row]);
  }
  const runs: string[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    rows.forEach((row, i) => {
      if (rows[i + 1] === row + 1) return;
      runs.push(start === row ? cellRef(row, col) : `${cellRef(start, col)}:${cellRef(row, col)}`);
      start = rows[i + 1];
    });
  }
  return runs;
}
