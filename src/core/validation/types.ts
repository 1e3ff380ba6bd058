import type { CellInput } from "../form";
import type { FindingReason } from "../reasons";

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
  /** What was found, as a kind and its facts; the words are chosen where it is shown (`src/wording`). */
  readonly reason: FindingReason;
}

/** Records a finding at a cell (or an address) of the form being checked. */
export type At = (cell: CellInput | string, code: string, rule: RuleId, severity: Severity, reason: FindingReason) => void;
