import type { SelfCheckHost } from "../../../host/selfCheck";
import type { WorkbookSheet } from "../../../plan/types";
import { insertSheet } from "../insertSheet";
import type { BatchRun } from "../batch";
import { runSelfCheck } from "./runSelfCheck";

export { PLANTED, checkPlans } from "./steps";
export { firstRatingCell } from "../../../plan/newSheet";

/** The report as a sheet of its own, one line per row, all text (nothing in it is a formula). */
function reportSheet(lines: readonly string[]): WorkbookSheet {
  return {
    name: "Pašpārbaude",
    blocks: [{ ref: "A1", rows: lines.map((line) => [line === "" ? null : { text: line }]) }],
    styles: [{ ref: "A1", style: "title" }],
    columns: [{ index: 0, chars: 120 }],
  };
}

/** The self-check's two host methods, over the same `run` the rest of the Office host uses. */
export function selfCheckMethods(run: BatchRun): SelfCheckHost {
  return {
    selfCheck: (request) => runSelfCheck(run, request),
    async writeReportSheet(lines) {
      const written = await run((context) => insertSheet(context, reportSheet(lines)));
      return { sheet: written.sheet, syncs: written.syncs };
    },
  };
}
