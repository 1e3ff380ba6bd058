import type { Template } from "../catalog/types";
import { dropdownValues } from "../catalog/scales";
import { interpret } from "../interpret";
import type { CellInput } from "../form";
import { messages } from "./messages";
import type { At } from "./types";

/** What a finding says the cell accepts. */
export function allowedText(template: Template): string {
  if (template.scale.kind === "count") return "0, 1, 2, …";
  return dropdownValues(template.scale).join(", ");
}

/** A count cell beside the rating (a register's parts) holds a value on the scale, or is reported. */
export function checkOnScale(cell: CellInput | undefined, code: string, at: At, template: Template) {
  if (!cell) return;
  const i = interpret(template.scale, cell.value);
  if (i.kind === "invalid") at(cell, code, "rating.invalid", "error", messages.invalid(i.reason, cell.value, allowedText(template), i.readAs));
}
