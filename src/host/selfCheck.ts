import type { ReturnedFile } from "../core/merge/merge";

/**
 * The self-check: what the add-in does, run once in the user's own Excel on throwaway sheets that
 * are removed afterwards, with a report to send to the ministry. The pane and the ribbon reach it
 * through this interface; src/render/office/selfCheck runs it.
 */

export const SELF_CHECK_STEPS = ["insert", "calculation", "validation", "results", "merge", "cleanup"] as const;
export type SelfCheckStepId = (typeof SELF_CHECK_STEPS)[number];

export interface SelfCheckRequest {
  /** The merge step's returned files, read: the pane gives the trainer's demonstration returns. */
  readonly returns: () => Promise<readonly ReturnedFile[]>;
  /** Called as each step starts (index from 0 of SELF_CHECK_STEPS.length). */
  readonly onProgress?: (step: SelfCheckStepId, index: number) => void;
}

/** Something that was not as it should be: a value that differed, or an error Excel raised. */
export type SelfCheckProblem =
  | {
      readonly kind: "differs";
      /** "Sheet!B4", or the sheet, or the workbook. */
      readonly where: string;
      /** What was compared, in the code's own terms ("pasnovertejums-2023 average 1.1"). */
      readonly what: string;
      readonly got: string;
      readonly expected: string;
    }
  | { readonly kind: "error"; readonly message: string; readonly code?: string };

export type SelfCheckStatus = "passed" | "failed" | "skipped";

export interface SelfCheckStep {
  readonly id: SelfCheckStepId;
  readonly status: SelfCheckStatus;
  /** `context.sync()` round trips this step made, and how long it took. */
  readonly syncs: number;
  readonly ms: number;
  /** How much was checked. */
  readonly counts: Readonly<Partial<Record<"sheets" | "cells" | "findings" | "charts" | "files" | "names", number>>>;
  readonly problems: readonly SelfCheckProblem[];
}

export interface SelfCheckEnvironment {
  /** Office.context.diagnostics, or "?" where Office does not say. */
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  readonly displayLanguage: string;
  /** ExcelApi 1.1 … 1.20, each as Office.context.requirements.isSetSupported answers. */
  readonly excelApi: readonly { readonly version: string; readonly supported: boolean }[];
  /** Excel's calculation mode when the check started ("Automatic", "Manual", …). */
  readonly calculationMode?: string;
}

export interface SelfCheckReport {
  readonly passed: boolean;
  /** ISO time the check started. */
  readonly startedAt: string;
  readonly environment: SelfCheckEnvironment;
  readonly steps: readonly SelfCheckStep[];
}

export interface SelfCheckHost {
  selfCheck(request: SelfCheckRequest): Promise<SelfCheckReport>;
  /** Writes the report's lines on a new sheet of its own ("Pašpārbaude", or "Pašpārbaude (2)"…). */
  writeReportSheet(lines: readonly string[]): Promise<{ readonly sheet: string; readonly syncs: number }>;
}
