/**
 * Requirement sets. The manifest asks Office for ExcelApi 1.8 (data validation needs it), so every
 * Excel API member up to 1.8 may be called freely; anything newer must sit inside a guard such as
 * `if (excelApiSupported("1.9")) { … }`. test/render/office/requirementSets.test.ts checks that
 * statically against the `[Api set: ExcelApi 1.x]` annotations of @types/office-js.
 */

/** The manifest's `<Set Name="ExcelApi" MinVersion="…"/>`. */
export const MIN_EXCEL_API = "1.8";

/** Versions the code guards on; a literal, so the static check can read it. */
export type ExcelApiVersion = `1.${number}`;

/**
 * True when the running Excel implements ExcelApi `version`. Without an Office global (a unit test
 * that did not install the double's), only the manifest's minimum is assumed, never more.
 */
export function excelApiSupported(version: ExcelApiVersion): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return compareVersions(version, MIN_EXCEL_API) <= 0;
  return requirements.isSetSupported("ExcelApi", version);
}

/** Compares "1.10" and "1.9" as versions, not as strings or decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * True when the running Excel implements ExcelApiOnline `version`: Excel on the web's own set
 * (`WorksheetProtection.isPasswordProtected`, for one). Without an Office global, false.
 */
export function excelApiOnlineSupported(version: ExcelApiVersion): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported("ExcelApiOnline", version) ?? false;
}
