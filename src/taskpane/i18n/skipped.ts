import type { SkippedSheet } from "../../host/types";
import type { Strings } from "./types";

/**
 * What to say of the form sheets a results rebuild left alone: one sentence for those a password
 * guards, one per code Excel refused the others with. The pane and the ribbon's notice say the same.
 */
export function skippedTexts(skipped: readonly SkippedSheet[], t: Strings): string[] {
  const names = (list: readonly SkippedSheet[]) => list.map((s) => s.sheet).join(", ");
  const password = skipped.filter((s) => s.reason === "sheetPassword");
  const byCode = new Map<string, SkippedSheet[]>();
  for (const s of skipped.filter((s) => s.reason === "refused")) byCode.set(s.code ?? "?", [...(byCode.get(s.code ?? "?") ?? []), s]);
  return [
    ...(password.length ? [t.results.skippedPassword(names(password))] : []),
    ...[...byCode].map(([code, list]) => t.results.skippedRefused(names(list), code)),
  ];
}
