import type { SelfCheckEnvironment } from "../../../host/selfCheck";

/** ExcelApi 1.1 … 1.20: the sets a report lists, whatever the add-in itself needs. */
const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

/** Where the check runs, as Office says it: host, platform, version and the sets it supports. */
export function environment(calculationMode?: string): SelfCheckEnvironment {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const diagnostics = office?.context?.diagnostics;
  const requirements = office?.context?.requirements;
  return {
    host: String(diagnostics?.host ?? "?"),
    platform: String(diagnostics?.platform ?? "?"),
    version: String(diagnostics?.version ?? "?"),
    displayLanguage: String(office?.context?.displayLanguage ?? "?"),
    excelApi: EXCEL_API_VERSIONS.map((version) => ({ version, supported: !!requirements?.isSetSupported("ExcelApi", version) })),
    ...(calculationMode ? { calculationMode } : {}),
  };
}
