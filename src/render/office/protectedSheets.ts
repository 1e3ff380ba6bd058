import { HostProblem, type SkippedSheet } from "../../host/types";
import type { SheetDetails } from "./readForms";
import { PROTECTION } from "./sheetSteps";
import { OP_OVERHEAD_BYTES, jsonBytes, type WriteStep } from "./writeSteps";

/**
 * Protected sheets the add-in must change (a results rebuild's charts), touched so that a failure
 * never leaves one half-done or unprotected. Excel applies the calls of a request up to a failing
 * one and none after it, with no rollback (assumed: the reference promises no atomic request); and
 * a sheet protected with a password refuses `unprotect()` without it. So the unprotects travel
 * alone, before any change: a refusal is found while nothing else has happened, and the sheets
 * that did open are protected again at the end.
 *
 * They are protected again with the add-in's own options (the plan's, sheetSteps' PROTECTION), not
 * with the options loaded from them: office-js #1931 saw loaded options that `protect()` refuses.
 */

export interface Unprotected {
  /** Sheets now unprotected: the caller must protect them again (`protectAgain`, `restoreProtection`). */
  readonly unprotected: SheetDetails[];
  /** Sheets that are still protected, to be left alone, and why. */
  readonly refused: SkippedSheet[];
  readonly syncs: number;
}

/**
 * A sheet the host says has a password is not tried. The others go in one request; when one
 * refuses, the request stops there (those before it are open, those after it untried), a second
 * request reads which are still protected, the first of them is set aside with Excel's code, and
 * the rest are tried again. Without refusals: one sync.
 */
export async function unprotectSheets(context: Excel.RequestContext, sheets: readonly SheetDetails[]): Promise<Unprotected> {
  const unprotected: SheetDetails[] = [];
  const refused: SkippedSheet[] = sheets.filter((d) => d.passwordProtected === true).map((d) => ({ sheet: d.name, reason: "sheetPassword" }));
  let syncs = 0;
  let pending = sheets.filter((d) => d.passwordProtected !== true);
  try {
    while (pending.length > 0) {
      for (const d of pending) d.sheet.protection.unprotect();
      try {
        // One request for all; only a sheet that refuses costs a retry of the rest.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
        unprotected.push(...pending);
        break;
      } catch (e) {
        syncs++;
        const states = pending.map((d) => d.sheet.protection.load("protected"));
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        syncs++;
        const stuck = states.findIndex((s) => s.protected);
        // All of them opened, so the request failed for another reason: nothing to set aside.
        if (stuck < 0) {
          unprotected.push(...pending);
          throw e;
        }
        unprotected.push(...pending.slice(0, stuck));
        // Not "a password": a host build with office-js #6784 refuses sheets that have none.
        refused.push({ sheet: pending[stuck].name, reason: "refused", code: codeOf(e) });
        pending = pending.slice(stuck + 1);
      }
    }
  } catch (e) {
    await restoreOrReport(context, unprotected, e);
    throw e;
  }
  return { unprotected, refused, syncs };
}

function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : "?";
}

/** The last step of the write: each sheet protected again with the add-in's own options. */
export function protectAgain(sheets: readonly SheetDetails[]): WriteStep {
  return {
    bytes: sheets.length * (OP_OVERHEAD_BYTES + jsonBytes(PROTECTION)),
    queue: () => {
      for (const d of sheets) d.sheet.protection.protect(PROTECTION);
    },
  };
}

/**
 * After a failed write: protects again whichever of the sheets are not protected (the write may
 * have got to some of them; protect() on a protected sheet fails). Two syncs: read, protect.
 */
export async function restoreProtection(context: Excel.RequestContext, sheets: readonly SheetDetails[]): Promise<void> {
  if (sheets.length === 0) return;
  const states = sheets.map((d) => d.sheet.protection.load("protected"));
  await context.sync();
  const open = sheets.filter((_, i) => !states[i].protected);
  if (open.length === 0) return;
  for (const d of open) d.sheet.protection.protect(PROTECTION);
  await context.sync();
}

/**
 * Restores the protection after `failure`; if Excel refuses that too, the user must hear that sheets
 * are left unprotected, so that is what is thrown (naming them), with both errors kept as its cause.
 */
export async function restoreOrReport(context: Excel.RequestContext, sheets: readonly SheetDetails[], failure: unknown): Promise<void> {
  try {
    await restoreProtection(context, sheets);
  } catch (restoring) {
    const names = sheets.map((d) => d.name).join(", ");
    throw new HostProblem("protectionNotRestored", `Left unprotected after a failed write: ${names}`, {
      failure,
      restoring,
      sheets: sheets.map((d) => d.name),
    });
  }
}
