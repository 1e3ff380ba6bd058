import { dropdownValues } from "../../core/catalog/scales";
import { cellRef, rangeRef } from "../a1";
import * as F from "../formulas";
import { L } from "../labels";
import type { ConditionalFormatPlan, ValidationPlan } from "../types";
import type { InputRules, SheetContext } from "./types";

/** The largest whole number a count cell accepts (respondents, answers, inspections). */
const COUNT_MAX = 1_000_000;

export const countValidation = (ref: string): ValidationPlan => ({
  ref,
  rule: { kind: "wholeNumber", min: 0, max: COUNT_MAX },
  errorTitle: L.countTitle,
  errorMessage: L.countMessage,
  strict: true,
});

const columnRange = (ctx: SheetContext, key: string) => rangeRef(ctx.firstRow, ctx.colOf(key), ctx.lastRow, ctx.colOf(key));

/** Count cells (survey answers, register counts): whole numbers ≥ 0, anything else marked. */
export function countRules(ctx: SheetContext, keys: readonly string[]): InputRules {
  const topLeft = cellRef(ctx.firstRow, ctx.colOf("value"));
  return {
    validations: ["value", ...keys].map((k) => countValidation(columnRange(ctx, k))),
    conditionalFormats: [
      {
        ref: columnRange(ctx, "value"),
        kind: "expression",
        formula: `=IF(ISNUMBER(${topLeft}),OR(${topLeft}<0,${topLeft}<>INT(${topLeft})),${topLeft}<>"")`,
        look: "bad",
      },
    ],
  };
}

/**
 * Rated cells: the scale's dropdown over the legend's cells, anything off the scale marked, and
 * the words the kind's figure counts coloured (`looks`, e.g. Neatbilst bad).
 */
export function scaleRules(ctx: SheetContext, listSource: string, looks: readonly { readonly text: string; readonly look: "good" | "bad" }[]): InputRules {
  const { scale } = ctx.template;
  const ref = columnRange(ctx, "value");
  const topLeft = cellRef(ctx.firstRow, ctx.colOf("value"));
  const conditionalFormats: ConditionalFormatPlan[] = [
    { ref, kind: "expression", formula: F.offScale(topLeft, dropdownValues(scale)), look: "bad" },
    ...looks.map((l): ConditionalFormatPlan => ({ ref, kind: "textEquals", text: l.text, look: l.look })),
  ];
  return {
    validations: [
      {
        ref,
        rule: { kind: "list", values: dropdownValues(scale), source: listSource },
        errorTitle: L.scaleTitle,
        errorMessage: `${L.scaleMessage} ${dropdownValues(scale).join("; ")}`,
        strict: true,
      },
    ],
    conditionalFormats,
  };
}
