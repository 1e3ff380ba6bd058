import type { SheetDetails } from "./readForms";
import { OP_OVERHEAD_BYTES, jsonBytes, type WriteStep } from "./writeSteps";

/**
 * Protected sheets the add-in must change (a results rebuild's charts), touched so that a failure
 * never leaves one half-done or unprotected. Excel applies the calls of a request up to a failing
 * one and none after it, with no rollback; and a sheet protected with a password refuses
 * `unprotect()` without it. So the unprotects travel alone, before any change: a refusal is found
 * while nothing else has happened, and the sheets that did open are protected again at the end.
 */

export interface Unprotected {
  /** Sheets now unprotected: the caller must protect them again (`protectAgain`, `restoreProtection`). */
  readonly unprotected: SheetDetails[];
  /** Sheets that refused (a password the add-in does not have): still protected, to be left alone. */
  readonly refused: SheetDetails[];
  readonly syncs: number;
}

/**
 * One request unprotects them all; when one refuses, the request stops there (those before it are
 * open, those after it untried), a second request reads which are still protected, the first of
 * them is set aside, and the rest are tried again. Without passwords: one sync.
 */
export async function unprotectSheets(context: Excel.RequestContext, sheets: readonly SheetDetails[]): Promise<Unprotected> {
  const unprotected: SheetDetails[] = [];
  const refused: SheetDetails[] = [];
  let syncs = 0;
  let pending = [...sheets];
  try {
    while (pending.length > 0) {
      for (const d of pending) d.sheet.protection.unprotect();
      try {
        // One request for all; only a sheet that refuses (its password) costs a retry of the rest.
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
        refused.push(pending[stuck]);
        pending = pending.slice(stuck + 1);
      }
    }
  } catch (e) {
    await restoreProtection(context, unprotected).catch(() => undefined);
    throw e;
  }
  return { unprotected, refused, syncs };
}

/** The last step of the write: each sheet protected again with the options it had. */
export function protectAgain(sheets: readonly SheetDetails[]): WriteStep {
  return {
    bytes: sheets.length * OP_OVERHEAD_BYTES + jsonBytes(sheets.map((d) => d.protection)),
    queue: () => {
      for (const d of sheets) d.sheet.protection.protect(d.protection);
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
  for (const d of open) d.sheet.protection.protect(d.protection);
  await context.sync();
}
