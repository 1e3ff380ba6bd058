import type { Template } from "../core/catalog/types";
import { demoFill } from "../core/demo";
import { cellRef, parseRange } from "./a1";
import { buildSheetPlan } from "./buildSheet";
import type { CellBlock, PlanCell, SheetPlan } from "./types";

/** What a new sheet should hold: demonstration data, and the metadata the user gave. */
export interface NewSheetRequest {
  readonly demo?: boolean;
  readonly iestade?: string;
  readonly periods?: number;
  readonly vertetajs?: string;
  /** Excel date serial. */
  readonly datums?: number;
}

/**
 * The plan of a new sheet, for the add-in's insert and the command line's `new` alike: demonstration
 * data with the given metadata over the invented ones, or a blank form with only the given metadata.
 */
export function planFor(template: Template, request: NewSheetRequest): SheetPlan {
  if (request.demo) {
    const fill = demoFill(template, { iestade: request.iestade, periods: request.periods, vertetajs: request.vertetajs });
    return buildSheetPlan(template, { fill: request.datums === undefined ? fill : { ...fill, meta: { ...fill.meta, datums: request.datums } } });
  }
  const plan = buildSheetPlan(template);
  const given: [string, PlanCell][] = [];
  if (request.iestade) given.push([plan.metaRefs.Iestade, { text: request.iestade }]);
  if (request.periods !== undefined) given.push([plan.metaRefs.Periods, { number: request.periods }]);
  if (request.vertetajs) given.push([plan.metaRefs.Vertetajs, { text: request.vertetajs }]);
  if (request.datums !== undefined) given.push([plan.metaRefs.Datums, { date: request.datums }]);
  // Written after the plan's own blocks, over their empty metadata cells.
  const blocks: CellBlock[] = given.map(([ref, cell]) => ({ ref, rows: [[cell]] }));
  return { ...plan, blocks: [...plan.blocks, ...blocks] };
}

/** The first rating a user types on a sheet of this plan: the table's first row, in its value column. */
export function firstRatingCell(plan: SheetPlan): string {
  const { r1, c1 } = parseRange(plan.table.ref);
  return cellRef(r1 + 1, c1 + plan.table.headers.indexOf(plan.inputHeaders.value));
}
