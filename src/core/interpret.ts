import type { Scale } from "./catalog/types";
import { isBlank, parseLocaleNumber, type RawValue } from "./form";
import { normalText } from "./text";

/**
 * What one input cell means on a scale. This is the single rule that both the TypeScript figures
 * and the sheet's live formulas follow: only a value the formulas would count is `scored`.
 */
export type Interpretation =
  | { readonly kind: "blank" }
  | { readonly kind: "notApplicable" }
  /** A value on the scale: the number (numeric/count) or the scale's own word (compliance/status). */
  | { readonly kind: "scored"; readonly value: number | string }
  /** Not counted by the formulas. `readAs` is what the user probably meant (e.g. text "4,0" → 4). */
  | { readonly kind: "invalid"; readonly reason: InvalidReason; readonly readAs?: number | string };

export type InvalidReason = "textNumber" | "outOfScale" | "notWhole" | "negative" | "unknownWord" | "wrongType";

const sameWord = (a: string, b: string) => a.toLocaleLowerCase("lv") === b.toLocaleLowerCase("lv");

export function interpret(scale: Scale, raw: RawValue): Interpretation {
  // Characters no one sees do not make a word another word (validation names them: the sheet's own
  // formulas compare the cell as typed).
  const value = typeof raw === "string" ? normalText(raw) : raw;
  if (isBlank(value)) return { kind: "blank" };
  const na = scale.notApplicable;
  if (na && typeof value === "string" && sameWord(value, String(na.value))) return { kind: "notApplicable" };

  switch (scale.kind) {
    case "numeric":
    case "count": {
      if (typeof value === "number") return numberOnScale(scale, value);
      if (typeof value === "string") {
        const n = parseLocaleNumber(value);
        if (n === undefined) return { kind: "invalid", reason: "unknownWord" };
        // Text that reads as a number ("4,0") is what the user meant, but the sheet's formulas skip
        // text, so it is reported and not counted until it is entered as a number.
        const asNumber = numberOnScale(scale, n);
        return asNumber.kind === "scored" ? { kind: "invalid", reason: "textNumber", readAs: n } : ({ ...asNumber, readAs: n } as Interpretation);
      }
      return { kind: "invalid", reason: "wrongType" };
    }
    case "compliance":
    case "status": {
      if (typeof value !== "string") return { kind: "invalid", reason: "wrongType" };
      // COUNTIF matches whole cells without regard to case; so does this.
      const hit = scale.values.find((v) => sameWord(value, String(v.value)));
      if (hit) return { kind: "scored", value: String(hit.value) };
      const trimmed = scale.values.find((v) => sameWord(value.trim(), String(v.value)));
      return { kind: "invalid", reason: "unknownWord", readAs: trimmed ? String(trimmed.value) : undefined };
    }
  }
}

function numberOnScale(scale: Scale, n: number): Interpretation {
  if (scale.kind === "count") {
    if (n < 0) return { kind: "invalid", reason: "negative" };
    if (!Number.isInteger(n)) return { kind: "invalid", reason: "notWhole" };
    return { kind: "scored", value: n };
  }
  if (scale.values.some((v) => v.value === n)) return { kind: "scored", value: n };
  return { kind: "invalid", reason: "outOfScale" };
}
