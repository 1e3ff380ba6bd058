import type { FilledForm, FormFill, Template } from "../../src/core";
import { buildSheetPlan } from "../../src/plan";
import { formsOf, readWorkbook, writeWorkbook } from "../../src/render/xlsx";

/** A filled form the way the product gets one: planned, written to .xlsx, read back. */
export function formFromFill(template: Template, fill?: FormFill): FilledForm {
  const bytes = writeWorkbook([buildSheetPlan(template, { fill })]).bytes;
  const read = formsOf(readWorkbook(bytes));
  if (read.forms.length !== 1) throw new Error(`expected one form, got ${read.forms.length}`);
  return read.forms[0];
}
