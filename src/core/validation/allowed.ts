import type { Template } from "../catalog/types";
import { dropdownValues } from "../catalog/scales";
import { interpret } from "../interpret";
import { invisibleCharacters } from "../text";
import type { CellInput } from "../form";
import type { At } from "./types";

/** What the cell accepts: the dropdown's words, or none for a count (any whole number from 0). */
export function allowedValues(template: Template): readonly string[] {
  return template.scale.kind === "count" ? [] : dropdownValues(template.scale).map(String);
}

/** `readAs` where there is one (a finding's facts leave out what is not known). */
export const readAs = (x: number | string | undefined) => (x === undefined ? {} : { readAs: x });

/** The invisible characters a value off the scale holds, where it holds any: they alone may keep it off. */
export function hiddenIn(raw: unknown): { hidden?: readonly string[] } {
  const hidden = typeof raw === "string" ? invisibleCharacters(raw) : [];
  return hidden.length ? { hidden } : {};
}

/** A count cell beside the rating (a register's parts) holds a value on the scale, or is reported. */
export function checkOnScale(cell: CellInput | undefined, code: string, at: At, template: Template) {
  if (!cell) return;
  const i = interpret(template.scale, cell.value);
  if (i.kind === "invalid")
    at(cell, code, "rating.invalid", "error", {
      kind: "invalid",
      why: i.reason,
      value: cell.value,
      allowed: allowedValues(template),
      ...readAs(i.readAs),
      ...hiddenIn(cell.value),
    });
}
