/**
 * The plan's public face to the tests, the scripts and the renderers' entry points; inside src,
 * modules import the plan's files by path (see src/core/index.ts).
 */
export * from "./types";
export * from "./a1";
export { buildSheetPlan, tableName, LAYOUT, type BuildOptions } from "./buildSheet";
export * from "./sheetNames";
export * from "./mergeSheets";
export * from "./feedback";
export * from "./charts";
export * from "./resultSheets";
export * from "./looks";
export { SHEET_PROTECTION } from "./layout";
